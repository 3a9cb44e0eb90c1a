package vn.giamngheo.review.steps.web;

import org.springframework.stereotype.Component;
import vn.giamngheo.review.steps.persistence.ReviewDeadlines;
import vn.giamngheo.review.steps.persistence.StepsRecords.WorkQueue;
import vn.giamngheo.shared.web.CurrentUser;

/**
 * The commune official's work queue for the home page's fragment ({@code ${@stepsWorkQueue.current()}}): reviews
 * returned to the commune and regular reviews overdue or nearly due.
 */
@Component("stepsWorkQueue")
public class WorkQueueView {

	private final ReviewDeadlines deadlines;

	WorkQueueView(ReviewDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	public WorkQueue current() {
		return deadlines.workQueue(CurrentUser.scope());
	}
}

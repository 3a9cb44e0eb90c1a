package vn.giamngheo.review.steps.web;

import org.springframework.stereotype.Component;
import vn.giamngheo.account.Scope;
import vn.giamngheo.review.steps.persistence.ReviewDeadlines;
import vn.giamngheo.review.steps.persistence.StepsRecords.WorkQueue;

/**
 * The commune official's work queue for the home page's fragment
 * ({@code ${@stepsWorkQueue.of(#authentication.principal.scope)}}): reviews returned to
 * the commune and regular reviews overdue or nearly due. The template passes the caller's
 * scope, so nothing here looks the user up.
 */
@Component("stepsWorkQueue")
public class WorkQueueView {

	private final ReviewDeadlines deadlines;

	WorkQueueView(ReviewDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	public WorkQueue of(Scope scope) {
		return deadlines.workQueue(scope);
	}

}

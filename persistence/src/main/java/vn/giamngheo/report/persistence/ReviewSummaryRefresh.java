package vn.giamngheo.report.persistence;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.giamngheo.review.event.CommuneListApproved;
import vn.giamngheo.review.event.CommuneListReopened;
import vn.giamngheo.review.event.HouseholdReviewApproved;

/** Keeps a commune's stored report sums in step with its approved reviews, in the approving transaction. */
@Component
class ReviewSummaryRefresh {

	private final AreaSummaries summaries;

	ReviewSummaryRefresh(AreaSummaries summaries) {
		this.summaries = summaries;
	}

	@EventListener
	void on(CommuneListApproved approved) {
		summaries.refresh(approved.year(), approved.communeId());
	}

	@EventListener
	void on(CommuneListReopened reopened) {
		summaries.refresh(reopened.year(), reopened.communeId());
	}

	@EventListener
	void on(HouseholdReviewApproved approved) {
		summaries.refresh(approved.year(), approved.communeId());
	}
}

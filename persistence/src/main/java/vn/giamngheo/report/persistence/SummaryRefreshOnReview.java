package vn.giamngheo.report.persistence;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.giamngheo.household.event.HouseholdCategoryChanged;
import vn.giamngheo.review.event.HouseholdReviewApproved;

/**
 * Keeps a commune's working (provisional) sums of the open period in step when a review
 * changes a household's category, in the same transaction. Approvals and reopenings are
 * handled by {@link OfficialRecord}.
 */
@Component
class SummaryRefreshOnReview {

	private final AreaSummaries summaries;

	SummaryRefreshOnReview(AreaSummaries summaries) {
		this.summaries = summaries;
	}

	@EventListener
	void categoryChanged(HouseholdCategoryChanged e) {
		summaries.refresh(summaries.registerYear(), e.communeId());
	}

	/**
	 * A regular review may change a household's deficiencies without changing its
	 * category.
	 */
	@EventListener
	void regularReviewApproved(HouseholdReviewApproved e) {
		summaries.refresh(e.year(), e.communeId());
	}

}

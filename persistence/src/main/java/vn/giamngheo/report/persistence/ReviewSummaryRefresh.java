package vn.giamngheo.report.persistence;

import org.springframework.stereotype.Component;
import vn.giamngheo.review.persistence.ReviewApprovalListener;

/** Keeps a commune's stored report sums in step with its approved reviews, in the approving transaction. */
@Component
class ReviewSummaryRefresh implements ReviewApprovalListener {

	private final AreaSummaries summaries;

	ReviewSummaryRefresh(AreaSummaries summaries) {
		this.summaries = summaries;
	}

	@Override
	public void reviewsChanged(int year, long communeId) {
		summaries.refresh(year, communeId);
	}
}

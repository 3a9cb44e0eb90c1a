package vn.giamngheo.review.event;

import java.time.LocalDate;

/**
 * One household's regular review (Decision 24/2021/QĐ-TTg, Art. 5) was approved by the
 * chair's decision, outside any annual list. Published inside the approving transaction,
 * after the {@link vn.giamngheo.household.event.HouseholdCategoryChanged} it may cause;
 * listeners keep the assessment and the report sums of its year.
 */
public record HouseholdReviewApproved(long reviewId, long householdId, long communeId, int year, LocalDate decisionDate,
		String approvedBy) {
}

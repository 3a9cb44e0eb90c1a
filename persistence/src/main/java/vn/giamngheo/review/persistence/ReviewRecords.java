package vn.giamngheo.review.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewState;

/** Read models of the review feature. */
public final class ReviewRecords {

	private ReviewRecords() {
	}

	/**
	 * @param purpose ANNUAL, BASELINE (next period's standard) or PROVINCIAL (a
	 * province's higher standard)
	 */
	public record Campaign(long id, int year, long areaId, String areaName, String standardId, int standardVersion,
			LocalDate startsOn, LocalDate endsOn, String openedBy, String purpose) {
	}

	/** One household of a commune's worklist, reviewed or not yet. */
	public record WorkRow(long householdId, String code, String headName, String village,
			HouseholdCategory currentCategory, Long reviewId, ReviewState state, PovertyCategory category,
			Outcome outcome, int deficiencyCount) {
	}

	public record Review(long id, Long campaignId, String kind, long householdId, String householdCode, String headName,
			long communeId, String communeName, int year, ReviewState state, String areaType,
			Long householdMonthlyIncome, Integer memberCount, long monthlyIncomePerCapita, List<String> deficiencies,
			HouseholdCategory previousCategory, PovertyCategory category, Outcome outcome, String standardId,
			int standardVersion, long incomeLine, String decisionNumber, LocalDate decisionDate, String returnReason,
			String factsJson, String enteredIndicators, String updatedBy, Instant updatedAt, long version) {
	}

	public record Event(Instant at, String actor, String action, ReviewState from, ReviewState to, String note) {
	}

	/**
	 * The state of a commune's list in a campaign, with its counts for the report forms.
	 */
	public record CommuneList(long campaignId, long communeId, String communeName, boolean locked,
			String decisionNumber, LocalDate decisionDate, String decisionSigner, int carriedForward, String approvedBy,
			String consolidatedBy, java.util.Map<ReviewState, Long> byState, java.util.Map<Outcome, Long> byOutcome,
			java.util.Map<PovertyCategory, Long> byCategory, long households, List<Event> events) {
	}

	/**
	 * What approving a commune's list would lock, for the confirmation that names it: the
	 * households, the categories the reviews fix, the reviews still on their way, and the
	 * households never reviewed (listed by name).
	 */
	public record ApprovalPreview(long campaignId, long communeId, String communeName, boolean locked, long households,
			long reviews, long notPosted, java.util.Map<PovertyCategory, Long> byCategory,
			List<vn.giamngheo.review.CommuneReviewList.Unreviewed> unreviewed, LocalDate periodStart,
			LocalDate periodEnd) {
	}

}

package vn.giamngheo.review.persistence;

import java.util.Map;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.facts.HouseholdFacts;

/**
 * What a commune official enters for one household's review: the income information and
 * either the facts behind the indicators or indicators entered directly (as on paper form
 * B2), or both (entered ones win).
 *
 * @param campaignId the annual review it belongs to, or null for an ad-hoc (regular)
 * review
 * @param reviewId the review being edited, or null for a new one
 * @param expectedVersion the version the official opened (0 for a new review)
 * @param facts the household's facts, or null when every indicator of the standard is
 * entered directly
 * @param factsJson the form as entered, kept with the review for the record
 * @param classification the caller's classification of these very inputs, or null:
 * {@link ReviewEntry} uses it instead of classifying again when it was made with the
 * review's standard, area and income
 */
public record ReviewInput(Long campaignId, long householdId, Long reviewId, long expectedVersion, AreaType areaType,
		Long householdMonthlyIncome, Integer memberCount, long monthlyIncomePerCapita, Integer b1Points,
		Integer b2Points, HouseholdFacts facts, Map<String, Boolean> enteredIndicators, String factsJson,
		Classification classification) {

	public ReviewInput {
		enteredIndicators = Map.copyOf(enteredIndicators);
		factsJson = factsJson == null ? "{}" : factsJson;
	}

	/** Inputs the save classifies itself. */
	public ReviewInput(Long campaignId, long householdId, Long reviewId, long expectedVersion, AreaType areaType,
			Long householdMonthlyIncome, Integer memberCount, long monthlyIncomePerCapita, Integer b1Points,
			Integer b2Points, HouseholdFacts facts, Map<String, Boolean> enteredIndicators, String factsJson) {
		this(campaignId, householdId, reviewId, expectedVersion, areaType, householdMonthlyIncome, memberCount,
				monthlyIncomePerCapita, b1Points, b2Points, facts, enteredIndicators, factsJson, null);
	}
}

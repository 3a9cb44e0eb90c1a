package vn.giamngheo.review;

import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.poverty.PovertyCategory;

/**
 * How a household's category moved between the start and the end of a review period: the
 * rows of the "diễn biến hộ nghèo, hộ cận nghèo" report forms of Annex VII, Circular
 * 07/2021/TT-BLĐTBXH (domain reference §2.6; the form numbers are unverified, the flows
 * are those the district reports count).
 */
public enum Outcome {

	UNCHANGED, ESCAPED, // thoát nghèo: from poor to above the near-poor line
	POOR_TO_NEAR_POOR, // hộ nghèo thành hộ cận nghèo
	NEAR_POOR_TO_POOR, // hộ cận nghèo thành hộ nghèo
	NEWLY_POOR, // hộ nghèo phát sinh mới
	RE_POOR, // hộ tái nghèo
	ESCAPED_NEAR_POOR, // thoát cận nghèo
	NEWLY_NEAR_POOR, // hộ cận nghèo phát sinh mới
	RE_NEAR_POOR; // hộ tái cận nghèo

	/**
	 * @param before the category on the list at the start of the period (NOT_REVIEWED
	 * counts as not poor)
	 * @param after the category the review found
	 * @param wasPoorEarlier whether the household was on a poor list in an earlier period
	 * (so "poor again" is re-poor)
	 * @param wasNearPoorEarlier likewise for the near-poor list
	 */
	public static Outcome of(HouseholdCategory before, PovertyCategory after, boolean wasPoorEarlier,
			boolean wasNearPoorEarlier) {
		boolean nowPoor = after == PovertyCategory.POOR;
		boolean nowNearPoor = after == PovertyCategory.NEAR_POOR;
		return switch (before) {
			case POOR -> nowPoor ? UNCHANGED : nowNearPoor ? POOR_TO_NEAR_POOR : ESCAPED;
			case NEAR_POOR -> nowPoor ? NEAR_POOR_TO_POOR : nowNearPoor ? UNCHANGED : ESCAPED_NEAR_POOR;
			case AVERAGE_LIVING, NOT_POOR, NOT_REVIEWED -> nowPoor ? (wasPoorEarlier ? RE_POOR : NEWLY_POOR)
					: nowNearPoor ? (wasNearPoorEarlier || wasPoorEarlier ? RE_NEAR_POOR : NEWLY_NEAR_POOR) : UNCHANGED;
		};
	}

	/**
	 * Households that left the poor or near-poor list keep some benefits for three years
	 * (Decision 28/2015/QĐ-TTg).
	 */
	public boolean leftTheList() {
		return this == ESCAPED || this == ESCAPED_NEAR_POOR;
	}

}

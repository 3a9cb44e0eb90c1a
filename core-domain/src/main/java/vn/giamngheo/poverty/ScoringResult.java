package vn.giamngheo.poverty;

import vn.giamngheo.area.AreaType;

/**
 * Outcome of the score-based method of Circular 07/2021/TT-BLĐTBXH: form B1 estimates
 * income by points, form B2 counts deficiencies at a fixed number of points each.
 * Cut-offs come from the standard and are <b>weak</b> (third-party code only; domain
 * README 2.3, 7.1 item 2).
 * <p>
 * {@code category} is POOR or NEAR_POOR when B1 is at or below its cut-off, otherwise
 * NOT_POOR: the average-living band needs an income figure, which scores do not give.
 */
public record ScoringResult(AreaType area, int b1Points, int b2Points, int b1Cutoff, int b2PoorThreshold,
		boolean incomeAtOrBelowLine, boolean deficienciesAtOrAboveThreshold, PovertyCategory category) {
}

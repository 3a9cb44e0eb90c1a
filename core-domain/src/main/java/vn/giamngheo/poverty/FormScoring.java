package vn.giamngheo.poverty;

import vn.giamngheo.area.AreaType;

/**
 * The score-based outcome of forms B1 and B2 (Circular 07/2021/TT-BLĐTBXH; cut-offs
 * weak). B1 at or below the area's cut-off means income at or below the line; B2 at or
 * above points-per-deficiency × the standard's minimum count means enough deficiencies.
 */
final class FormScoring {

	private FormScoring() {
	}

	/**
	 * @throws IllegalStateException if the standard has no scoring cut-offs for the area
	 */
	static ScoringResult score(PovertyStandard standard, AreaType area, int b1Points, int b2Points) {
		if (b1Points < 0 || b2Points < 0) {
			throw new IllegalArgumentException("scores must not be negative: B1=" + b1Points + ", B2=" + b2Points);
		}
		Integer b1Cutoff = standard.thresholds(area).b1Cutoff();
		if (b1Cutoff == null || standard.b2PointsPerDeficiency().isEmpty()) {
			throw new IllegalStateException(
					"standard " + standard.id() + " v" + standard.version() + " defines no B1/B2 scoring for " + area);
		}
		int b2Threshold = standard.b2PointsPerDeficiency().getAsInt() * standard.minDeficiencies();
		boolean low = b1Points <= b1Cutoff;
		boolean deficient = b2Points >= b2Threshold;
		PovertyCategory category = !low ? PovertyCategory.NOT_POOR
				: deficient ? PovertyCategory.POOR : PovertyCategory.NEAR_POOR;
		return new ScoringResult(area, b1Points, b2Points, b1Cutoff, b2Threshold, low, deficient, category);
	}

}

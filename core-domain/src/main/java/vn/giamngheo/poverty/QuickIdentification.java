package vn.giamngheo.poverty;

import java.util.OptionalLong;
import vn.giamngheo.area.AreaType;

/**
 * Quick identification by form B1 (Circular 07/2021/TT-BLĐTBXH) as a way to enter a
 * review: a score at or below the standard's cut-off for the area type (data of each
 * standard version, e.g. 140 rural / 175 urban for 2022–2025) means income at or below
 * the poverty line, above it means above the line. A review entered this way keeps the
 * score and, as its income, the figure the score stands for: the line itself, or the
 * first đồng above the average-living band (B1 gives no income figure, so it cannot place
 * a household inside that band).
 */
public final class QuickIdentification {

	private QuickIdentification() {
	}

	/**
	 * @return the income a B1 score stands for, or empty when the standard has no cut-off
	 * for the area type
	 */
	public static OptionalLong incomeFor(PovertyStandard standard, AreaType area, int b1Points) {
		if (b1Points < 0) {
			throw new IllegalArgumentException("B1 score must not be negative, was " + b1Points);
		}
		AreaThresholds t = standard.thresholds(area);
		if (t.b1Cutoff() == null) {
			return OptionalLong.empty();
		}
		if (b1Points <= t.b1Cutoff()) {
			return OptionalLong.of(t.incomeLine());
		}
		return OptionalLong.of((t.averageLivingCeiling() != null ? t.averageLivingCeiling() : t.incomeLine()) + 1);
	}

}

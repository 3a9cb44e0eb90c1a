package vn.giamngheo.poverty;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import vn.giamngheo.area.AreaType;

/**
 * The classification rule of a standard version, from its income thresholds and the
 * deficiency count that makes a household poor (Decree 07/2021/NĐ-CP, Art. 3(1)(a)–(c);
 * Decree 351/2025/NĐ-CP as reported; Decision 59/2015/QĐ-TTg, Art. 2 for the absolute
 * line):
 * <ol>
 * <li>income ≤ absolute poor line (if any) ⇒ POOR;</li>
 * <li>income ≤ income line and deficiencies ≥ minimum ⇒ POOR; fewer ⇒ NEAR_POOR ("and",
 * not "or": README 1.2);</li>
 * <li>income ≤ average-living ceiling (if any) ⇒ AVERAGE_LIVING (income only, Decree 07,
 * Art. 3(1)(c));</li>
 * <li>otherwise NOT_POOR, whatever the deficiencies.</li>
 * </ol>
 * Lines are inclusive: income equal to a line counts as at or below it.
 */
final class CategoryRule {

	private final EnumMap<AreaType, AreaThresholds> thresholds;

	private final int minDeficiencies;

	private final int indicatorCount;

	CategoryRule(Map<AreaType, AreaThresholds> thresholds, int minDeficiencies, int indicatorCount) {
		this.thresholds = new EnumMap<>(thresholds);
		this.minDeficiencies = minDeficiencies;
		this.indicatorCount = indicatorCount;
	}

	PovertyCategory category(AreaType area, long monthlyIncomePerCapita, int deficiencyCount) {
		if (monthlyIncomePerCapita < 0) {
			throw new IllegalArgumentException("income must not be negative, was " + monthlyIncomePerCapita);
		}
		if (deficiencyCount < 0 || deficiencyCount > indicatorCount) {
			throw new IllegalArgumentException(
					"deficiency count must be between 0 and " + indicatorCount + ", was " + deficiencyCount);
		}
		AreaThresholds t = thresholds.get(Objects.requireNonNull(area, "area"));
		Long absolute = t.absolutePoorLine();
		if (absolute != null && monthlyIncomePerCapita <= absolute) {
			return PovertyCategory.POOR;
		}
		if (monthlyIncomePerCapita <= t.incomeLine()) {
			return deficiencyCount >= minDeficiencies ? PovertyCategory.POOR : PovertyCategory.NEAR_POOR;
		}
		Long ceiling = t.averageLivingCeiling();
		if (ceiling != null && monthlyIncomePerCapita <= ceiling) {
			return PovertyCategory.AVERAGE_LIVING;
		}
		return PovertyCategory.NOT_POOR;
	}

}

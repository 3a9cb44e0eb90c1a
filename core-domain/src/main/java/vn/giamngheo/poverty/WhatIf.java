package vn.giamngheo.poverty;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * "What if another standard applied?" — reclassifies stored outcomes under {@code target} and counts the changes per
 * area. Pure: nothing is stored (domain README 7.2 principle 2: a new standard never rewrites past results).
 * <p>
 * Deficiencies the target does not define (e.g. INFORMATION_ACCESS under 2027–2030) are dropped and reported in
 * {@link Result#droppedIndicators()}; indicators the target adds but that were never assessed count as not deficient,
 * so results are a lower bound of poverty under the target.
 */
public final class WhatIf {

	private WhatIf() {
	}

	public record Result(String targetStandardId, int targetVersion, Map<String, TransitionMatrix> byArea,
			TransitionMatrix total, Set<String> droppedIndicators) {
	}

	public static Result reclassify(Collection<WhatIfHousehold> households, PovertyStandard target) {
		int n = PovertyCategory.values().length;
		Map<String, long[][]> counts = new TreeMap<>();
		long[][] total = new long[n][n];
		Set<String> dropped = new HashSet<>();
		for (WhatIfHousehold h : households) {
			int deficiencies = 0;
			for (String code : h.deficiencies()) {
				if (target.defines(code)) {
					deficiencies++;
				} else {
					dropped.add(code);
				}
			}
			PovertyCategory after = target.category(h.area(), h.monthlyIncomePerCapita(), deficiencies);
			long[][] m = counts.computeIfAbsent(h.areaKey(), k -> new long[n][n]);
			m[h.currentCategory().ordinal()][after.ordinal()]++;
			total[h.currentCategory().ordinal()][after.ordinal()]++;
		}
		Map<String, TransitionMatrix> byArea = new TreeMap<>();
		counts.forEach((k, v) -> byArea.put(k, new TransitionMatrix(v)));
		return new Result(target.id(), target.version(), Collections.unmodifiableMap(byArea),
				new TransitionMatrix(total), Set.copyOf(dropped));
	}
}

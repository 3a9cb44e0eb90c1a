package vn.giamngheo.poverty;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.giamngheo.area.AreaType;

/**
 * "What if another standard applied?" — reclassifies stored outcomes under {@code target}
 * and counts the changes per area. Pure: nothing is stored (domain README 7.2 principle
 * 2: a new standard never rewrites past results). The what-if page
 * ({@code WhatIfQueries}) streams the stored assessments into a {@link Tally};
 * {@link #reclassify} does the same for a collection.
 * <p>
 * Deficiencies the target does not define (e.g. INFORMATION_ACCESS under 2027–2030) are
 * dropped and reported in {@link Result#droppedIndicators()}; indicators the target adds
 * but that were never assessed count as not deficient, so results are a lower bound of
 * poverty under the target. The category is the target's own rule
 * ({@link PovertyStandard#category}), with the target's lines and minimum deficiency
 * count.
 */
public final class WhatIf {

	private WhatIf() {
	}

	public record Result(String targetStandardId, int targetVersion, Map<String, TransitionMatrix> byArea,
			TransitionMatrix total, Set<String> droppedIndicators) {
	}

	public static Result reclassify(Collection<WhatIfHousehold> households, PovertyStandard target) {
		Tally<String> tally = new Tally<>(target);
		for (WhatIfHousehold h : households) {
			tally.add(h.areaKey(), h.area(), h.monthlyIncomePerCapita(), h.deficiencies(), h.currentCategory());
		}
		return new Result(target.id(), target.version(), Collections.unmodifiableMap(new TreeMap<>(tally.byArea())),
				tally.total(), tally.droppedIndicators());
	}

	/**
	 * Counts one household at a time, grouped by a key of the caller's (a commune id, a
	 * village name), in the order the keys first come. Not thread-safe.
	 */
	public static final class Tally<K> {

		private final PovertyStandard target;

		private final Map<K, TransitionMatrix.Counter> byArea = new LinkedHashMap<>();

		private final Set<String> dropped = new TreeSet<>();

		public Tally(PovertyStandard target) {
			this.target = target;
		}

		/** One household: its stored outcome and the category it has now. */
		public void add(K key, AreaType area, long monthlyIncomePerCapita, Iterable<String> deficiencies,
				PovertyCategory current) {
			int counted = 0;
			for (String code : deficiencies) {
				if (target.defines(code)) {
					counted++;
				}
				else {
					dropped.add(code);
				}
			}
			PovertyCategory after = target.category(area, monthlyIncomePerCapita, counted);
			byArea.computeIfAbsent(key, k -> new TransitionMatrix.Counter()).add(current, after);
		}

		/** The counts per key, in the order the keys first came. */
		public Map<K, TransitionMatrix> byArea() {
			Map<K, TransitionMatrix> m = new LinkedHashMap<>();
			byArea.forEach((k, v) -> m.put(k, v.build()));
			return Collections.unmodifiableMap(m);
		}

		public TransitionMatrix total() {
			TransitionMatrix.Counter all = new TransitionMatrix.Counter();
			byArea.values().forEach(all::addAll);
			return all.build();
		}

		/** Codes of stored deficiencies the target does not define, sorted. */
		public Set<String> droppedIndicators() {
			return Collections.unmodifiableSet(new TreeSet<>(dropped));
		}

	}

}

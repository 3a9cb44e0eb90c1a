package vn.giamngheo.poverty.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import vn.giamngheo.poverty.PovertyStandard;

/**
 * The reference implementation the stored report sums are checked against (test code
 * since issue 10: the product computes the same measures from stored sums in
 * {@link vn.giamngheo.report.AreaFigures}; this household-by-household version was called
 * only by tests, so it lives with them as the oracle of {@code AreaFiguresTests}).
 * <p>
 * Alkire–Foster multidimensional poverty measures (Alkire &amp; Foster 2011, J. Public
 * Economics 95(7–8)) over the deficiency indicators of a standard, with equal indicator
 * weights and the poverty cut-off k = the standard's minimum deficiency count. The income
 * criterion of the Vietnamese standard is deliberately not part of these measures: they
 * describe deprivation in basic social services only (Decree 07/2021/NĐ-CP, Art. 2(2)
 * names measuring that deprivation as a purpose of the standard).
 * <p>
 * With N the (weighted) population, Q the poor, d the indicator count and S the weighted
 * sum of deprivation counts of the poor: H = Q/N, A = S/(Q·d), M0 = H·A = S/(N·d);
 * censored headcount of j = C_j/N; contribution of j = (C_j/d)/M0 = C_j/S. All are exact
 * {@link Ratio}s of integer sums kept in an {@link Accumulator}, so figures for a
 * province computed from merged commune accumulators equal those from all households, and
 * M0 = Σ (N_c/N)·M0_c.
 *
 * @param indicatorResults per indicator, in the standard's order
 */
public record PovertyMeasures(Weighting weighting, List<String> indicatorCodes, int povertyCutoff, long population,
		long poor, Ratio headcountRatio, Ratio intensity, Ratio adjustedHeadcountRatio,
		List<IndicatorMeasures> indicatorResults) {

	/**
	 * @param contribution share of M0 due to this indicator (0..1;
	 * {@link Ratio#toPercent} for the percentage)
	 */
	public record IndicatorMeasures(String code, Ratio uncensoredHeadcountRatio, Ratio censoredHeadcountRatio,
			Ratio contribution) {
	}

	public static Accumulator accumulator(PovertyStandard standard) {
		return new Accumulator(standard.indicatorCodes(), standard.minDeficiencies());
	}

	/**
	 * Exact integer sums for one population (a village, a commune, …). Mergeable: the
	 * sums are additive over disjoint populations. Not thread-safe; use one per thread
	 * and merge.
	 */
	public static final class Accumulator {

		private final List<String> codes;

		private final int k;

		// index 0: households; index 1: persons
		private final long[] population = new long[2];

		private final long[] poor = new long[2];

		private final long[] poorDeprivationSum = new long[2];

		private final long[][] uncensored;

		private final long[][] censored;

		public Accumulator(List<String> indicatorCodes, int povertyCutoff) {
			this.codes = List.copyOf(indicatorCodes);
			if (codes.isEmpty() || codes.size() > PovertyStandard.MAX_INDICATORS) {
				throw new IllegalArgumentException("needs 1.." + PovertyStandard.MAX_INDICATORS + " indicators");
			}
			if (povertyCutoff < 1 || povertyCutoff > codes.size()) {
				throw new IllegalArgumentException("poverty cut-off must be between 1 and " + codes.size());
			}
			this.k = povertyCutoff;
			this.uncensored = new long[2][codes.size()];
			this.censored = new long[2][codes.size()];
		}

		/**
		 * Adds one household.
		 * @throws IllegalArgumentException for a code outside the indicator list or fewer
		 * than one member
		 */
		public Accumulator add(Collection<String> deficiencyCodes, int members) {
			long mask = 0;
			for (String code : deficiencyCodes) {
				int i = codes.indexOf(code);
				if (i < 0) {
					throw new IllegalArgumentException("indicator " + code + " is not one of " + codes);
				}
				mask |= 1L << i;
			}
			return addMask(mask, members);
		}

		/**
		 * Adds one household whose deficiencies are a bit mask over the indicator order.
		 */
		public Accumulator addMask(long deficiencyMask, int members) {
			if (members < 1) {
				throw new IllegalArgumentException("a household has at least one member, was " + members);
			}
			if (codes.size() < 64 && (deficiencyMask >>> codes.size()) != 0) {
				throw new IllegalArgumentException("mask has bits beyond the " + codes.size() + " indicators");
			}
			int count = Long.bitCount(deficiencyMask);
			boolean isPoor = count >= k;
			long[] weights = { 1, members };
			for (int w = 0; w < 2; w++) {
				population[w] += weights[w];
				if (isPoor) {
					poor[w] += weights[w];
					poorDeprivationSum[w] += weights[w] * count;
				}
				for (int j = 0; j < codes.size(); j++) {
					if ((deficiencyMask & (1L << j)) != 0) {
						uncensored[w][j] += weights[w];
						if (isPoor) {
							censored[w][j] += weights[w];
						}
					}
				}
			}
			return this;
		}

		/**
		 * Adds another population's sums into this one; both must use the same indicators
		 * and cut-off.
		 */
		public Accumulator merge(Accumulator other) {
			if (!codes.equals(other.codes) || k != other.k) {
				throw new IllegalArgumentException("cannot merge measures over different indicators or cut-offs");
			}
			for (int w = 0; w < 2; w++) {
				population[w] += other.population[w];
				poor[w] += other.poor[w];
				poorDeprivationSum[w] += other.poorDeprivationSum[w];
				for (int j = 0; j < codes.size(); j++) {
					uncensored[w][j] += other.uncensored[w][j];
					censored[w][j] += other.censored[w][j];
				}
			}
			return this;
		}

		public long households() {
			return population[0];
		}

		public long persons() {
			return population[1];
		}

		public PovertyMeasures measures(Weighting weighting) {
			int w = weighting == Weighting.HOUSEHOLD ? 0 : 1;
			long n = population[w];
			long q = poor[w];
			long s = poorDeprivationSum[w];
			int d = codes.size();
			List<IndicatorMeasures> perIndicator = new ArrayList<>(d);
			for (int j = 0; j < d; j++) {
				perIndicator.add(new IndicatorMeasures(codes.get(j), Ratio.of(uncensored[w][j], n),
						Ratio.of(censored[w][j], n), Ratio.of(censored[w][j], s)));
			}
			return new PovertyMeasures(weighting, codes, k, n, q, Ratio.of(q, n),
					Ratio.of(java.math.BigInteger.valueOf(s),
							java.math.BigInteger.valueOf(q).multiply(java.math.BigInteger.valueOf(d))),
					Ratio.of(java.math.BigInteger.valueOf(s),
							java.math.BigInteger.valueOf(n).multiply(java.math.BigInteger.valueOf(d))),
					List.copyOf(perIndicator));
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Accumulator a && codes.equals(a.codes) && k == a.k
					&& Arrays.equals(population, a.population) && Arrays.equals(poor, a.poor)
					&& Arrays.equals(poorDeprivationSum, a.poorDeprivationSum)
					&& Arrays.deepEquals(uncensored, a.uncensored) && Arrays.deepEquals(censored, a.censored);
		}

		@Override
		public int hashCode() {
			return Objects.hash(codes, k, Arrays.hashCode(population), Arrays.hashCode(poor));
		}

		@Override
		public String toString() {
			return "Accumulator[households=" + population[0] + ", persons=" + population[1] + ", poor="
					+ Arrays.toString(poor) + "]";
		}

	}
}

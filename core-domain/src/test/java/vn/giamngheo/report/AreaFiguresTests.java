package vn.giamngheo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.giamngheo.poverty.measures.PovertyMeasures;
import vn.giamngheo.poverty.measures.Weighting;

/**
 * Stored sums reproduce the Alkire–Foster measures exactly, and add up from communes to
 * districts to the province.
 */
class AreaFiguresTests {

	private static final int D = 12;

	private static final int K = 3;

	/** What AreaSummaries stores for a set of households given as deficiency masks. */
	private static AreaFigures figures(long[] masks, int[] members) {
		long[] f = new long[Figure.values().length];
		long[] censored = new long[D];
		for (int i = 0; i < masks.length; i++) {
			int n = Long.bitCount(masks[i]);
			f[Figure.HOUSEHOLDS.ordinal()]++;
			f[Figure.MPI_HOUSEHOLDS.ordinal()]++;
			f[Figure.MPI_PERSONS.ordinal()] += members[i];
			if (n >= K) {
				f[Figure.MPI_POOR_HOUSEHOLDS.ordinal()]++;
				f[Figure.MPI_POOR_PERSONS.ordinal()] += members[i];
				f[Figure.MPI_DEPRIVATIONS.ordinal()] += n;
				f[Figure.MPI_DEPRIVATIONS_PERSONS.ordinal()] += (long) n * members[i];
				for (int j = 0; j < D; j++) {
					if ((masks[i] & (1L << j)) != 0) {
						censored[j]++;
					}
				}
			}
		}
		return new AreaFigures(f, new long[D], new long[D], censored);
	}

	@Test
	void headcountIntensityAndM0MatchTheAccumulator() {
		SplittableRandom random = new SplittableRandom(7);
		List<String> codes = java.util.stream.IntStream.range(0, D).mapToObj(i -> "I" + i).toList();
		AreaFigures province = AreaFigures.empty(D);
		PovertyMeasures.Accumulator all = new PovertyMeasures.Accumulator(codes, K);
		for (int commune = 0; commune < 20; commune++) {
			int n = 50 + random.nextInt(200);
			long[] masks = new long[n];
			int[] members = new int[n];
			for (int i = 0; i < n; i++) {
				masks[i] = random.nextLong(1L << D) & random.nextLong(1L << D);
				members[i] = 1 + random.nextInt(6);
				all.addMask(masks[i], members[i]);
			}
			province = province.plus(figures(masks, members));
		}
		PovertyMeasures measures = all.measures(Weighting.HOUSEHOLD);
		assertThat(province.headcount()).isEqualTo(measures.headcountRatio());
		assertThat(province.intensity()).isEqualTo(measures.intensity());
		assertThat(province.adjustedHeadcount()).isEqualTo(measures.adjustedHeadcountRatio());
		for (int j = 0; j < D; j++) {
			assertThat(
					vn.giamngheo.poverty.measures.Ratio.of(province.censored(j), province.get(Figure.MPI_HOUSEHOLDS)))
				.isEqualTo(measures.indicatorResults().get(j).censoredHeadcountRatio());
		}
	}

	@Test
	void sumIsAssociative() {
		long[] a = new long[Figure.values().length];
		long[] b = new long[Figure.values().length];
		a[Figure.POOR.ordinal()] = 3;
		b[Figure.POOR.ordinal()] = 4;
		AreaFigures x = new AreaFigures(a, new long[D], new long[D], new long[D]);
		AreaFigures y = new AreaFigures(b, new long[D], new long[D], new long[D]);
		assertThat(AreaFigures.sum(List.of(x, y), D).get(Figure.POOR)).isEqualTo(7);
		assertThat(x.plus(y)).isEqualTo(y.plus(x));
	}

}

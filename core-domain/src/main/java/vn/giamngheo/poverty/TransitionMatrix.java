package vn.giamngheo.poverty;

import java.util.Arrays;

/** Counts of households by (current category → category under another standard). Immutable. */
public final class TransitionMatrix {

	private static final int N = PovertyCategory.values().length;
	private final long[][] counts;

	TransitionMatrix(long[][] counts) {
		this.counts = new long[N][];
		for (int i = 0; i < N; i++) {
			this.counts[i] = counts[i].clone();
		}
	}

	public long count(PovertyCategory from, PovertyCategory to) {
		return counts[from.ordinal()][to.ordinal()];
	}

	public long total() {
		long t = 0;
		for (long[] row : counts) {
			for (long c : row) {
				t += c;
			}
		}
		return t;
	}

	/** Households whose category would change. */
	public long changed() {
		long c = 0;
		for (int i = 0; i < N; i++) {
			for (int j = 0; j < N; j++) {
				if (i != j) {
					c += counts[i][j];
				}
			}
		}
		return c;
	}

	/** Households in {@code category} under the current classification. */
	public long before(PovertyCategory category) {
		return Arrays.stream(counts[category.ordinal()]).sum();
	}

	/** Households in {@code category} under the other standard. */
	public long after(PovertyCategory category) {
		long c = 0;
		for (long[] row : counts) {
			c += row[category.ordinal()];
		}
		return c;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof TransitionMatrix m && Arrays.deepEquals(counts, m.counts);
	}

	@Override
	public int hashCode() {
		return Arrays.deepHashCode(counts);
	}

	@Override
	public String toString() {
		return Arrays.deepToString(counts);
	}
}

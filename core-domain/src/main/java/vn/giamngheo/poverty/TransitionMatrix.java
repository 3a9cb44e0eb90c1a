package vn.giamngheo.poverty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts of households by (current category → category under another standard).
 * Immutable; a {@link Counter} gathers them one household at a time (the what-if page
 * streams a million rows into a few of them).
 */
public final class TransitionMatrix {

	/** One non-zero cell off the diagonal: "POOR → NEAR_POOR: 12 households". */
	public record Change(PovertyCategory from, PovertyCategory to, long households) {
	}

	/** Mutable counts; not thread-safe, one per thread, then {@link #addAll}. */
	public static final class Counter {

		private final long[][] counts = new long[N][N];

		public Counter add(PovertyCategory from, PovertyCategory to) {
			counts[from.ordinal()][to.ordinal()]++;
			return this;
		}

		public Counter addAll(Counter other) {
			for (int i = 0; i < N; i++) {
				for (int j = 0; j < N; j++) {
					counts[i][j] += other.counts[i][j];
				}
			}
			return this;
		}

		public TransitionMatrix build() {
			return new TransitionMatrix(counts);
		}

	}

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

	/** The non-zero changes, poorest origin first. */
	public List<Change> changes() {
		List<Change> list = new ArrayList<>();
		for (PovertyCategory from : PovertyCategory.values()) {
			for (PovertyCategory to : PovertyCategory.values()) {
				if (from != to && count(from, to) > 0) {
					list.add(new Change(from, to, count(from, to)));
				}
			}
		}
		return list;
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

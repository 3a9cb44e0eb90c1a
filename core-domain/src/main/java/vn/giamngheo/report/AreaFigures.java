package vn.giamngheo.report;

import java.util.Arrays;
import java.util.List;

import vn.giamngheo.poverty.measures.Ratio;

/**
 * The stored sums of one area (a commune, a district, a province) for one year: the
 * {@link Figure}s and, per indicator of the standard, how many poor and near-poor
 * households lack it and how many multidimensionally poor households lack it (the
 * censored count of Alkire–Foster). Immutable; {@link #plus} adds disjoint areas.
 */
public final class AreaFigures {

	private final long[] figures;

	private final long[] poorLacking;

	private final long[] nearPoorLacking;

	private final long[] censored;

	public AreaFigures(long[] figures, long[] poorLacking, long[] nearPoorLacking, long[] censored) {
		if (figures.length != Figure.values().length) {
			throw new IllegalArgumentException("expected " + Figure.values().length + " figures");
		}
		if (poorLacking.length != nearPoorLacking.length || poorLacking.length != censored.length) {
			throw new IllegalArgumentException("indicator arrays differ in length");
		}
		this.figures = figures.clone();
		this.poorLacking = poorLacking.clone();
		this.nearPoorLacking = nearPoorLacking.clone();
		this.censored = censored.clone();
	}

	public static AreaFigures empty(int indicators) {
		return new AreaFigures(new long[Figure.values().length], new long[indicators], new long[indicators],
				new long[indicators]);
	}

	public long get(Figure figure) {
		return figures[figure.ordinal()];
	}

	public long poorLacking(int indicator) {
		return poorLacking[indicator];
	}

	public long nearPoorLacking(int indicator) {
		return nearPoorLacking[indicator];
	}

	public long censored(int indicator) {
		return censored[indicator];
	}

	public int indicatorCount() {
		return poorLacking.length;
	}

	public AreaFigures plus(AreaFigures o) {
		if (o.indicatorCount() != indicatorCount()) {
			throw new IllegalArgumentException("cannot add figures over different indicator lists");
		}
		long[] f = figures.clone();
		long[] p = poorLacking.clone();
		long[] n = nearPoorLacking.clone();
		long[] c = censored.clone();
		for (int i = 0; i < f.length; i++) {
			f[i] += o.figures[i];
		}
		for (int i = 0; i < p.length; i++) {
			p[i] += o.poorLacking[i];
			n[i] += o.nearPoorLacking[i];
			c[i] += o.censored[i];
		}
		return new AreaFigures(f, p, n, c);
	}

	public static AreaFigures sum(List<AreaFigures> parts, int indicators) {
		return parts.stream().reduce(empty(indicators), AreaFigures::plus);
	}

	/** Part over households as an exact ratio (e.g. poverty rate = POOR / HOUSEHOLDS). */
	public Ratio rate(Figure part, Figure whole) {
		return Ratio.of(get(part), get(whole));
	}

	/** Headcount ratio H = Q / N (households). */
	public Ratio headcount() {
		return Ratio.of(get(Figure.MPI_POOR_HOUSEHOLDS), get(Figure.MPI_HOUSEHOLDS));
	}

	/** Intensity A = S / (Q · d): the average share of indicators the poor lack. */
	public Ratio intensity() {
		return Ratio.of(get(Figure.MPI_DEPRIVATIONS), get(Figure.MPI_POOR_HOUSEHOLDS) * indicatorCount());
	}

	/** Adjusted headcount M0 = H · A = S / (N · d). */
	public Ratio adjustedHeadcount() {
		return Ratio.of(get(Figure.MPI_DEPRIVATIONS), get(Figure.MPI_HOUSEHOLDS) * indicatorCount());
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof AreaFigures a && Arrays.equals(figures, a.figures)
				&& Arrays.equals(poorLacking, a.poorLacking) && Arrays.equals(nearPoorLacking, a.nearPoorLacking)
				&& Arrays.equals(censored, a.censored);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(figures) * 31 + Arrays.hashCode(poorLacking);
	}

	@Override
	public String toString() {
		return "AreaFigures" + Arrays.toString(figures);
	}

}

package vn.giamngheo.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan area's figure of an entered target, from what officers typed: a figure for the
 * whole area, and each commune's latest figure.
 * <ul>
 * <li>The whole-area figure counts when it is at least as recent as the newest commune
 * figure;</li>
 * <li>otherwise the commune figures are combined, dated by the newest of them: counts add
 * up; rates and shares average, weighted by each commune's base (from its allocation)
 * when every commune has one, else plainly; a weighted average of communes that all weigh
 * nothing has no value (but still the date);</li>
 * <li>with neither, there is no figure.</li>
 * </ul>
 */
public final class AreaActual {

	/** Decimals kept for an average of rates before it is shown rounded. */
	public static final int RATE_SCALE = 10;

	private AreaActual() {
	}

	/**
	 * A figure and the day it stood. {@code value} is null only for communes whose
	 * weights are all zero: there are figures of that day, but no average of them.
	 */
	public record Entered(BigDecimal value, LocalDate asOf) {
		public Entered {
			Objects.requireNonNull(asOf, "asOf");
		}
	}

	/**
	 * A commune's latest entered figure and its base (the weight of its rate; null when
	 * unknown).
	 */
	public record CommuneFigure(BigDecimal value, LocalDate asOf, Long base) {
		public CommuneFigure {
			Objects.requireNonNull(value, "value");
			Objects.requireNonNull(asOf, "asOf");
		}
	}

	/**
	 * @param wholeArea the latest figure entered for the whole area, or null
	 * @param communes each commune's latest figure
	 * @return the area's figure, empty when none can be given
	 */
	public static Optional<Entered> of(TargetKind kind, Entered wholeArea, List<CommuneFigure> communes) {
		Optional<LocalDate> newestCommune = communes.stream().map(CommuneFigure::asOf).max(Comparator.naturalOrder());
		if (wholeArea != null && (newestCommune.isEmpty() || !wholeArea.asOf().isBefore(newestCommune.get()))) {
			return Optional.of(wholeArea);
		}
		if (newestCommune.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Entered(combine(kind, communes), newestCommune.get()));
	}

	/**
	 * The communes' figures as one: their sum for counts, their (weighted) mean for
	 * rates; null when unknown.
	 */
	public static BigDecimal combine(TargetKind kind, List<CommuneFigure> communes) {
		if (kind.additive()) {
			return communes.stream().map(CommuneFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		boolean weighted = communes.stream().allMatch(c -> c.base() != null);
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (CommuneFigure c : communes) {
			BigDecimal w = weighted ? BigDecimal.valueOf(c.base()) : BigDecimal.ONE;
			sum = sum.add(c.value().multiply(w));
			weights = weights.add(w);
		}
		return weights.signum() == 0 ? null : sum.divide(weights, RATE_SCALE, RoundingMode.HALF_EVEN);
	}

}

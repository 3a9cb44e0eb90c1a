package vn.giamngheo.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import vn.giamngheo.report.AreaFigures;
import vn.giamngheo.report.Figure;

/**
 * What the data says about a target whose figure the application holds
 * ({@link TargetIndicator#computed()}): the rate itself, in percent, and the base that
 * weighs a commune's rate when rates are averaged.
 * <ul>
 * <li>poverty rate = poor ÷ households; Khmer poverty rate = poor Khmer ÷ Khmer
 * households; near-poverty rate = near-poor ÷ households;</li>
 * <li>health-insurance coverage = insured members ÷ members of poor and near-poor
 * households.</li>
 * </ul>
 * A rate of an empty area (no households) is unknown (null), never 0%. Entered indicators
 * have no data figure.
 */
public final class IndicatorFigures {

	/** Decimals kept for a computed percentage before it is shown rounded. */
	public static final int RATE_SCALE = 10;

	private IndicatorFigures() {
	}

	/**
	 * The indicator's figure for an area, in percent, or null when the data holds none.
	 */
	public static BigDecimal actual(TargetIndicator indicator, AreaFigures f) {
		if (f == null) {
			return null;
		}
		return switch (indicator) {
			case POVERTY_RATE -> percent(f.get(Figure.POOR), f.get(Figure.HOUSEHOLDS));
			case POVERTY_RATE_KHMER -> percent(f.get(Figure.POOR_KHMER), f.get(Figure.KHMER_HOUSEHOLDS));
			case NEAR_POVERTY_RATE -> percent(f.get(Figure.NEAR_POOR), f.get(Figure.HOUSEHOLDS));
			case HEALTH_INSURANCE_COVERAGE ->
				percent(f.get(Figure.INSURED_POOR_NEAR_POOR), f.get(Figure.MEMBERS_POOR_NEAR_POOR));
			default -> null;
		};
	}

	/**
	 * The whole of which the indicator is a share (its weight in an average of rates), or
	 * null when unknown.
	 */
	public static Long base(TargetIndicator indicator, AreaFigures f) {
		if (f == null) {
			return null;
		}
		return switch (indicator) {
			case POVERTY_RATE, NEAR_POVERTY_RATE -> f.get(Figure.HOUSEHOLDS);
			case POVERTY_RATE_KHMER -> f.get(Figure.KHMER_HOUSEHOLDS);
			case HEALTH_INSURANCE_COVERAGE -> f.get(Figure.MEMBERS_POOR_NEAR_POOR);
			default -> null;
		};
	}

	/**
	 * {@code part} of {@code whole} in percent, half-to-even at {@link #RATE_SCALE}
	 * decimals; null of nothing.
	 */
	public static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_EVEN);
	}

	/** The figures of several communes as one area; null when there are none. */
	public static AreaFigures sum(Collection<AreaFigures> figures) {
		if (figures.isEmpty()) {
			return null;
		}
		return AreaFigures.sum(List.copyOf(figures), figures.iterator().next().indicatorCount());
	}

}

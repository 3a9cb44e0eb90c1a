package vn.giamngheo.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Actual against plan, and the state for the time of year.
 * <p>
 * <b>Achievement</b> (the "% of plan" officers report):
 * <ul>
 * <li>counts and shares: actual ÷ target (3.716 of 3.200 workers = 116,125% →
 * "116,12%");</li>
 * <li>a rate to reach: (baseline − actual) ÷ (baseline − target), the part of the planned
 * fall achieved;</li>
 * <li>a reduction in points: (baseline − actual) ÷ planned points.</li>
 * </ul>
 * Without a baseline a rate target is achieved (100%) when actual ≤ the rate to reach,
 * else 0%.
 * <p>
 * <b>State</b>, with e = the share of the plan year elapsed on the day progress is looked
 * at (day of year ÷ days in year; 0 before the year, 1 after it) and a = achievement as a
 * fraction:
 * <ul>
 * <li>ON_TRACK when a ≥ e (a target reached is always on track);</li>
 * <li>AT_RISK when e − 0,25 ≤ a &lt; e, i.e. less than a quarter of a year behind, and
 * the year is not over;</li>
 * <li>BEHIND otherwise, which includes every unreached target once the year has
 * ended;</li>
 * <li>NO_DATA when there is no actual figure yet.</li>
 * </ul>
 */
public final class Progress {

	/**
	 * How far behind the elapsed share of the year a target may be and still be "at risk"
	 * rather than "behind".
	 */
	public static final BigDecimal AT_RISK_MARGIN = new BigDecimal("0.25");

	private static final int SCALE = 12;

	private Progress() {
	}

	/**
	 * @param achievement fraction of the plan achieved (1 = 100%), null when there is no
	 * actual
	 */
	public record Result(BigDecimal achievement, ProgressState state, BigDecimal elapsed) {

		/** Achievement in percent, rounded half-to-even to {@code decimals}. */
		public BigDecimal percent(int decimals) {
			return achievement == null ? null
					: achievement.multiply(BigDecimal.valueOf(100)).setScale(decimals, RoundingMode.HALF_EVEN);
		}
	}

	public static Result of(TargetKind kind, BigDecimal target, BigDecimal baseline, BigDecimal actual, int planYear,
			LocalDate asOf) {
		BigDecimal elapsed = elapsed(planYear, asOf);
		if (actual == null) {
			return new Result(null, ProgressState.NO_DATA, elapsed);
		}
		BigDecimal achievement = achievement(kind, target, baseline, actual);
		return new Result(achievement, state(achievement, elapsed), elapsed);
	}

	static BigDecimal achievement(TargetKind kind, BigDecimal target, BigDecimal baseline, BigDecimal actual) {
		switch (kind) {
			case COUNT_TO_REACH, COVERAGE_SHARE -> {
				if (target.signum() == 0) {
					return BigDecimal.ONE;
				}
				return actual.divide(target, SCALE, RoundingMode.HALF_EVEN);
			}
			case RATE_TO_REACH -> {
				if (baseline == null || baseline.compareTo(target) <= 0) {
					return actual.compareTo(target) <= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
				}
				return baseline.subtract(actual).divide(baseline.subtract(target), SCALE, RoundingMode.HALF_EVEN);
			}
			case REDUCTION_POINTS -> {
				if (baseline == null || target.signum() == 0) {
					return BigDecimal.ZERO;
				}
				return baseline.subtract(actual).divide(target, SCALE, RoundingMode.HALF_EVEN);
			}
			default -> throw new IllegalArgumentException(String.valueOf(kind));
		}
	}

	static ProgressState state(BigDecimal achievement, BigDecimal elapsed) {
		if (achievement.compareTo(elapsed) >= 0) {
			return ProgressState.ON_TRACK;
		}
		if (elapsed.compareTo(BigDecimal.ONE) < 0 && achievement.compareTo(elapsed.subtract(AT_RISK_MARGIN)) >= 0) {
			return ProgressState.AT_RISK;
		}
		return ProgressState.BEHIND;
	}

	/**
	 * Share of {@code year} elapsed on {@code date}: 0 before it starts, 1 on 31/12 and
	 * after.
	 */
	public static BigDecimal elapsed(int year, LocalDate date) {
		if (date.getYear() < year) {
			return BigDecimal.ZERO;
		}
		if (date.getYear() > year) {
			return BigDecimal.ONE;
		}
		return BigDecimal.valueOf(date.getDayOfYear())
			.divide(BigDecimal.valueOf(date.lengthOfYear()), SCALE, RoundingMode.HALF_EVEN);
	}

}

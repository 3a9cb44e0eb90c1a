package vn.giamngheo.plan;

import java.math.BigDecimal;

/**
 * What a plan target asks for. Figures are decimals: a count of people or households, or
 * a percentage with up to two decimals as the plans write them ("1,71%", "67,67%").
 */
public enum TargetKind {

	/**
	 * A rate the area should come down to by the end of the year (lower is better), e.g.
	 * poverty rate 2,76%.
	 */
	RATE_TO_REACH(false, true),
	/**
	 * A reduction of a rate in percentage points over the year, e.g. "giảm tỷ lệ hộ nghèo
	 * 1,71%".
	 */
	REDUCTION_POINTS(false, true),
	/**
	 * A number to reach by the end of the year (higher is better, cumulative), e.g. 3.000
	 * workers given jobs.
	 */
	COUNT_TO_REACH(true, false),
	/**
	 * A share of a group that should be covered (higher is better), e.g. 100% of poor
	 * households insured.
	 */
	COVERAGE_SHARE(false, true);

	private final boolean additive;

	private final boolean rate;

	TargetKind(boolean additive, boolean rate) {
		this.additive = additive;
		this.rate = rate;
	}

	/**
	 * Commune figures add up to the district figure (counts); otherwise they average by
	 * weight (rates).
	 */
	public boolean additive() {
		return additive;
	}

	/** The figure is a percentage. */
	public boolean rate() {
		return rate;
	}

	/**
	 * Whether {@code value} can be a figure of this kind (a target, an allocation, an
	 * actual): never negative, and a percentage never above 100.
	 */
	public boolean admits(BigDecimal value) {
		return value != null && value.signum() >= 0 && !(rate && value.compareTo(HUNDRED) > 0);
	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

}

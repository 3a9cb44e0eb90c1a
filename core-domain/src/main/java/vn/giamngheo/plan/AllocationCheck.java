package vn.giamngheo.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Whether the allocations of a target to communes add up to the district target.
 * <ul>
 * <li><b>Counts</b> ({@link TargetKind#COUNT_TO_REACH}) must add up exactly: Σ commune
 * figures = district figure.</li>
 * <li><b>Rates and shares</b> are not added but averaged, weighted by each commune's base
 * (its households for a poverty rate, its Khmer households for the Khmer rate, the
 * members of its poor and near-poor households for insurance coverage, or the base
 * entered with the allocation): the district figure implied by the allocations is Σ(rate
 * × base) / Σ base, computed exactly and rounded half-to-even to the two decimals plans
 * use; it must equal the district target. When no commune has a base, every commune
 * weighs the same (the plain mean). So "every commune 100%" always adds up to a 100%
 * target, and a commune allowed a higher poverty rate must be offset by others.</li>
 * </ul>
 */
public final class AllocationCheck {

	/**
	 * Decimals at which a rate allocation must match its district target, as the plans
	 * write rates.
	 */
	public static final int RATE_DECIMALS = 2;

	private AllocationCheck() {
	}

	/**
	 * One commune's share: the figure allocated and, for rates, its base (may be null:
	 * unknown).
	 */
	public record Share(long communeId, BigDecimal value, Long base) {
		public Share {
			Objects.requireNonNull(value, "value");
			if (value.signum() < 0) {
				throw new IllegalArgumentException("an allocation is never negative");
			}
		}
	}

	/**
	 * @param implied the district figure the allocations add up to (rates rounded to
	 * {@link #RATE_DECIMALS})
	 * @param difference implied − target (zero when the allocations add up)
	 */
	public record Result(boolean addsUp, BigDecimal implied, BigDecimal difference, boolean weighted) {
	}

	public static Result check(TargetKind kind, BigDecimal target, List<Share> shares) {
		if (shares.isEmpty()) {
			return new Result(false, BigDecimal.ZERO, target.negate(), false);
		}
		BigDecimal implied;
		boolean weighted = false;
		if (kind.additive()) {
			implied = shares.stream().map(Share::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		else {
			weighted = shares.stream().allMatch(s -> s.base() != null) && shares.stream().anyMatch(s -> s.base() > 0);
			BigDecimal sum = BigDecimal.ZERO;
			BigDecimal weights = BigDecimal.ZERO;
			for (Share s : shares) {
				BigDecimal w = weighted ? BigDecimal.valueOf(s.base()) : BigDecimal.ONE;
				sum = sum.add(s.value().multiply(w));
				weights = weights.add(w);
			}
			implied = weights.signum() == 0 ? BigDecimal.ZERO
					: sum.divide(weights, RATE_DECIMALS + 10, RoundingMode.HALF_EVEN)
						.setScale(RATE_DECIMALS, RoundingMode.HALF_EVEN);
		}
		BigDecimal difference = implied.subtract(target);
		return new Result(difference.signum() == 0, implied.stripTrailingZeros(), difference.stripTrailingZeros(),
				weighted);
	}

}

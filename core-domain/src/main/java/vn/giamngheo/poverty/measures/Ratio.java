package vn.giamngheo.poverty.measures;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact non-negative fraction, normalised so that equal values are {@code equals}.
 * Poverty measures are kept as ratios of integer sums so aggregated figures match
 * exactly; rounding happens only when displaying.
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

	public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

	public Ratio {
		if (denominator.signum() == 0) {
			throw new IllegalArgumentException("denominator must not be zero");
		}
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
		BigInteger gcd = numerator.gcd(denominator);
		if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
			numerator = numerator.divide(gcd);
			denominator = denominator.divide(gcd);
		}
		if (numerator.signum() == 0) {
			denominator = BigInteger.ONE;
		}
	}

	/**
	 * {@code numerator / denominator}, or zero when the denominator is zero (an empty
	 * population has no poverty).
	 */
	public static Ratio of(long numerator, long denominator) {
		return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
	}

	public static Ratio of(BigInteger numerator, BigInteger denominator) {
		return denominator.signum() == 0 ? ZERO : new Ratio(numerator, denominator);
	}

	public Ratio plus(Ratio o) {
		return new Ratio(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
				denominator.multiply(o.denominator));
	}

	public Ratio times(Ratio o) {
		return new Ratio(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
	}

	public BigDecimal toBigDecimal(int scale) {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_EVEN);
	}

	/** As a percentage rounded to {@code scale} decimals. */
	public BigDecimal toPercent(int scale) {
		return new BigDecimal(numerator.multiply(BigInteger.valueOf(100))).divide(new BigDecimal(denominator), scale,
				RoundingMode.HALF_EVEN);
	}

	public double doubleValue() {
		return toBigDecimal(17).doubleValue();
	}

	@Override
	public int compareTo(Ratio o) {
		return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
	}

	@Override
	public String toString() {
		return numerator + "/" + denominator;
	}
}

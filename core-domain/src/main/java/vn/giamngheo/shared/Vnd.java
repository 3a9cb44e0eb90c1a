package vn.giamngheo.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Amounts in đồng, written the Vietnamese way: "1.500.000 đ". */
public final class Vnd {

	private Vnd() {
	}

	public static String format(long amount) {
		return grouped(amount) + " đ";
	}

	public static String format(BigDecimal amount) {
		return amount == null ? "" : format(amount.longValue());
	}

	/**
	 * Groups thousands with dots and uses a comma for decimals, as in the seed reports
	 * ("1.938 hộ", "4,47%").
	 */
	public static String grouped(long number) {
		// Every count of every page comes through here: grouped by hand, not by a
		// DecimalFormat (JFR: a new format
		// per number was 13% of the province summary's CPU).
		if (number == Long.MIN_VALUE) {
			return formatter("#,##0").format(number);
		}
		String digits = Long.toString(Math.abs(number));
		int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
		StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
		if (number < 0) {
			out.append('-');
		}
		out.append(digits, 0, first);
		for (int i = first; i < digits.length(); i += 3) {
			out.append('.').append(digits, i, i + 3);
		}
		return out.toString();
	}

	public static String percent(double value, int decimals) {
		return percent(BigDecimal.valueOf(value), decimals);
	}

	/**
	 * Part of a whole in percent, computed exactly and rounded half-to-even: 3,716 of
	 * 3,200 workers is 116.125%, which the district report writes as "116,12%".
	 */
	public static String percent(long part, long whole, int decimals) {
		if (whole == 0) {
			return "–";
		}
		return percent(BigDecimal.valueOf(part)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), decimals + 6, RoundingMode.HALF_EVEN), decimals);
	}

	/**
	 * A decimal with exactly {@code decimals} places, rounded half-to-even: "67,67",
	 * "3.716".
	 */
	public static String decimal(BigDecimal value, int decimals) {
		return formatter(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals))
			.format(value.setScale(decimals, RoundingMode.HALF_EVEN));
	}

	/** A quantity with only the decimals it has, up to two: "98.670", "2,5". */
	public static String quantity(BigDecimal value) {
		return formatter("#,##0.##").format(value);
	}

	private static String percent(BigDecimal value, int decimals) {
		BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_EVEN);
		return formatter(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(rounded) + "%";
	}

	/**
	 * One format per pattern and thread (a DecimalFormat is not thread-safe; building one
	 * parses its pattern).
	 */
	private static final ThreadLocal<java.util.Map<String, DecimalFormat>> FORMATS = ThreadLocal
		.withInitial(java.util.HashMap::new);

	private static DecimalFormat formatter(String pattern) {
		return FORMATS.get().computeIfAbsent(pattern, Vnd::newFormatter);
	}

	private static DecimalFormat newFormatter(String pattern) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat(pattern, symbols);
	}

}

package vn.giamngheo.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number as a Vietnamese officer types it: dots group thousands and a comma
 * starts the decimals ("1.500.000", "2,5", "67,67%", "500.000 đ"). One rule for every
 * form, so "500.000" means five hundred thousand in support as it does in plans. A lone
 * dot followed by anything but three digits ("2.5") is read as a decimal point, because
 * that is what a calculator or a spreadsheet in English produced; "2.500" is always two
 * thousand five hundred.
 */
public final class GroupedNumber {

	private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private static final Pattern PLAIN = Pattern.compile("-?\\d+([.,]\\d+)?");

	private GroupedNumber() {
	}

	/** The number, or empty when the text is not one (blank text included). */
	public static Optional<BigDecimal> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = text.strip().replace("\u00a0", "").replace(" ", "").replace("%", "");
		if (s.endsWith("đ") || s.endsWith("Đ")) {
			s = s.substring(0, s.length() - 1);
		}
		if (s.isEmpty()) {
			return Optional.empty();
		}
		if (GROUPED.matcher(s).matches()) {
			return Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
		}
		if (PLAIN.matcher(s).matches()) {
			return Optional.of(new BigDecimal(s.replace(',', '.')));
		}
		return Optional.empty();
	}

	/**
	 * A whole number ("500.000" → 500000); empty when the text has decimals or is not a
	 * number.
	 */
	public static Optional<Long> parseWhole(String text) {
		return parse(text).flatMap(n -> {
			try {
				return Optional.of(n.longValueExact());
			}
			catch (ArithmeticException notWhole) {
				return Optional.empty();
			}
		});
	}

}

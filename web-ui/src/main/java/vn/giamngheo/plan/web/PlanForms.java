package vn.giamngheo.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.shared.GroupedNumber;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * How the plan pages read their forms: numbers, dates and choices as typed, and the input
 * kept after a refusal.
 */
final class PlanForms {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private PlanForms() {
	}

	/**
	 * Puts what was typed and the errors (field → message key) back for the form after
	 * the redirect.
	 */
	static void keepInput(RedirectAttributes redirect, Map<String, String> form, Map<String, String> errors,
			String... fields) {
		LinkedHashMap<String, String> input = new LinkedHashMap<>();
		for (String f : fields) {
			if (form.get(f) != null) {
				input.put(f, form.get(f));
			}
		}
		redirect.addFlashAttribute("input", input);
		redirect.addFlashAttribute("errors", new LinkedHashMap<>(errors));
	}

	/** "31/12/2023" or "2023-12-31"; null when blank or not a date. */
	static LocalDate date(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			String s = text.strip();
			return s.contains("/") ? LocalDate.parse(s, DAY_MONTH_YEAR) : LocalDate.parse(s);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The constant named {@code name}; null when blank or unknown. */
	static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		try {
			return blank(name) ? null : Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Reads "1.234", "67,67" or "67.67" as a decimal, by the one rule of every form
	 * ({@link GroupedNumber}).
	 */
	static BigDecimal decimal(String text, String field) {
		return GroupedNumber.parse(text).orElseThrow(() -> new FieldProblem(field, "plan.number.invalid"));
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}

package vn.giamngheo.review.steps.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.giamngheo.review.steps.StepProblem;
import vn.giamngheo.review.steps.StepsRefused;

/**
 * What one of the step forms sent, as typed, and the problems found in it: a date or a
 * number that does not parse is its field's own message, and the rules' messages join it,
 * so a person sees every mistake at once, never a 400 page.
 */
final class StepForm {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	final String name;

	final Map<String, String> values = new LinkedHashMap<>();

	final Map<String, String> errors = new LinkedHashMap<>();

	StepForm(String name) {
		this.name = name;
	}

	String text(String field, String value) {
		values.put(field, value == null ? "" : value);
		return value;
	}

	LocalDate date(String field, String value) {
		text(field, value);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip(), DATE);
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "steps.dateInvalid");
			return null;
		}
	}

	Integer number(String field, String value) {
		text(field, value);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n < 0 || n > 100_000) {
				errors.put(field, "steps.numberInvalid");
				return null;
			}
			return n;
		}
		catch (NumberFormatException ex) {
			errors.put(field, "steps.numberInvalid");
			return null;
		}
	}

	/**
	 * The rules' problems, after the parse errors, which say more precisely what is wrong
	 * with their field.
	 */
	void add(StepsRefused refused) {
		for (StepProblem p : refused.problems()) {
			errors.putIfAbsent(p.field(), p.messageKey());
		}
	}

	boolean hasErrors() {
		return !errors.isEmpty();
	}

}

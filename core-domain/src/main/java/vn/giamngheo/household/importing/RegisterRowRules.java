package vn.giamngheo.household.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.giamngheo.household.CitizenId;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Sex;
import vn.giamngheo.shared.VietnameseText;

/**
 * Checks one row of an import file on its own, every cell, and reads it. All problems of
 * the row are reported, not the first, so the official fixes a file in one go. Rules
 * across rows (one head, the household's cells the same on each of its rows) and against
 * the register (codes and citizen IDs taken, communes in scope) are the importer's.
 */
public final class RegisterRowRules {

	/** The limits of the register's own columns (V1 schema). */
	static final int MAX_CODE = 30, MAX_ADDRESS = 255, MAX_NAME = 150;

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	// Compiled once: a file of 350,000 rows runs each of them on every row.
	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9][A-Z0-9._/-]*");

	private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?\\d{9,14}");

	private static final java.util.regex.Pattern CARD = java.util.regex.Pattern.compile("[A-Z]{2}\\d{8,13}");

	private RegisterRowRules() {
	}

	/**
	 * @param cells the row's cells in {@link RegisterColumn} order, stripped, never null
	 * @param today the date births may not come after
	 * @param problems where the row's problems are added
	 */
	public static PersonRow read(int row, String[] cells, LocalDate today, List<RowProblem> problems) {
		String code = cells[RegisterColumn.HOUSEHOLD_CODE.ordinal()].toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			problems.add(new RowProblem(RegisterColumn.HOUSEHOLD_CODE, "import.error.required"));
		}
		else if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
			problems.add(new RowProblem(RegisterColumn.HOUSEHOLD_CODE, "import.error.code", code));
		}
		String commune = required(cells, RegisterColumn.COMMUNE_CODE, problems).toUpperCase(Locale.ROOT);
		String village = required(cells, RegisterColumn.VILLAGE_CODE, problems).toUpperCase(Locale.ROOT);
		String address = VietnameseText.normalizeName(required(cells, RegisterColumn.ADDRESS, problems));
		if (address.length() > MAX_ADDRESS) {
			problems.add(new RowProblem(RegisterColumn.ADDRESS, "import.error.tooLong", MAX_ADDRESS));
		}
		String phone = RegisterValues.digits(cells[RegisterColumn.PHONE.ordinal()]);
		if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			problems
				.add(new RowProblem(RegisterColumn.PHONE, "import.error.phone", cells[RegisterColumn.PHONE.ordinal()]));
		}
		Relationship relationship = parsed(cells, RegisterColumn.RELATIONSHIP, problems, "import.error.relationship",
				RegisterValues::relationship);
		String name = VietnameseText.normalizeName(required(cells, RegisterColumn.FULL_NAME, problems));
		if (name.length() > MAX_NAME) {
			problems.add(new RowProblem(RegisterColumn.FULL_NAME, "import.error.tooLong", MAX_NAME));
		}
		LocalDate born = parsed(cells, RegisterColumn.DATE_OF_BIRTH, problems, "import.error.date",
				RegisterValues::date);
		if (born != null && born.isAfter(today)) {
			problems.add(new RowProblem(RegisterColumn.DATE_OF_BIRTH, "import.error.dateFuture",
					cells[RegisterColumn.DATE_OF_BIRTH.ordinal()]));
			born = null;
		}
		else if (born != null && born.isBefore(EARLIEST_BIRTH)) {
			problems.add(new RowProblem(RegisterColumn.DATE_OF_BIRTH, "import.error.dateTooEarly",
					cells[RegisterColumn.DATE_OF_BIRTH.ordinal()]));
			born = null;
		}
		Sex sex = parsed(cells, RegisterColumn.SEX, problems, "import.error.sex", RegisterValues::sex);
		Ethnicity ethnicity = parsed(cells, RegisterColumn.ETHNICITY, problems, "import.error.ethnicity",
				RegisterValues::ethnicity);
		String citizenId = RegisterValues.digits(cells[RegisterColumn.CITIZEN_ID.ordinal()]);
		if (!citizenId.isEmpty()) {
			// Circular 59/2021/TT-BCA, Art. 7: the number carries the century, sex and
			// year of birth.
			CitizenId.check(citizenId, sex, born)
				.ifPresent(p -> problems.add(new RowProblem(RegisterColumn.CITIZEN_ID,
						"import.error.citizenId." + p.name(), cells[RegisterColumn.CITIZEN_ID.ordinal()])));
		}
		String card = cells[RegisterColumn.HEALTH_INSURANCE_CARD.ordinal()].replace(" ", "").toUpperCase(Locale.ROOT);
		if (!card.isEmpty() && !CARD.matcher(card).matches()) {
			problems.add(new RowProblem(RegisterColumn.HEALTH_INSURANCE_CARD, "import.error.card",
					cells[RegisterColumn.HEALTH_INSURANCE_CARD.ordinal()]));
		}
		return new PersonRow(row, code, commune, village, address, phone.isEmpty() ? null : phone, relationship, name,
				born, sex, ethnicity, citizenId.isEmpty() ? null : citizenId, card.isEmpty() ? null : card);
	}

	private static String required(String[] cells, RegisterColumn column, List<RowProblem> problems) {
		String value = cells[column.ordinal()];
		if (value.isEmpty()) {
			problems.add(new RowProblem(column, "import.error.required"));
		}
		return value;
	}

	private static <T> T parsed(String[] cells, RegisterColumn column, List<RowProblem> problems, String key,
			java.util.function.Function<String, java.util.Optional<T>> parser) {
		String value = cells[column.ordinal()];
		if (value.isEmpty()) {
			problems.add(new RowProblem(column, "import.error.required"));
			return null;
		}
		T result = parser.apply(value).orElse(null);
		if (result == null) {
			problems.add(new RowProblem(column, key, value));
		}
		return result;
	}

}

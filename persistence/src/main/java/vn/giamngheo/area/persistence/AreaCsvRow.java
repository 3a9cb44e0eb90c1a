package vn.giamngheo.area.persistence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import vn.giamngheo.area.AreaKind;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.AreaType;

/**
 * One row of the area CSV as {@link AreaImport} reads it: each cell checked on its own
 * (code, name, kind, area type, dates, the three flags), every bad cell reported with its
 * row and column.
 */
record AreaCsvRow(int number, String code, String name, AreaKind kind, String parentCode, AreaType areaType,
		boolean difficult, boolean p135, boolean minority, LocalDate from, LocalDate to, List<String> predecessors) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/**
	 * The row, or nothing when any of its cells is bad (each bad cell added to
	 * {@code errors}).
	 */
	static Optional<AreaCsvRow> parse(CSVRecord r, int n, List<RowError> errors) {
		int before = errors.size();
		String code = r.get("code");
		if (!code.matches("[0-9A-Za-z._-]{1,20}")) {
			errors.add(new RowError(n, "code", "areaImport.error.code"));
		}
		String name = r.get("name");
		if (name.isBlank() || name.length() > 200) {
			errors.add(new RowError(n, "name", "import.error.name"));
		}
		AreaKind kind = parseEnum(AreaKind.class, r.get("kind"));
		if (kind == null) {
			errors.add(new RowError(n, "kind", "import.error.kind", r.get("kind")));
		}
		AreaType type = r.get("area_type").isEmpty() ? null : parseEnum(AreaType.class, r.get("area_type"));
		if (!r.get("area_type").isEmpty() && type == null) {
			errors.add(new RowError(n, "area_type", "import.error.areaType", r.get("area_type")));
		}
		else if (kind != null && kind.level() == AreaLevel.COMMUNE && type == null) {
			errors.add(new RowError(n, "area_type", "import.error.areaTypeRequired"));
		}
		LocalDate from = parseDate(r.get("valid_from"));
		if (from == null) {
			errors.add(new RowError(n, "valid_from", "areaImport.error.date", r.get("valid_from")));
		}
		LocalDate to = r.get("valid_to").isEmpty() ? null : parseDate(r.get("valid_to"));
		if (!r.get("valid_to").isEmpty() && (to == null || (from != null && to.isBefore(from)))) {
			errors.add(new RowError(n, "valid_to", "import.error.validTo", r.get("valid_to")));
		}
		Boolean difficult = parseFlag(r, n, "especially_difficult", errors);
		Boolean p135 = parseFlag(r, n, "program_135", errors);
		Boolean minority = parseFlag(r, n, "ethnic_minority_region", errors);
		if (errors.size() > before) {
			return Optional.empty();
		}
		List<String> predecessors = r.get("predecessor_codes").isEmpty() ? List.of()
				: List.of(r.get("predecessor_codes").split("\\|"));
		return Optional.of(new AreaCsvRow(n, code, name.strip(), kind, r.get("parent_code"), type, difficult, p135,
				minority, from, to, predecessors.stream().map(String::strip).toList()));
	}

	private static Boolean parseFlag(CSVRecord r, int n, String column, List<RowError> errors) {
		String value = r.get(column).toLowerCase(Locale.ROOT);
		return switch (value) {
			case "", "0", "false", "không", "khong", "no" -> false;
			case "1", "true", "có", "co", "x", "yes" -> true;
			default -> {
				errors.add(new RowError(n, column, "import.error.flag", r.get(column)));
				yield false;
			}
		};
	}

	private static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text, DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}

package vn.giamngheo.household.persistence.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.giamngheo.household.importing.RegisterColumn;
import vn.giamngheo.shared.VietnameseText;

/**
 * Where each template column is in a file: found by its header (the template's or a
 * common Vietnamese one), or chosen by the official in the mapping step for a file in
 * another layout. Phone, citizen ID and health-insurance card may be absent; every other
 * column must be found.
 */
public final class ColumnMapping {

	static final Set<RegisterColumn> OPTIONAL = EnumSet.of(RegisterColumn.PHONE, RegisterColumn.CITIZEN_ID,
			RegisterColumn.HEALTH_INSURANCE_CARD);

	private final int[] index = new int[RegisterColumn.values().length];

	private final List<String> headers;

	/**
	 * The file's headers with a column it does not have: the official is asked to map
	 * them.
	 */
	public static final class MappingNeeded extends RuntimeException {

		private final List<String> headers;

		private final List<RegisterColumn> missing;

		MappingNeeded(List<String> headers, List<RegisterColumn> missing) {
			super("columns missing: " + missing);
			this.headers = List.copyOf(headers);
			this.missing = List.copyOf(missing);
		}

		public List<String> headers() {
			return headers;
		}

		public List<RegisterColumn> missing() {
			return missing;
		}

	}

	/**
	 * @param headers the file's header row
	 * @param chosen template column → file header, from the mapping step; empty to find
	 * the columns by header
	 */
	public static ColumnMapping of(List<String> headers, Map<RegisterColumn, String> chosen) {
		ColumnMapping mapping = new ColumnMapping(headers);
		java.util.Arrays.fill(mapping.index, -1);
		for (int i = 0; i < headers.size(); i++) {
			int column = i;
			RegisterColumn.byHeader(headers.get(i)).ifPresent(c -> {
				if (mapping.index[c.ordinal()] < 0) {
					mapping.index[c.ordinal()] = column;
				}
			});
		}
		chosen.forEach((column, header) -> {
			if (header == null || header.isBlank()) {
				mapping.index[column.ordinal()] = -1;
				return;
			}
			String wanted = VietnameseText.fold(header);
			for (int i = 0; i < headers.size(); i++) {
				if (VietnameseText.fold(headers.get(i)).equals(wanted)) {
					mapping.index[column.ordinal()] = i;
					return;
				}
			}
		});
		List<RegisterColumn> missing = new ArrayList<>();
		for (RegisterColumn c : RegisterColumn.values()) {
			if (mapping.index[c.ordinal()] < 0 && !OPTIONAL.contains(c)) {
				missing.add(c);
			}
		}
		if (!missing.isEmpty()) {
			throw new MappingNeeded(headers, missing);
		}
		return mapping;
	}

	private ColumnMapping(List<String> headers) {
		this.headers = List.copyOf(headers);
	}

	/** The row's cells in template order; a missing optional column reads as empty. */
	String[] cells(List<String> row) {
		String[] cells = new String[index.length];
		for (int c = 0; c < index.length; c++) {
			int i = index[c];
			cells[c] = i >= 0 && i < row.size() && row.get(i) != null ? row.get(i).strip() : "";
		}
		return cells;
	}

	/** For the audit: template column = file header, one a line. */
	public String describe() {
		Map<RegisterColumn, String> used = new EnumMap<>(RegisterColumn.class);
		for (RegisterColumn c : RegisterColumn.values()) {
			if (index[c.ordinal()] >= 0) {
				used.put(c, headers.get(index[c.ordinal()]));
			}
		}
		return used.entrySet()
			.stream()
			.map(e -> e.getKey().header() + "=" + e.getValue())
			.collect(Collectors.joining("\n"));
	}

	/** Parses the mapping step's choices (template header → file header). */
	public static Map<RegisterColumn, String> chosen(Map<String, String> byTemplateHeader) {
		Map<RegisterColumn, String> chosen = new EnumMap<>(RegisterColumn.class);
		for (RegisterColumn c : RegisterColumn.values()) {
			String h = byTemplateHeader.get(c.header());
			if (h != null) {
				chosen.put(c, h);
			}
		}
		return chosen;
	}

}

package vn.giamngheo.review.persistence.sheet;

import java.util.List;

/**
 * Where everything sits in a commune's review sheet, shared by the writer (web layer,
 * Apache POI) and the checker here, so that an error names the column the official sees.
 * Row numbers are Excel's (the first row is 1).
 *
 * <p>
 * Row 1 holds the title, row 2 the instructions, row 3 the headers; households start on
 * row 4. Columns A and B are hidden and locked: the household's id and the version of its
 * review when the sheet was made (0 if none), so an upload can tell a row that was copied
 * or edited online meanwhile.
 */
public record SheetLayout(List<String> indicatorCodes) {

	public static final int TITLE_ROW = 1;

	public static final int HEADER_ROW = 3;

	public static final int FIRST_DATA_ROW = 4;

	public static final int KEY = 0;

	public static final int VERSION = 1;

	public static final int CODE = 2;

	public static final int HEAD = 3;

	public static final int VILLAGE = 4;

	public static final int MEMBERS = 5;

	public static final int AREA_TYPE = 6;

	public static final int INCOME = 7;

	public static final int FIRST_INDICATOR = 8;

	public SheetLayout {
		indicatorCodes = List.copyOf(indicatorCodes);
	}

	public int indicatorColumn(int i) {
		return FIRST_INDICATOR + i;
	}

	public int columnCount() {
		return FIRST_INDICATOR + indicatorCodes.size();
	}

	/**
	 * The message key of a column's header (indicator columns use the engine's indicator
	 * names).
	 */
	public String headerKey(int column) {
		return switch (column) {
			case KEY -> "reviewSheet.column.key";
			case VERSION -> "reviewSheet.column.version";
			case CODE -> "reviewSheet.column.code";
			case HEAD -> "reviewSheet.column.head";
			case VILLAGE -> "reviewSheet.column.village";
			case MEMBERS -> "reviewSheet.column.members";
			case AREA_TYPE -> "reviewSheet.column.areaType";
			case INCOME -> "reviewSheet.column.income";
			default -> "poverty.indicator." + indicatorCodes.get(column - FIRST_INDICATOR);
		};
	}

	/** Excel's name of a zero-based column: 0 → A, 25 → Z, 26 → AA. */
	public static String letter(int column) {
		StringBuilder s = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			s.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return s.toString();
	}
}

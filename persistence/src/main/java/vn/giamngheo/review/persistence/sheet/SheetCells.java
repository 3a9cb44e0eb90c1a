package vn.giamngheo.review.persistence.sheet;

import vn.giamngheo.area.AreaType;
import vn.giamngheo.shared.VietnameseText;

/**
 * How a cell of the review sheet is read as typed: marks, area types and whole numbers in
 * the ways officers type them.
 */
final class SheetCells {

	private SheetCells() {
	}

	/**
	 * "X" marks a deficiency; an empty cell does not. Also accepted: có/không, 1/0.
	 * Anything else is refused.
	 */
	static Boolean mark(String text) {
		return switch (VietnameseText.fold(text).strip()) {
			case "", "0", "khong", "-" -> false;
			case "x", "1", "co" -> true;
			default -> null;
		};
	}

	static AreaType areaType(String text) {
		return switch (VietnameseText.fold(text).strip()) {
			case "nong thon", "rural" -> AreaType.RURAL;
			case "thanh thi", "urban" -> AreaType.URBAN;
			default -> null;
		};
	}

	/**
	 * A whole number as typed: "2500000", "2.500.000", "2,500,000", "2 500 000" or
	 * Excel's "2500000.0".
	 */
	static Long number(String text) {
		String t = text.strip().replace("\u00a0", "").replace(" ", "");
		if (t.matches("\\d+\\.0+")) {
			t = t.substring(0, t.indexOf('.'));
		}
		if (t.matches("\\d{1,3}([.,]\\d{3})+")) {
			t = t.replace(".", "").replace(",", "");
		}
		if (!t.matches("-?\\d{1,15}")) {
			return null;
		}
		return Long.parseLong(t);
	}

}

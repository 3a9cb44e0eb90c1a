package vn.giamngheo.shared.web.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.giamngheo.shared.web.documents.Spreadsheet.Decimal;
import vn.giamngheo.shared.web.documents.Spreadsheet.Money;
import vn.giamngheo.shared.web.documents.Spreadsheet.Percent;

/**
 * The cell styles of one {@link Spreadsheet} and how a typed value becomes a cell:
 * numbers numeric with Vietnamese display formats, money {@code #,##0" đ"}, percentages
 * {@code 0.00%}, dates {@code dd/mm/yyyy}, text that looks like a formula quoted. A
 * workbook holds at most 64,000 styles, so each is made once and shared.
 */
final class SheetStyles {

	private final SXSSFWorkbook book;

	final CellStyle text;

	final CellStyle quoted;

	final CellStyle header;

	final CellStyle title;

	private final CellStyle integer;

	private final CellStyle money;

	private final CellStyle percent;

	private final CellStyle date;

	private final CellStyle bold;

	private final CellStyle boldInteger;

	private final CellStyle boldMoney;

	private final CellStyle boldPercent;

	private final Map<String, CellStyle> decimals = new HashMap<>();

	SheetStyles(SXSSFWorkbook book) {
		this.book = book;
		text = book.createCellStyle();
		text.setVerticalAlignment(VerticalAlignment.TOP);
		quoted = book.createCellStyle();
		quoted.cloneStyleFrom(text);
		quoted.setQuotePrefixed(true);
		integer = numeric("#,##0", false);
		money = numeric("#,##0\" đ\"", false);
		percent = numeric("0.00%", false);
		date = numeric("dd/mm/yyyy", false);
		date.setAlignment(HorizontalAlignment.CENTER);
		boldInteger = numeric("#,##0", true);
		boldMoney = numeric("#,##0\" đ\"", true);
		boldPercent = numeric("0.00%", true);
		var boldFont = book.createFont();
		boldFont.setBold(true);
		bold = book.createCellStyle();
		bold.setFont(boldFont);
		header = book.createCellStyle();
		header.setFont(boldFont);
		header.setWrapText(true);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		for (BorderStyle b : new BorderStyle[] { BorderStyle.THIN }) {
			header.setBorderBottom(b);
			header.setBorderTop(b);
			header.setBorderLeft(b);
			header.setBorderRight(b);
		}
		var titleFont = book.createFont();
		titleFont.setBold(true);
		titleFont.setFontHeightInPoints((short) 13);
		title = book.createCellStyle();
		title.setFont(titleFont);
	}

	private CellStyle numeric(String format, boolean strong) {
		CellStyle s = book.createCellStyle();
		s.setDataFormat(book.createDataFormat().getFormat(format));
		if (strong) {
			var f = book.createFont();
			f.setBold(true);
			s.setFont(f);
		}
		return s;
	}

	private CellStyle decimal(int places, boolean strong) {
		String format = places == 0 ? "#,##0" : "#,##0." + "0".repeat(places);
		return decimals.computeIfAbsent(format + strong, k -> numeric(format, strong));
	}

	/**
	 * Writes a typed value (String, Long/Integer, {@link Money}, {@link Percent},
	 * {@link Decimal}, LocalDate, BigDecimal) into the cell, bold for a total row;
	 * returns the width it needs, in characters.
	 */
	int put(Cell cell, Object v, boolean strong) {
		if (v instanceof Money m) {
			cell.setCellValue(m.amount());
			cell.setCellStyle(strong ? boldMoney : money);
			return String.valueOf(m.amount()).length() * 4 / 3 + 3;
		}
		if (v instanceof Percent p) {
			cell.setCellValue(p.fraction().doubleValue());
			cell.setCellStyle(strong ? boldPercent : percent);
			return 8;
		}
		if (v instanceof Decimal d) {
			cell.setCellValue(d.value().doubleValue());
			cell.setCellStyle(decimal(d.places(), strong));
			return d.value().toPlainString().length() + 2;
		}
		if (v instanceof BigDecimal d) {
			cell.setCellValue(d.doubleValue());
			int places = Math.max(0, Math.min(4, d.stripTrailingZeros().scale()));
			cell.setCellStyle(decimal(places, strong));
			return d.toPlainString().length() + 2;
		}
		if (v instanceof Number n) {
			cell.setCellValue(n.longValue());
			cell.setCellStyle(strong ? boldInteger : integer);
			return String.valueOf(n.longValue()).length() * 4 / 3 + 1;
		}
		if (v instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(date);
			return 11;
		}
		String s = v.toString();
		cell.setCellValue(s);
		cell.setCellStyle(Spreadsheet.looksLikeFormula(s) ? quoted : strong ? bold : text);
		return s.length() + 1;
	}

}

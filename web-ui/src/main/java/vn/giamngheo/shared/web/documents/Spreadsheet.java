package vn.giamngheo.shared.web.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one way the application writes Excel files, so that an officer can sum, sort and
 * chart what they download: numbers are numeric cells with Vietnamese display formats
 * (Excel shows the grouping of the reader's locale, "1.500" in Vietnamese), money as
 * {@code #,##0" đ"}, percentages as fractions formatted {@code 0.00%}, dates as date
 * cells {@code dd/mm/yyyy}; the header row is frozen and printed on every page; pages are
 * A4 (landscape for wide tables), fitted to the width, numbered "Trang x/y". Text a
 * person typed that starts with {@code = + - @} is stored as text with the quote prefix,
 * so Excel never evaluates it as a formula (CSV/formula injection). POI's streaming
 * writer keeps only a window of rows in memory, so long lists (a commune's whole
 * register) need no large heap. The styles and how each type of value becomes a cell:
 * {@link SheetStyles}.
 */
public final class Spreadsheet implements AutoCloseable {

	/** An amount in đồng. */
	public record Money(long amount) {
	}

	/** A share written as a percentage: {@code fraction} 0.0536 shows as 5,36%. */
	public record Percent(BigDecimal fraction) {

		/**
		 * Part of a whole, exactly to six places; null (an empty cell) when the whole is
		 * zero.
		 */
		public static Percent of(long part, long whole) {
			return whole == 0 ? null : new Percent(
					BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_EVEN));
		}
	}

	/** A decimal number shown with {@code places} decimals. */
	public record Decimal(BigDecimal value, int places) {
	}

	private static final int WINDOW = 200;

	private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);

	private final SheetStyles styles = new SheetStyles(book);

	/**
	 * A new sheet of {@code columns} columns; Excel limits names to 31 characters without
	 * {@code \ / * ? : [ ]}.
	 */
	public Tab sheet(String name, int columns, boolean landscape) {
		// Commas too: a sheet name with one breaks the print-titles reference when POI
		// (and LibreOffice) read it back.
		String safe = name.replaceAll("[\\\\/*?:\\[\\],']", " ").replaceAll(" +", " ").strip();
		safe = safe.length() > 31 ? safe.substring(0, 31) : safe;
		Sheet sheet = book.createSheet(safe);
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(landscape);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setMargin(Sheet.LeftMargin, 0.5);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.getFooter().setCenter("Trang &P/&N");
		return new Tab(sheet, columns);
	}

	public int sheetCount() {
		return book.getNumberOfSheets();
	}

	public byte[] bytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void write(OutputStream out) throws IOException {
		book.write(out);
	}

	@Override
	public void close() {
		try {
			book.close(); // also deletes the streaming writer's temporary files
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** True for text Excel would read as a formula or a command: it must stay text. */
	public static boolean looksLikeFormula(String s) {
		return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
	}

	/** One sheet being written, row after row. */
	public final class Tab {

		private final Sheet sheet;

		private final int columns;

		private final int[] widths;

		private int next;

		private Tab(Sheet sheet, int columns) {
			this.sheet = sheet;
			this.columns = columns;
			this.widths = new int[columns];
		}

		/**
		 * A line across the table's width: the title (large, bold) or a plain note (area,
		 * period, status).
		 */
		public Tab title(String text) {
			return merged(text, styles.title);
		}

		public Tab line(String value) {
			return merged(value, styles.text);
		}

		private Tab merged(String value, CellStyle style) {
			Row row = sheet.createRow(next);
			Cell c = row.createCell(0);
			c.setCellValue(value);
			c.setCellStyle(looksLikeFormula(value) ? styles.quoted : style);
			if (columns > 1) {
				sheet.addMergedRegion(new CellRangeAddress(next, next, 0, columns - 1));
			}
			next++;
			return this;
		}

		public Tab blank() {
			next++;
			return this;
		}

		/**
		 * The column headings: frozen with everything above them and repeated on every
		 * printed page.
		 */
		public Tab header(List<String> headings) {
			Row row = sheet.createRow(next);
			row.setHeightInPoints(32);
			for (int c = 0; c < headings.size(); c++) {
				Cell cell = row.createCell(c);
				cell.setCellValue(headings.get(c));
				cell.setCellStyle(styles.header);
				widths[c] = Math.max(widths[c], Math.min(24, headings.get(c).length() / 2 + 2));
			}
			sheet.createFreezePane(0, next + 1);
			sheet.setRepeatingRows(new CellRangeAddress(next, next, 0, Math.max(0, headings.size() - 1)));
			next++;
			return this;
		}

		/**
		 * A data row of typed values: String, Long/Integer, {@link Money},
		 * {@link Percent}, {@link Decimal}, LocalDate, BigDecimal.
		 */
		public Tab row(List<?> values) {
			return write(values, false);
		}

		/** The total row, bold; its values are those shown on the page. */
		public Tab total(List<?> values) {
			return write(values, true);
		}

		private Tab write(List<?> values, boolean strong) {
			Row row = sheet.createRow(next++);
			for (int c = 0; c < values.size(); c++) {
				Object v = values.get(c);
				if (v == null || (v instanceof String s && s.isEmpty())) {
					continue;
				}
				int width = styles.put(row.createCell(c), v, strong);
				if (c < widths.length) {
					widths[c] = Math.max(widths[c], width);
				}
			}
			return this;
		}

		/**
		 * Column widths from what was written (the streaming writer cannot measure
		 * afterwards).
		 */
		public Spreadsheet done() {
			for (int c = 0; c < columns; c++) {
				sheet.setColumnWidth(c, Math.min(60, Math.max(6, widths[c] + 1)) * 256);
			}
			return Spreadsheet.this;
		}

	}

}

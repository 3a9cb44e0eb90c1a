package vn.giamngheo.review.sheet.web;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.review.persistence.sheet.SheetLayout;
import vn.giamngheo.review.persistence.sheet.SheetRow;
import vn.giamngheo.review.sheet.web.ReviewSheetWorkbook.Unreadable;
import vn.giamngheo.review.sheet.web.ReviewSheetWorkbook.Upload;

/**
 * Reads an uploaded review sheet as {@link ReviewSheetWorkbook#read} promises: the
 * signature in A3 and every row from row 4 on, as text, streaming the sheet's XML (POI's
 * event reader) instead of building the whole workbook in memory, and stopping past
 * {@link ReviewSheetWorkbook#MAX_ROWS} rows.
 */
final class SheetStreamReader {

	private SheetStreamReader() {
	}

	static Upload read(InputStream in, SheetLayout expected) throws Unreadable {
		StreamedRows handler = new StreamedRows(expected.columnCount());
		try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(in)) {
			org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(
					pkg);
			var strings = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg);
			var sheets = (org.apache.poi.xssf.eventusermodel.XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new Unreadable("reviewSheet.error.unreadable", null);
			}
			try (InputStream sheet = sheets.next()) {
				var xml = org.apache.poi.util.XMLHelper.newXMLReader();
				xml.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(
						reader.getStylesTable(), null, strings, handler, new RawValues(), false));
				xml.parse(new org.xml.sax.InputSource(sheet));
			}
		}
		catch (TooManyRows ex) {
			throw new Unreadable("reviewSheet.error.tooManyRows", ex);
		}
		catch (Unreadable ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new Unreadable("reviewSheet.error.unreadable", ex);
		}
		return new Upload(handler.signature, handler.rows);
	}

	private static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super("more than " + ReviewSheetWorkbook.MAX_ROWS + " rows", null, false, false);
		}

	}

	/**
	 * Numbers as the old reader gave them: whole numbers without separators, whatever the
	 * cell's format; but a cell formatted as a date reads as its date (dd/MM/yyyy), so a
	 * date typed into the income column is refused as a date instead of being taken for
	 * 46.357 đ.
	 */
	private static final class RawValues extends org.apache.poi.ss.usermodel.DataFormatter {

		@Override
		public String formatRawCellContents(double v, int formatIndex, String formatString, boolean use1904) {
			if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString)
					&& org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(v)) {
				return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(v, use1904)
					.toLocalDate()
					.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
			}
			return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
		}

		@Override
		public String formatRawCellContents(double v, int formatIndex, String formatString) {
			return formatRawCellContents(v, formatIndex, formatString, false);
		}

	}

	/** Collects the header's signature and the data rows, one row at a time. */
	private static final class StreamedRows
			implements org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler {

		final List<SheetRow> rows = new ArrayList<>();

		String signature = "";

		private final int width;

		private List<String> cells;

		StreamedRows(int width) {
			this.width = width;
		}

		@Override
		public void startRow(int rowNum) {
			cells = rowNum >= SheetLayout.FIRST_DATA_ROW - 1 ? new ArrayList<>(java.util.Collections.nCopies(width, ""))
					: null;
		}

		@Override
		public void endRow(int rowNum) {
			if (cells == null) {
				return;
			}
			SheetRow row = new SheetRow(rowNum + 1, cells);
			if (!row.blank()) {
				if (rows.size() >= ReviewSheetWorkbook.MAX_ROWS) {
					throw new TooManyRows();
				}
				rows.add(row);
			}
			cells = null;
		}

		@Override
		public void cell(String reference, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
			org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(reference);
			int column = ref.getCol();
			String text = value == null ? "" : value;
			if (ref.getRow() == SheetLayout.HEADER_ROW - 1 && column == SheetLayout.KEY) {
				signature = text;
			}
			if (cells != null && column < width) {
				cells.set(column, text);
			}
		}

	}

}

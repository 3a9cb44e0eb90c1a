package vn.giamngheo.review.sheet.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.review.persistence.sheet.ReviewSheets.PrefilledRow;
import vn.giamngheo.review.persistence.sheet.ReviewSheets.SheetData;
import vn.giamngheo.review.persistence.sheet.SheetLayout;
import vn.giamngheo.review.persistence.sheet.SheetRow;

/**
 * Writes a commune's review sheet pre-filled from the registry, and reads an uploaded one
 * back into rows of text for {@code ReviewSheets} to check ({@link SheetStreamReader}).
 * Layout: {@link SheetLayout}. Cell A3 (hidden) carries the sheet's signature (campaign,
 * commune, standard), so a sheet of another commune or campaign is refused as a whole.
 */
@Component
class ReviewSheetWorkbook {

	static final Locale VI = Locale.forLanguageTag("vi");

	static final String RURAL = "Nông thôn";

	static final String URBAN = "Thành thị";

	/**
	 * Thrown when the upload is not a readable .xlsx sheet; carries the message key to
	 * show.
	 */
	static class Unreadable extends Exception {

		final String messageKey;

		Unreadable(String messageKey, Throwable cause) {
			super(messageKey, cause);
			this.messageKey = messageKey;
		}

	}

	/** The rows of an uploaded sheet and the signature it carries. */
	record Upload(String signature, List<SheetRow> rows) {
	}

	private final MessageSource messages;

	ReviewSheetWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	static String signature(SheetData data) {
		return new vn.giamngheo.review.persistence.sheet.ReviewSheets.SheetInfo(data.campaign(), data.communeId(),
				data.communeName(), data.standard(), data.layout())
			.signature();
	}

	byte[] write(SheetData data) {
		SheetLayout layout = data.layout();
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("Rà soát");
			CellStyle bold = wb.createCellStyle();
			XSSFFont boldFont = wb.createFont();
			boldFont.setBold(true);
			bold.setFont(boldFont);
			CellStyle header = wb.createCellStyle();
			header.cloneStyleFrom(bold);
			header.setWrapText(true);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle wrap = wb.createCellStyle();
			wrap.setWrapText(true);
			CellStyle input = wb.createCellStyle();
			input.setLocked(false);
			input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle money = wb.createCellStyle();
			money.cloneStyleFrom(input);
			money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
			CellStyle mark = wb.createCellStyle();
			mark.cloneStyleFrom(input);
			mark.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
			int last = layout.columnCount() - 1;

			Row title = sheet.createRow(SheetLayout.TITLE_ROW - 1);
			title.createCell(SheetLayout.CODE)
				.setCellValue(msg("standard.sheet.title", data.campaign().year(), data.communeName(),
						vn.giamngheo.poverty.web.StandardNames.name(data.standard(), messages, VI)));
			title.getCell(SheetLayout.CODE).setCellStyle(bold);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, SheetLayout.CODE, last));
			Row help = sheet.createRow(1);
			help.setHeightInPoints(48);
			help.createCell(SheetLayout.CODE).setCellValue(msg("reviewSheet.file.instructions"));
			help.getCell(SheetLayout.CODE).setCellStyle(wrap);
			sheet.addMergedRegion(new CellRangeAddress(1, 1, SheetLayout.CODE, last));

			Row head = sheet.createRow(SheetLayout.HEADER_ROW - 1);
			head.setHeightInPoints(60);
			for (int c = 0; c <= last; c++) {
				String text = c >= SheetLayout.FIRST_INDICATOR
						? (c - SheetLayout.FIRST_INDICATOR + 1) + ". " + msg(layout.headerKey(c))
						: msg(layout.headerKey(c));
				Cell cell = head.createCell(c);
				cell.setCellValue(text);
				cell.setCellStyle(header);
			}
			head.getCell(SheetLayout.KEY).setCellValue(signature(data));

			int r = SheetLayout.FIRST_DATA_ROW - 1;
			for (PrefilledRow p : data.rows()) {
				Row row = sheet.createRow(r++);
				row.createCell(SheetLayout.KEY).setCellValue(String.valueOf(p.householdId()));
				// Empty when the household had no review: "no review yet" must not read
				// as version 0 of a new one.
				row.createCell(SheetLayout.VERSION)
					.setCellValue(p.reviewVersion() == null ? "" : String.valueOf(p.reviewVersion()));
				row.createCell(SheetLayout.CODE).setCellValue(p.code());
				row.createCell(SheetLayout.HEAD).setCellValue(p.headName());
				row.createCell(SheetLayout.VILLAGE).setCellValue(p.village());
				Cell members = row.createCell(SheetLayout.MEMBERS);
				members.setCellValue(p.memberCount());
				members.setCellStyle(input);
				Cell area = row.createCell(SheetLayout.AREA_TYPE);
				area.setCellValue(p.areaType() == AreaType.URBAN ? URBAN : RURAL);
				area.setCellStyle(input);
				Cell income = row.createCell(SheetLayout.INCOME);
				if (p.monthlyIncomePerCapita() != null) {
					income.setCellValue(p.monthlyIncomePerCapita());
				}
				income.setCellStyle(money);
				for (int i = 0; i < layout.indicatorCodes().size(); i++) {
					Cell cell = row.createCell(layout.indicatorColumn(i));
					if (p.deficiencies().contains(layout.indicatorCodes().get(i))) {
						cell.setCellValue("X");
					}
					cell.setCellStyle(mark);
				}
			}
			int lastRow = Math.max(r - 1, SheetLayout.FIRST_DATA_ROW - 1);
			DataValidationHelper dv = sheet.getDataValidationHelper();
			validation(sheet, dv, dv.createExplicitListConstraint(new String[] { "X" }), lastRow,
					SheetLayout.FIRST_INDICATOR, last, "reviewSheet.file.markHelp");
			validation(sheet, dv, dv.createExplicitListConstraint(new String[] { RURAL, URBAN }), lastRow,
					SheetLayout.AREA_TYPE, SheetLayout.AREA_TYPE, "reviewSheet.file.areaTypeHelp");
			validation(sheet, dv,
					dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1000000000"),
					lastRow, SheetLayout.INCOME, SheetLayout.INCOME, "reviewSheet.file.incomeHelp");
			validation(sheet, dv, dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1", "99"),
					lastRow, SheetLayout.MEMBERS, SheetLayout.MEMBERS, "reviewSheet.file.membersHelp");

			sheet.setColumnHidden(SheetLayout.KEY, true);
			sheet.setColumnHidden(SheetLayout.VERSION, true);
			sheet.setColumnWidth(SheetLayout.CODE, 14 * 256);
			sheet.setColumnWidth(SheetLayout.HEAD, 26 * 256);
			sheet.setColumnWidth(SheetLayout.VILLAGE, 16 * 256);
			sheet.setColumnWidth(SheetLayout.MEMBERS, 9 * 256);
			sheet.setColumnWidth(SheetLayout.AREA_TYPE, 12 * 256);
			sheet.setColumnWidth(SheetLayout.INCOME, 16 * 256);
			for (int c = SheetLayout.FIRST_INDICATOR; c <= last; c++) {
				sheet.setColumnWidth(c, 11 * 256);
			}
			sheet.createFreezePane(SheetLayout.VILLAGE, SheetLayout.FIRST_DATA_ROW - 1);
			// Printing (issue 13): A4 landscape, one page wide, title and headings on
			// every page, numbered pages.
			sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
			sheet.getPrintSetup().setLandscape(true);
			sheet.setFitToPage(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + (SheetLayout.FIRST_DATA_ROW - 1)));
			sheet.getFooter().setCenter("Trang &P/&N");
			// Locked cells (key, code, names) are protected; the yellow input cells are
			// not. No password: the lock
			// prevents slips, it is not security (the upload checks everything again).
			sheet.protectSheet("");
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void validation(Sheet sheet, DataValidationHelper dv, DataValidationConstraint constraint, int lastRow,
			int firstColumn, int lastColumn, String helpKey) {
		DataValidation validation = dv.createValidation(constraint,
				new CellRangeAddressList(SheetLayout.FIRST_DATA_ROW - 1, lastRow, firstColumn, lastColumn));
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(true);
		validation.createErrorBox(msg("reviewSheet.file.invalid"), msg(helpKey));
		sheet.addValidationData(validation);
	}

	/**
	 * Most data rows an upload may have: more than any commune's register, far below what
	 * would exhaust memory or the database's 65,535 bind parameters (issue 11, finding
	 * 2).
	 */
	static final int MAX_ROWS = 30_000;

	static {
		// Zip-bomb guard (POI-wide, set when this bean loads at start-up): refuse entries
		// that inflate more than
		// 100 times or beyond 200 MB.
		org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.01);
		org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
	}

	/**
	 * Reads the first sheet: the signature in A3 and every row from row 4 on, as text.
	 * Streams the sheet's XML (POI's event reader) instead of building the whole workbook
	 * in memory, and stops past {@link #MAX_ROWS} rows.
	 */
	Upload read(InputStream in, SheetLayout expected) throws Unreadable {
		return SheetStreamReader.read(in, expected);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, VI);
	}

}

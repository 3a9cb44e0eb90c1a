package vn.giamngheo.report.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes {@link ReportTable}s to Excel (Apache POI) and PDF (OpenPDF), one sheet or section per table. */
final class ReportExport {

	/** Fonts with Vietnamese letters, tried in order; PDF falls back to Helvetica (no diacritics) without one. */
	private static final List<String> FONTS = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
			"/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
			"C:/Windows/Fonts/arial.ttf", "/Library/Fonts/Arial.ttf");

	private ReportExport() {
	}

	static byte[] excel(String heading, List<ReportTable> tables) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = book.createCellStyle();
			var font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle right = book.createCellStyle();
			right.setAlignment(HorizontalAlignment.RIGHT);
			for (ReportTable table : tables) {
				Sheet sheet = book.createSheet(safeSheetName(table.title(), book.getNumberOfSheets()));
				int r = 0;
				sheet.createRow(r++).createCell(0).setCellValue(heading);
				Cell title = sheet.createRow(r++).createCell(0);
				title.setCellValue(table.title());
				title.setCellStyle(bold);
				r++;
				r = row(sheet, r, table.headers(), bold, bold);
				for (List<String> cells : table.rows()) {
					r = row(sheet, r, cells, null, right);
				}
				if (table.total() != null) {
					row(sheet, r, table.total(), bold, bold);
				}
				for (int c = 0; c < table.headers().size(); c++) {
					sheet.autoSizeColumn(c);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	/** Numbers are written as shown on the page ("1.938", "4,47%"), the way district reports print them. */
	private static int row(Sheet sheet, int r, List<String> cells, CellStyle first, CellStyle rest) {
		Row row = sheet.createRow(r);
		for (int c = 0; c < cells.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(cells.get(c));
			CellStyle style = c == 0 ? first : rest;
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
		return r + 1;
	}

	private static String safeSheetName(String title, int index) {
		String name = title.replaceAll("[\\\\/*?:\\[\\]]", " ");
		name = (index + 1) + ". " + name;
		return name.length() > 31 ? name.substring(0, 31) : name;
	}

	static byte[] pdf(String heading, List<ReportTable> tables) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
		PdfWriter.getInstance(document, out);
		document.open();
		Font normal = font(8, Font.NORMAL);
		Font bold = font(8, Font.BOLD);
		Font title = font(12, Font.BOLD);
		document.add(new Paragraph(heading, title));
		for (ReportTable table : tables) {
			Paragraph p = new Paragraph(table.title(), font(10, Font.BOLD));
			p.setSpacingBefore(10);
			p.setSpacingAfter(6);
			document.add(p);
			PdfPTable pdf = new PdfPTable(table.headers().size());
			pdf.setWidthPercentage(100);
			pdf.setHeaderRows(1);
			for (String h : table.headers()) {
				pdf.addCell(cell(h, bold, Element.ALIGN_CENTER));
			}
			for (List<String> cells : table.rows()) {
				for (int c = 0; c < cells.size(); c++) {
					pdf.addCell(cell(cells.get(c), normal, c == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
				}
			}
			if (table.total() != null) {
				for (int c = 0; c < table.total().size(); c++) {
					pdf.addCell(cell(table.total().get(c), bold, c == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
				}
			}
			document.add(pdf);
		}
		document.close();
		return out.toByteArray();
	}

	private static PdfPCell cell(String text, Font font, int align) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(align);
		cell.setPadding(3);
		return cell;
	}

	private static Font font(float size, int style) {
		for (String path : FONTS) {
			if (Files.isReadable(Path.of(path))) {
				try {
					return new Font(BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED), size, style);
				}
				catch (Exception ex) {
					// try the next font
				}
			}
		}
		return new Font(Font.HELVETICA, size, style);
	}
}

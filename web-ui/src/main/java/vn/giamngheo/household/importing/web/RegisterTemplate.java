package vn.giamngheo.household.importing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.giamngheo.household.importing.RegisterColumn;

/**
 * The import template users download: the contract's headers in the first row, two
 * example households below (to be replaced), and, in the .xlsx, a second sheet explaining
 * each column.
 */
@Component
class RegisterTemplate {

	static final List<List<String>> EXAMPLE = List.of(
			List.of("HO-0001", "XA01", "XA01-AP1", "Tổ 3, ấp Chợ", "0912345678", "Chủ hộ", "Thạch Sa Rươne",
					"15/04/1978", "Nam", "Khmer", "084078000123", "HN4840000000001"),
			List.of("HO-0001", "XA01", "XA01-AP1", "Tổ 3, ấp Chợ", "0912345678", "Vợ", "Kim Thị Sa Ly", "02/09/1981",
					"Nữ", "Khmer", "", ""),
			List.of("HO-0001", "XA01", "XA01-AP1", "Tổ 3, ấp Chợ", "0912345678", "Con", "Thạch Minh", "20/11/2012",
					"Nam", "Khmer", "", "TE1840000000002"));

	private final MessageSource messages;

	RegisterTemplate(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * UTF-8 with a byte-order mark, so that Excel opens the Vietnamese letters correctly.
	 */
	byte[] csv() {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(String.join(",", RegisterColumn.headers())).append("\r\n");
		for (List<String> row : EXAMPLE) {
			out.append(String.join(",", row.stream().map(v -> v.contains(",") ? '"' + v + '"' : v).toList()))
				.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx() {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("register");
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle text = wb.createCellStyle();
			text.setDataFormat(wb.createDataFormat().getFormat("@"));
			Row header = sheet.createRow(0);
			List<String> headers = RegisterColumn.headers();
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
				header.getCell(c).setCellStyle(bold);
				sheet.setDefaultColumnStyle(c, text);
				sheet.setColumnWidth(c, 18 * 256);
			}
			for (int r = 0; r < EXAMPLE.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < headers.size(); c++) {
					row.createCell(c).setCellValue(EXAMPLE.get(r).get(c));
					row.getCell(c).setCellStyle(text);
				}
			}
			sheet.createFreezePane(0, 1);
			Sheet help = wb
				.createSheet(messages.getMessage("import.template.helpSheet", null, LocaleContextHolder.getLocale()));
			for (int c = 0; c < headers.size(); c++) {
				Row row = help.createRow(c);
				row.createCell(0).setCellValue(headers.get(c));
				row.createCell(1)
					.setCellValue(messages.getMessage("import.column." + headers.get(c), null,
							LocaleContextHolder.getLocale()));
			}
			help.setColumnWidth(0, 24 * 256);
			help.setColumnWidth(1, 110 * 256);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

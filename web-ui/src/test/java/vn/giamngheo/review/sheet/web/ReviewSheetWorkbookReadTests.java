package vn.giamngheo.review.sheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.giamngheo.review.persistence.sheet.SheetLayout;
import vn.giamngheo.review.persistence.sheet.SheetRow;

/**
 * How uploaded cells are read: as the person typed them, so the check can refuse what is
 * not a number.
 */
class ReviewSheetWorkbookReadTests {

	@Test
	void aDateTypedIntoTheIncomeColumnIsReadAsADateNotAsItsSerialNumber() throws Exception {
		SheetLayout layout = new SheetLayout(List.of("EMPLOYMENT", "HEALTH_INSURANCE"));
		byte[] xlsx;
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet();
			sheet.createRow(SheetLayout.HEADER_ROW - 1).createCell(SheetLayout.KEY).setCellValue("GN-RS:1:2:X:1");
			Row row = sheet.createRow(SheetLayout.FIRST_DATA_ROW - 1);
			row.createCell(SheetLayout.CODE).setCellValue("TV-00001");
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			var income = row.createCell(SheetLayout.INCOME);
			income.setCellValue(LocalDate.of(2026, 12, 1));
			income.setCellStyle(date);
			row.createCell(SheetLayout.MEMBERS).setCellValue(4);
			wb.write(out);
			xlsx = out.toByteArray();
		}

		SheetRow read = new ReviewSheetWorkbook(new StaticMessageSource()).read(new ByteArrayInputStream(xlsx), layout)
			.rows()
			.get(0);

		assertThat(read.cell(SheetLayout.INCOME)).isEqualTo("01/12/2026").isNotEqualTo("46357");
		assertThat(read.cell(SheetLayout.MEMBERS)).isEqualTo("4");
	}

}

package vn.giamngheo.shared.web.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.giamngheo.DocumentText;
import vn.giamngheo.shared.web.documents.OfficialDocument.Issuer;
import vn.giamngheo.shared.web.documents.OfficialDocument.Signer;

/**
 * The shared layout of every PDF and the shared writer of every workbook, without the
 * application.
 */
class DocumentLayoutTests {

	@Test
	void aLongTableRepeatsItsCaptionAndHeadingsOnEveryPageAndEveryPageIsNumbered() {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 120; i++) {
			rows.add(List.of(String.valueOf(i), "Thạch Thị Lụa " + i, "Ấp Chợ"));
		}
		byte[] pdf = OfficialDocument
			.open(false, "Thử", Issuer.commune("xã", "Ngãi Xuyên"), "12/TB-UBND", LocalDate.of(2024, 3, 5))
			.title("Danh sách thử", "Năm 2024")
			.table("Bảng 1. Các hộ", new float[] { 1, 4, 2 }, List.of("STT", "Họ và tên chủ hộ", "Ấp/khóm"), rows, null,
					Set.of(0), 10)
			.signatures(List.of("Lưu: VT."),
					List.of(new Signer("", "NGƯỜI LẬP BIỂU", "Kim Thị Sa Rây"),
							new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "")))
			.finish();

		int pages = DocumentText.pdfPages(pdf);
		assertThat(pages).isGreaterThan(1);
		DocumentText.screenshot(pdf, "van-ban-bo-cuc");
		String first = DocumentText.pdfPage(pdf, 1);
		assertThat(first).contains("ỦY BAN NHÂN DÂN", "XÃ NGÃI XUYÊN", OfficialDocument.MOTTO, OfficialDocument.SLOGAN,
				"Số: 12/TB-UBND", "Ngãi Xuyên, ngày 05 tháng 03 năm 2024", "DANH SÁCH THỬ", "Trang 1/" + pages);
		for (int p = 2; p <= pages; p++) {
			String page = DocumentText.pdfPage(pdf, p);
			assertThat(page).contains("Trang " + p + "/" + pages);
			if (page.contains("Thạch Thị Lụa")) {
				assertThat(page).as("page %d", p).contains("Bảng 1. Các hộ", "Họ và tên chủ hộ");
			}
		}
		assertThat(DocumentText.pdf(pdf)).contains("Thạch Thị Lụa 120", "NGƯỜI LẬP BIỂU", "Kim Thị Sa Rây",
				"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nơi nhận:");
	}

	@Test
	void aDistrictDocumentAfterTheReformIsIssuedByTheProvincialDepartment() {
		assertThat(Issuer.districtOrProvince("huyện", "Trà Cú", "Trà Vinh", LocalDate.of(2025, 6, 30)).body())
			.isEqualTo("ỦY BAN NHÂN DÂN\nHUYỆN TRÀ CÚ");
		Issuer after = Issuer.districtOrProvince("huyện", "Trà Cú", "Trà Vinh", LocalDate.of(2025, 7, 1));
		assertThat(after.superior()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH");
		assertThat(after.body()).isEqualTo("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
		assertThat(Issuer.province("Trà Vinh", LocalDate.of(2024, 12, 1)).body())
			.isEqualTo("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
	}

	@Test
	void numbersMoneyPercentagesAndDatesAreTypedCellsWithVietnameseFormats() throws Exception {
		byte[] xlsx;
		try (Spreadsheet book = new Spreadsheet()) {
			book.sheet("Thử", 6, true)
				.title("Tiêu đề")
				.line("Ghi chú")
				.blank()
				.header(List.of("Xã", "Số hộ", "Số tiền", "Tỷ lệ", "Ngày", "Bình quân"))
				.row(Arrays.asList("Ngãi Xuyên", 1100L, new Spreadsheet.Money(313_672_905L),
						Spreadsheet.Percent.of(536, 10_000), LocalDate.of(2024, 12, 14),
						new Spreadsheet.Decimal(new BigDecimal("2.75"), 2)))
				.total(Arrays.asList("Tổng cộng", 1100L, new Spreadsheet.Money(313_672_905L)))
				.done();
			xlsx = book.bytes();
		}
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			var row = sheet.getRow(4);
			assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1100d);
			assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(313_672_905d);
			assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0\" đ\"");
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(0.0536d);
			assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
			assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 12, 14));
			assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(313_672_905d);
			// The header row stays in view and is printed on every page; A4 landscape,
			// fitted to the width.
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getFooter().getCenter()).isEqualTo("Trang &P/&N");
		}
	}

	@Test
	void textAPersonTypedThatExcelWouldRunAsAFormulaIsStoredAsQuotedText() throws Exception {
		byte[] xlsx;
		try (Spreadsheet book = new Spreadsheet()) {
			book.sheet("Thử", 4, false)
				.header(List.of("A", "B", "C", "D"))
				.row(List.of("=HYPERLINK(\"http://x\",\"Bấm\")", "+84 123", "-1+2", "@SUM(A1)"))
				.row(List.of("Nguyễn Văn An", "Ấp Chợ", "Ngãi Xuyên", "Hộ nghèo"))
				.done();
			xlsx = book.bytes();
		}
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var dangerous = wb.getSheetAt(0).getRow(1);
			for (int c = 0; c < 4; c++) {
				assertThat(dangerous.getCell(c).getCellType()).isEqualTo(CellType.STRING);
				assertThat(dangerous.getCell(c).getCellStyle().getQuotePrefixed()).isTrue();
			}
			assertThat(dangerous.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"Bấm\")");
			assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

}

package vn.giamngheo.shared.web.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.giamngheo.DocumentText;
import vn.giamngheo.RawCode;
import vn.giamngheo.plan.persistence.PlanTargets;
import vn.giamngheo.plan.persistence.Plans;
import vn.giamngheo.plan.persistence.TargetAllocations;
import vn.giamngheo.plan.web.TraCuPlanSeed;

/**
 * Every report, list and plan an officer downloads, opened as Excel and PDF would open
 * it: numbers are numeric cells in Vietnamese formats, totals equal the rows, the header
 * is frozen and printed on each A4 page; each PDF carries the issuing body, the national
 * motto, the place and date, the signature blocks and page numbers, in Vietnamese
 * letters; and no file shows a code or an unresolved message key.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class ExportFormatsTests {

	private static final List<String> VIEWS = List.of("communes", "indicators", "mpi", "support", "province");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Plans plans;

	@Autowired
	PlanTargets targets;

	@Autowired
	TargetAllocations allocations;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	byte[] download(String path, String username) throws Exception {
		return mvc.perform(get(path).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	@Test
	void theDistrictReportWorkbookHoldsNumbersAndPercentagesWhoseTotalsEqualTheirRows() throws Exception {
		byte[] xlsx = download("/reports/communes.xlsx?year=2024", "huyen.tracu");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			int header = 3;
			assertThat(sheet.getRow(header).getCell(1).getStringCellValue()).isNotBlank();
			int first = header + 1;
			int last = sheet.getLastRowNum();
			Row total = sheet.getRow(last);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			double households = 0;
			double poor = 0;
			for (int r = first; r < last; r++) {
				Row row = sheet.getRow(r);
				assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
				Cell count = row.getCell(1);
				assertThat(count.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(count.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
				households += count.getNumericCellValue();
				poor += row.getCell(2).getNumericCellValue();
				Cell rate = row.getCell(3);
				if (rate != null && rate.getCellType() == CellType.NUMERIC) {
					assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
					assertThat(rate.getNumericCellValue()).isBetween(0d, 1d)
						.isCloseTo(row.getCell(2).getNumericCellValue() / count.getNumericCellValue(),
								org.assertj.core.data.Offset.offset(0.00005));
				}
			}
			assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(households);
			assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(poor);
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
			assertThat(sheet.getRepeatingRows()).isNotNull();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
		}
	}

	@Test
	void everyReportIsAnOfficialDocumentAndAWorkbookWithoutCodes() throws Exception {
		for (String view : VIEWS) {
			String who = view.equals("province") ? "so.travinh" : "huyen.tracu";
			byte[] pdf = download("/reports/" + view + ".pdf?year=2024", who);
			String text = DocumentText.pdf(pdf);
			int pages = DocumentText.pdfPages(pdf);
			assertThat(text).as(view)
				.contains(OfficialDocument.MOTTO, OfficialDocument.SLOGAN, "Số:", ", ngày ", "NGƯỜI LẬP BIỂU",
						"Trang 1/" + pages, "Trang " + pages + "/" + pages, "NĂM 2024");
			assertThat(text).as(view)
				.contains(who.equals("so.travinh") ? "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH" : "ỦY BAN NHÂN DÂN");
			assertThat(RawCode.in(text)).as(view + ".pdf").isEmpty();
			assertThat(RawCode.in(DocumentText.xlsx(download("/reports/" + view + ".xlsx?year=2024", who))))
				.as(view + ".xlsx")
				.isEmpty();
			if (view.equals("communes") || view.equals("province")) {
				DocumentText.screenshot(pdf, "van-ban-bao-cao-" + view);
			}
		}
	}

	@Test
	void aDistrictReportPrintedAfterTheReformIsIssuedByTheProvincialDepartment() throws Exception {
		// The demo clock is today (after 1 Jul 2025): no district People's Committee any
		// more.
		String text = DocumentText.pdf(download("/reports/communes.pdf?year=2024", "huyen.tracu"));
		assertThat(text).contains("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Trà Vinh, ngày ").doesNotContain("HUYỆN TRÀ CÚ");
		String commune = DocumentText.pdf(download("/reports/communes.pdf?year=2024", "xa.ngaixuyen"));
		assertThat(commune).contains("XÃ NGÃI XUYÊN", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ngãi Xuyên, ngày ");
	}

	@Test
	void supportTotalsAreAmountsInDongAndCountsThatAddUp() throws Exception {
		byte[] xlsx = download("/support/totals/export.xlsx?from=01/01/2020&to=31/12/2030", "huyen.tracu");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			int last = sheet.getLastRowNum();
			double amount = 0;
			for (int r = 4; r < last; r++) {
				Cell cell = sheet.getRow(r).getCell(3);
				assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0\" đ\"");
				amount += cell.getNumericCellValue();
			}
			assertThat(sheet.getRow(last).getCell(3).getNumericCellValue()).isEqualTo(amount);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
		}
		assertThat(RawCode.in(DocumentText.xlsx(xlsx))).isEmpty();
	}

	@Test
	void coverageIsExportedWithSharesAsPercentagesAndTheHouseholdsThatGotNothing() throws Exception {
		byte[] xlsx = download("/support/coverage/export.xlsx?year=2024", "xa.ngaixuyen");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet shares = book.getSheetAt(0);
			assertThat(shares.getRow(0).getCell(0).getStringCellValue()).endsWith("năm 2024");
			Row insured = shares.getRow(3);
			assertThat(insured.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			if (insured.getCell(3) != null) {
				assertThat(insured.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
				assertThat(insured.getCell(3).getNumericCellValue()).isEqualTo(
						insured.getCell(1).getNumericCellValue() / insured.getCell(2).getNumericCellValue(),
						org.assertj.core.data.Offset.offset(0.000001));
			}
			Sheet nothing = book.getSheetAt(1);
			int listed = nothing.getLastRowNum() - 3;
			assertThat(nothing.getRow(nothing.getLastRowNum()).getCell(1).getNumericCellValue()).isEqualTo(listed);
		}
		assertThat(RawCode.in(DocumentText.xlsx(xlsx))).isEmpty();
		mvc.perform(get("/support/coverage/export.xlsx").with(as("so.travinh"))).andExpect(status().isForbidden());
	}

	@Test
	void aPlanIsExportedAsAWorkbookAndPrintedAsAnOfficialProgressReport() throws Exception {
		long plan = TraCuPlanSeed.install(plans, targets, allocations, jdbc, TraCuPlanSeed.scopeOf(jdbc, "Trà Cú"));
		byte[] xlsx = download("/plans/" + plan + "/export.xlsx", "huyen.tracu");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet targets = book.getSheetAt(0);
			assertThat(book.getNumberOfSheets()).isGreaterThan(1);
			boolean percentSeen = false;
			for (int r = 4; r <= targets.getLastRowNum(); r++) {
				Cell planned = targets.getRow(r).getCell(2);
				assertThat(planned.getCellType()).isEqualTo(CellType.NUMERIC);
				percentSeen |= planned.getCellStyle().getDataFormatString().equals("0.00%");
			}
			assertThat(percentSeen).as("rate targets are percentages").isTrue();
		}
		assertThat(RawCode.in(DocumentText.xlsx(xlsx))).isEmpty();
		byte[] pdf = download("/plans/" + plan + "/export.pdf", "huyen.tracu");
		String text = DocumentText.pdf(pdf);
		assertThat(text).contains(OfficialDocument.MOTTO, OfficialDocument.SLOGAN, "BÁO CÁO TIẾN ĐỘ", "12/KH-UBND",
				"NGƯỜI LẬP BIỂU", "CHỦ TỊCH", "Trang 1/");
		assertThat(RawCode.in(text)).isEmpty();
		DocumentText.screenshot(pdf, "van-ban-ke-hoach");
		mvc.perform(get("/plans/" + plan + "/export.xlsx").with(as("admin"))).andExpect(status().isForbidden());
	}

}

package vn.giamngheo.review.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.giamngheo.account.Scope;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.sheet.ReviewSheets;
import vn.giamngheo.review.persistence.sheet.SheetLayout;
import vn.giamngheo.review.persistence.sheet.SheetRow;
import vn.giamngheo.review.sheet.ReviewTestData;

/**
 * The certificate PDF rendered and its text read back (Vietnamese letters included), the
 * commune's lists, and scope. The first page of each document is also rendered (PDFBox)
 * to target/screenshots for the user guide.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class ReviewDocumentsTests {

	private static final int YEAR = 2022;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewService reviews;

	@Autowired
	vn.giamngheo.review.steps.persistence.ReviewStepRecords stepRecords;

	@Autowired
	ReviewSheets sheets;

	long campaign;

	long ngaiXuyen;

	long approved;

	long draft;

	Map<String, Object> household;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@BeforeEach
	void setUp() {
		campaign = ReviewTestData.campaign(jdbc, users, reviews, YEAR);
		ngaiXuyen = ReviewTestData.communeId(jdbc, "Ngãi Xuyên");
		Scope official = ReviewTestData.scopeOf(users, "xa.ngaixuyen");
		List<Long> existing = jdbc.queryForList("""
				SELECT id FROM household_review WHERE campaign_id = ? AND state = 'APPROVED' ORDER BY id""", Long.class,
				campaign);
		if (existing.isEmpty()) {
			// Two poor households that stay poor: one approved by the chair's decision,
			// one left as a draft.
			List<Map<String, Object>> poor = jdbc.queryForList("""
					SELECT h.id, h.code FROM household h WHERE h.commune_id = ? AND h.category = 'POOR'
					  AND h.member_count >= 2 ORDER BY h.id LIMIT 2""", ngaiXuyen);
			SheetLayout layout = sheets.info(campaign, ngaiXuyen, official).layout();
			List<SheetRow> rows = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				List<String> cells = new ArrayList<>(Collections.nCopies(layout.columnCount(), ""));
				cells.set(SheetLayout.CODE, (String) poor.get(i).get("code"));
				cells.set(SheetLayout.AREA_TYPE, "Nông thôn");
				cells.set(SheetLayout.INCOME, "1000000");
				for (int k = 0; k < 3; k++) {
					cells.set(layout.indicatorColumn(k), "X");
				}
				rows.add(new SheetRow(4 + i, cells));
			}
			sheets.write(campaign, ngaiXuyen, rows.subList(0, 1), official, "xa.ngaixuyen", (p, d, t) -> {
			});
			reviews.submitList(campaign, ngaiXuyen, official, "xa.ngaixuyen");
			vn.giamngheo.testsupport.RecordedSteps.meetingAndPosting(jdbc, stepRecords, campaign, ngaiXuyen, official,
					"xa.ngaixuyen");
			reviews.markPosted(campaign, ngaiXuyen, official, "xa.ngaixuyen");
			// Decision 24/2021 with a district (a campaign before 01/07/2025): the
			// district's opinion comes first.
			reviews.consolidate(campaign, ngaiXuyen, ReviewTestData.scopeOf(users, "huyen.tracu"), "huyen.tracu");
			reviews.approveList(campaign, ngaiXuyen, "125/QĐ-UBND", LocalDate.of(YEAR, 12, 12), official,
					"xa.ngaixuyen");
			jdbc.update("UPDATE commune_review_list SET locked = FALSE WHERE campaign_id = ? AND commune_id = ?",
					campaign, ngaiXuyen);
			sheets.write(campaign, ngaiXuyen, rows.subList(1, 2), official, "xa.ngaixuyen", (p, d, t) -> {
			});
			jdbc.update("UPDATE commune_review_list SET locked = TRUE WHERE campaign_id = ? AND commune_id = ?",
					campaign, ngaiXuyen);
		}
		approved = jdbc.queryForObject("SELECT id FROM household_review WHERE campaign_id = ? AND state = 'APPROVED'",
				Long.class, campaign);
		draft = jdbc.queryForObject("SELECT id FROM household_review WHERE campaign_id = ? AND state = 'DRAFT'",
				Long.class, campaign);
		household = jdbc.queryForMap("""
				SELECT h.head_name, h.code, m.full_name, to_char(m.date_of_birth, 'DD/MM/YYYY') AS born
				FROM household_review r JOIN household h ON h.id = r.household_id
				JOIN household_member m ON m.household_id = h.id WHERE r.id = ? ORDER BY m.id DESC LIMIT 1""",
				approved);
	}

	@Test
	void theCertificateIsAnA4PdfWhoseTextNamesTheHouseholdTheDecisionAndTheStandardInVietnamese() throws Exception {
		byte[] pdf = mvc.perform(get("/reviews/" + approved + "/certificate.pdf").with(as("xa.ngaixuyen")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		PdfReader reader = new PdfReader(pdf);
		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f, org.assertj.core.data.Offset.offset(1f));
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		reader.close();
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"ỦY BAN NHÂN DÂN", "XÃ NGÃI XUYÊN", "GIẤY CHỨNG NHẬN HỘ NGHÈO", "Năm " + (YEAR + 1),
				(String) household.get("head_name"), (String) household.get("code"), "Quyết định số 125/QĐ-UBND",
				"12/12/" + YEAR, "chuẩn nghèo đa chiều giai đoạn 2022–2025", "07/2021/NĐ-CP",
				(String) household.get("full_name"), (String) household.get("born"), "huyện Trà Cú", "tỉnh Trà Vinh",
				"Thời hạn: từ ngày 12/12/" + YEAR + " đến ngày 31/12/" + (YEAR + 1));

		// The official layout (Decree 30/2020): issuing body, motto, number, place and
		// date, signature, page number.
		String all = vn.giamngheo.DocumentText.pdf(pdf);
		assertThat(all)
			.contains("Số: " + household.get("code") + "/GCN-HN", "Ngãi Xuyên, ngày 12 tháng 12 năm " + YEAR,
					"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nơi nhận:", "Trang 1/1")
			.doesNotContain("phiên bản");
		assertThat(vn.giamngheo.RawCode.in(all)).isEmpty();
		vn.giamngheo.DocumentText.screenshot(pdf, "giay-chung-nhan");
	}

	@Test
	void noCertificateForAReviewNotYetRecognised() throws Exception {
		mvc.perform(get("/reviews/" + draft + "/certificate.pdf").with(as("xa.ngaixuyen")))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("Chỉ cấp giấy chứng nhận khi Chủ tịch UBND xã đã ra quyết định công nhận")));
	}

	@Test
	void thePostingListShowsOnlyCodeHeadVillageAndCategoryTheDistrictListEverything() throws Exception {
		String base = "/reviews/campaigns/" + campaign + "/communes/" + ngaiXuyen;
		byte[] posting = mvc.perform(get(base + "/list.pdf?purpose=POSTING").with(as("xa.ngaixuyen")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfReader reader = new PdfReader(posting);
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		reader.close();
		assertThat(text).contains("DANH SÁCH HỘ NGHÈO", (String) household.get("head_name"), "Hộ nghèo")
			.doesNotContain("Dân tộc", "CCCD", "Thu nhập", "Khmer");
		String posted = vn.giamngheo.DocumentText.pdf(posting);
		assertThat(posted).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"XÃ NGÃI XUYÊN", "/TB-UBND", "Ngãi Xuyên, ngày 12 tháng 12 năm " + YEAR, "NGƯỜI LẬP BIỂU", "CHỦ TỊCH",
				"Trang 1/", "chuẩn nghèo đa chiều giai đoạn 2022–2025");
		assertThat(vn.giamngheo.RawCode.in(posted)).isEmpty();
		vn.giamngheo.DocumentText.screenshot(posting, "van-ban-danh-sach-niem-yet");

		byte[] xlsx = mvc.perform(get(base + "/list.xlsx?purpose=DISTRICT").with(as("huyen.tracu")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).startsWith("Thu nhập");
			assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(1_000_000d);
			assertThat(sheet.getRow(4).getCell(10).getStringCellValue())
				.isEqualTo("chuẩn nghèo đa chiều giai đoạn 2022–2025");
		}
		try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var income = wb.getSheetAt(0).getRow(4).getCell(4);
			assertThat(income.getCellStyle().getDataFormatString()).isEqualTo("#,##0\" đ\"");
			assertThat(wb.getSheetAt(0).getRepeatingRows().formatAsString()).isEqualTo("4:4");
		}
		assertThat(vn.giamngheo.RawCode.in(vn.giamngheo.DocumentText.xlsx(xlsx))).isEmpty();
		byte[] district = mvc.perform(get(base + "/list.pdf?purpose=DISTRICT").with(as("huyen.tracu")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String full = vn.giamngheo.DocumentText.pdf(district);
		// The deficiencies by name, never HEALTH_INSURANCE, DOMESTIC_WATER, SANITATION.
		assertThat(full).contains("KẾT QUẢ RÀ SOÁT", "/BC-UBND", "Trang 1/");
		assertThat(full.replaceAll("\\s+", " ")).containsPattern("Bảo hiểm y tế|Việc làm|Dinh dưỡng");
		assertThat(vn.giamngheo.RawCode.in(full)).isEmpty();
		vn.giamngheo.DocumentText.screenshot(district, "van-ban-ket-qua-ra-soat");
	}

	@Test
	void anotherCommunesOfficialGetsNeitherTheCertificateNorTheLists() throws Exception {
		String base = "/reviews/campaigns/" + campaign + "/communes/" + ngaiXuyen;
		mvc.perform(get("/reviews/" + approved + "/certificate.pdf").with(as("xa.kimson")))
			.andExpect(status().isForbidden());
		mvc.perform(get(base + "/list.pdf?purpose=POSTING").with(as("xa.kimson"))).andExpect(status().isForbidden());
		mvc.perform(get(base + "/list.xlsx?purpose=DISTRICT").with(as("xa.kimson"))).andExpect(status().isForbidden());
		mvc.perform(get(base + "/sheet.xlsx").with(as("xa.kimson"))).andExpect(status().isForbidden());
		mvc.perform(get("/reviews/" + approved + "/certificate.pdf").with(as("so.travinh")))
			.andExpect(status().isForbidden());
	}

	/**
	 * The SQL restricts too (ReviewDocumentRows): Cầu Ngang's district officer is refused
	 * Trà Cú's commune.
	 */
	@Test
	void aDistrictOfficerOfAnotherDistrictGetsNeitherTheCertificateNorTheLists() throws Exception {
		String base = "/reviews/campaigns/" + campaign + "/communes/" + ngaiXuyen;
		mvc.perform(get("/reviews/" + approved + "/certificate.pdf").with(as("huyen.caungang")))
			.andExpect(status().isForbidden());
		mvc.perform(get(base + "/list.pdf?purpose=DISTRICT").with(as("huyen.caungang")))
			.andExpect(status().isForbidden());
		mvc.perform(get(base + "/list.xlsx?purpose=POSTING").with(as("huyen.caungang")))
			.andExpect(status().isForbidden());
	}

}

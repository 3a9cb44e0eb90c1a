package vn.giamngheo.review.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.sheet.SheetLayout;

/**
 * The Excel round trip over HTTP: download, a dry run with bad cells, a good upload
 * confirmed, and scope.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class ReviewSheetWebTests {

	private static final int YEAR = 2023;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewService reviews;

	long campaign;

	long ngaiXuyen;

	long kimSon;

	String base;

	@BeforeEach
	void setUp() {
		campaign = ReviewTestData.campaign(jdbc, users, reviews, YEAR);
		ngaiXuyen = ReviewTestData.communeId(jdbc, "Ngãi Xuyên");
		kimSon = ReviewTestData.communeId(jdbc, "Kim Sơn");
		base = "/reviews/campaigns/" + campaign + "/communes/" + ngaiXuyen;
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	int written() {
		return jdbc.queryForObject("SELECT count(*) FROM household_review WHERE campaign_id = ? AND commune_id = ?",
				Integer.class, campaign, ngaiXuyen);
	}

	XSSFWorkbook download() throws Exception {
		byte[] xlsx = mvc.perform(get(base + "/sheet.xlsx").with(as("xa.ngaixuyen")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return ReviewTestData.open(xlsx);
	}

	SheetLayout layout(Sheet sheet) {
		int columns = sheet.getRow(SheetLayout.HEADER_ROW - 1).getLastCellNum();
		return new SheetLayout(java.util.Collections.nCopies(columns - SheetLayout.FIRST_INDICATOR, "X"));
	}

	String upload(byte[] xlsx) throws Exception {
		return mvc.perform(multipart(base + "/upload")
			.file(new MockMultipartFile("file", "ra-soat.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
			.with(csrf())
			.with(as("xa.ngaixuyen"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aBadSheetWritesNothingAndListsEveryBadCellThenAGoodOneIsWrittenOnConfirm() throws Exception {
		XSSFWorkbook wb = download();
		Sheet sheet = wb.getSheetAt(0);
		assertThat(sheet.getRow(2).getCell(SheetLayout.CODE).getStringCellValue()).isEqualTo("Mã hộ");
		assertThat(sheet.isColumnHidden(SheetLayout.KEY)).isTrue();
		assertThat(sheet.getProtect()).isTrue();
		int households = jdbc.queryForObject("SELECT count(*) FROM household WHERE commune_id = ?", Integer.class,
				ngaiXuyen);
		assertThat(sheet.getLastRowNum() + 1 - 3).isEqualTo(households);
		SheetLayout layout = layout(sheet);
		ReviewTestData.fill(sheet, layout, 4, "1100000", 3);
		ReviewTestData.fill(sheet, layout, 5, "1 triệu", 1); // bad income
		ReviewTestData.fill(sheet, layout, 6, "1300000", 0);
		ReviewTestData.set(sheet, 6, layout.indicatorColumn(2), "có lẽ"); // unknown mark
		ReviewTestData.fill(sheet, layout, 7, "900000", 2);
		ReviewTestData.set(sheet, 7, SheetLayout.CODE, "849-KHONG-CO"); // unknown
																		// household
		ReviewTestData.set(sheet, 7, SheetLayout.KEY, "");

		String page = upload(ReviewTestData.bytes(wb));

		assertThat(written()).isZero();
		assertThat(page).contains("Tệp “ra-soat.xlsx” có 3 lỗi. Chưa ghi gì vào hệ thống");
		assertThat(rowsOf(page)).containsExactly(
				List.of("5", "H", "Thu nhập bình quân đầu người/tháng (đồng)",
						"Thu nhập “1 triệu” không hợp lệ: ghi số đồng, số nguyên không âm (ví dụ 1500000)."),
				List.of("6", "K", cellHeader(page, 1),
						"Ô đánh dấu “có lẽ” không hợp lệ: ghi X nếu thiếu hụt, để trống nếu không."),
				List.of("7", "C", "Mã hộ", "Không có hộ nào mang mã “849-KHONG-CO” trong sổ hộ của xã."));

		// Corrected: every household row with an income (pre-filled from the last
		// assessment or typed) is good.
		ReviewTestData.fill(sheet, layout, 5, "1000000", 1);
		ReviewTestData.fill(sheet, layout, 6, "1300000", 0);
		sheet.removeRow(sheet.getRow(6));
		long withIncome = java.util.stream.IntStream.rangeClosed(4, sheet.getLastRowNum() + 1)
			.mapToObj(r -> sheet.getRow(r - 1))
			.filter(r -> r != null && r.getCell(SheetLayout.INCOME) != null
					&& r.getCell(SheetLayout.INCOME).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC)
			.count();
		String ok = upload(ReviewTestData.bytes(wb));
		assertThat(ok).contains("hợp lệ").contains(withIncome + " hộ sẽ được ghi");
		assertThat(written()).isZero();
		Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(ok);
		assertThat(token.find()).isTrue();

		mvc.perform(post(base + "/upload/confirm").param("token", token.group(1)).with(csrf()).with(as("xa.ngaixuyen")))
			.andExpect(status().is3xxRedirection());

		assertThat(written()).isEqualTo((int) withIncome);
		for (var expected : List.of(List.of(4, "POOR"), List.of(5, "NEAR_POOR"), List.of(6, "NEAR_POOR"))) {
			String code = sheet.getRow((Integer) expected.get(0) - 1).getCell(SheetLayout.CODE).getStringCellValue();
			assertThat(jdbc.queryForObject(
					"SELECT r.category FROM household_review r JOIN household h "
							+ "ON h.id = r.household_id WHERE r.campaign_id = ? AND h.code = ?",
					String.class, campaign, code))
				.isEqualTo(expected.get(1));
		}

		// Once the list is locked, an upload is refused as a whole and nothing changes.
		jdbc.update("""
				INSERT INTO commune_review_list (campaign_id, commune_id, locked) VALUES (?, ?, TRUE)
				ON CONFLICT (campaign_id, commune_id) DO UPDATE SET locked = TRUE""", campaign, ngaiXuyen);
		ReviewTestData.fill(sheet, layout, 8, "1000000", 4);
		String locked = upload(ReviewTestData.bytes(wb));
		assertThat(locked).contains("đã được phê duyệt và khóa");
		assertThat(written()).isEqualTo((int) withIncome);
		jdbc.update("UPDATE commune_review_list SET locked = FALSE WHERE campaign_id = ? AND commune_id = ?", campaign,
				ngaiXuyen);
	}

	@Test
	void theScriptedUploadReportsProgressAsJsonAndThenShowsTheResult() throws Exception {
		XSSFWorkbook wb = download();
		ReviewTestData.set(wb.getSheetAt(0), 4, SheetLayout.INCOME, "abc");
		String json = mvc
			.perform(multipart(base + "/upload")
				.file(new MockMultipartFile("file", "a.xlsx", null, ReviewTestData.bytes(wb)))
				.header("X-Requested-With", "fetch")
				.with(csrf())
				.with(as("xa.ngaixuyen")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher m = Pattern.compile("\"progressUrl\":\"([^\"]+)\"").matcher(json);
		assertThat(m.find()).isTrue();
		String progress = "";
		for (int i = 0; i < 100 && !progress.contains("\"finished\":true"); i++) {
			Thread.sleep(100);
			progress = mvc.perform(get(m.group(1)).with(as("xa.ngaixuyen")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		assertThat(progress).contains("\"percent\":100");
		String result = mvc.perform(get(m.group(1).replace("/progress/", "/result/")).with(as("xa.ngaixuyen")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(result).contains("Thu nhập “abc” không hợp lệ");
		// Another official cannot follow someone else's upload.
		mvc.perform(get(m.group(1)).with(as("huyen.tracu"))).andExpect(status().isNotFound());
	}

	@Test
	void anotherCommunesSheetAndUploadAreRefused() throws Exception {
		String other = "/reviews/campaigns/" + campaign + "/communes/" + kimSon;
		mvc.perform(get(other + "/sheet.xlsx").with(as("xa.ngaixuyen"))).andExpect(status().isForbidden());
		mvc.perform(get(other + "/upload").with(as("xa.ngaixuyen"))).andExpect(status().isForbidden());
		mvc.perform(multipart(other + "/upload").file(new MockMultipartFile("file", "a.xlsx", null, new byte[] { 1 }))
			.with(csrf())
			.with(as("xa.ngaixuyen"))).andExpect(status().isForbidden());
		mvc.perform(get(other + "/sheet.xlsx").with(as("huyen.tracu"))).andExpect(status().isOk());
		mvc.perform(get(base + "/sheet.xlsx").with(as("so.travinh"))).andExpect(status().isForbidden());
	}

	/** The header cell text of the n-th indicator column, as the error table shows it. */
	private static String cellHeader(String page, int n) {
		return rowsOf(page).get(n).get(2);
	}

	/** The error table's cells, row by row. */
	static List<List<String>> rowsOf(String page) {
		String table = page.substring(page.indexOf("data-testid=\"sheet-errors\""));
		table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
		return Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL)
			.matcher(table)
			.results()
			.map(r -> Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL)
				.matcher(r.group(1))
				.results()
				.map(c -> org.springframework.web.util.HtmlUtils.htmlUnescape(c.group(1).strip()))
				.toList())
			.toList();
	}

}

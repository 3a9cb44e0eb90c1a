package vn.giamngheo.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.report.AreaFigures;
import vn.giamngheo.report.Figure;
import vn.giamngheo.report.persistence.AreaSummaries;
import vn.giamngheo.report.persistence.ReportQueries;

/**
 * Reports add up exactly from communes to districts to the province, and the province
 * never sees a person.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class ReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportQueries reports;

	@Autowired
	AreaSummaries summaries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	vn.giamngheo.report.persistence.OfficialRecord record;

	AppUser as(String username) {
		return (AppUser) users.loadUserByUsername(username);
	}

	/**
	 * The demo's latest official year: every commune's 2024 list is approved and is
	 * today's register.
	 */
	int year() {
		return 2024;
	}

	@Test
	void provinceReportEqualsTheSumOfItsDistrictsReports() {
		ReportQueries.Report province = reports.byDistrict(year(), as("so.travinh").getScope());
		assertThat(province.rows()).extracting(ReportQueries.AreaRow::name).contains("Trà Cú", "Cầu Ngang");
		int d = province.total().indicatorCount();
		AreaFigures sumOfDistricts = AreaFigures.empty(d);
		for (String officer : List.of("huyen.tracu", "huyen.caungang")) {
			ReportQueries.Report district = reports.byCommune(year(), as(officer).getScope());
			ReportQueries.AreaRow row = province.rows()
				.stream()
				.filter(r -> r.areaId() == district.rows().get(0).parentId())
				.findFirst()
				.orElseThrow();
			// Each district's own report (its communes) equals the province's row for it,
			// figure by figure.
			assertThat(district.total()).isEqualTo(row.figures());
			sumOfDistricts = sumOfDistricts.plus(district.total());
		}
		assertThat(province.total()).isEqualTo(sumOfDistricts);
		// And the stored sums agree with the register they were computed from.
		assertThat(province.total().get(Figure.POOR)).isEqualTo(jdbc.queryForObject(
				"SELECT count(*) FROM household h JOIN area c ON c.id = h.commune_id WHERE c.code LIKE '84%' AND h.category = 'POOR'",
				Long.class));
		assertThat(province.total().get(Figure.HOUSEHOLDS)).isEqualTo(jdbc.queryForObject(
				"SELECT count(*) FROM household h JOIN area c ON c.id = h.commune_id WHERE c.code LIKE '84%'",
				Long.class));
		// Multidimensional figures of the province are those of its districts' exact
		// sums.
		assertThat(province.total().adjustedHeadcount()).isEqualTo(sumOfDistricts.adjustedHeadcount());
	}

	@Test
	void recomputingAfterARegisterEditNeverChangesAnApprovedYear() {
		long commune = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Kim Sơn' AND level = 'COMMUNE'",
				Long.class);
		var scope = as("huyen.tracu").getScope();
		long before2023 = reports.commune(2023, commune, scope).get(Figure.POOR);
		long before2024 = reports.commune(2024, commune, scope).get(Figure.POOR);
		long household = jdbc.queryForObject(
				"SELECT id FROM household WHERE commune_id = ? AND category = 'NEAR_POOR' ORDER BY id LIMIT 1",
				Long.class, commune);
		jdbc.update("UPDATE household SET category = 'POOR' WHERE id = ?", household);
		try {
			summaries.refresh(summaries.registerYear(), commune);
			summaries.rebuild(summaries.registerYear());
			// The working sums follow the register...
			assertThat(jdbc.queryForObject("SELECT poor FROM area_summary WHERE year = ? AND commune_id = ?",
					Long.class, summaries.registerYear(), commune))
				.isEqualTo(
						jdbc.queryForObject("SELECT count(*) FROM household WHERE commune_id = ? AND category = 'POOR'",
								Long.class, commune));
			// ...but the report of an approved year reads only its official record.
			assertThat(reports.commune(2024, commune, scope).get(Figure.POOR)).isEqualTo(before2024);
			assertThat(reports.commune(2023, commune, scope).get(Figure.POOR)).isEqualTo(before2023);
		}
		finally {
			jdbc.update("UPDATE household SET category = 'NEAR_POOR' WHERE id = ?", household);
			summaries.refresh(summaries.registerYear(), commune);
		}
	}

	/** Every URL that lists or shows named people is refused to the provincial viewer. */
	@ParameterizedTest(name = "so.travinh GET {0} -> 403")
	@ValueSource(strings = { "/households", "/households?q=nguyen", "/households?category=POOR", "/households/new",
			"/households/export", "/households/1", "/households/1/members/new", "/poverty/what-if", "/reviews",
			"/reviews/1", "/support", "/support/disbursements", "/support/loans" })
	void provincialViewerIsRefusedEveryListOfPeople(String path) throws Exception {
		mvc.perform(get(path).with(user(as("so.travinh")))).andExpect(status().isForbidden());
	}

	@ParameterizedTest(name = "so.travinh reads /reports/{0} without a name")
	@ValueSource(strings = { "communes", "indicators", "mpi", "support", "province" })
	void provincialViewerReadsReportsWithoutAName(String view) throws Exception {
		String body = mvc.perform(get("/reports/" + view).with(user(as("so.travinh"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> names = jdbc.queryForList("SELECT head_name FROM household ORDER BY id LIMIT 200", String.class);
		for (String name : names) {
			assertThat(body).doesNotContain(name);
		}
		assertThat(body).doesNotContain("/households/");
	}

	@Test
	void everyReportExportsToExcelAndPdf() throws Exception {
		for (String view : ReportController.VIEWS) {
			byte[] xlsx = mvc.perform(get("/reports/" + view + ".xlsx").with(user(as("huyen.tracu"))))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(xlsx).startsWith('P', 'K');
			byte[] pdf = mvc.perform(get("/reports/" + view + ".pdf").with(user(as("so.travinh"))))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/pdf"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
	}

	@Test
	void districtSummaryShowsCountsAndRatesOfItsCommunes() throws Exception {
		mvc.perform(get("/reports/communes").with(user(as("huyen.tracu"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ngãi Xuyên")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tỷ lệ hộ nghèo")))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Mỹ Long Bắc"))));
		// A commune official's report is their commune only.
		mvc.perform(get("/reports/communes").with(user(as("xa.ngaixuyen"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Kim Sơn"))));
		mvc.perform(get("/reports/communes").with(user(as("admin")))).andExpect(status().isForbidden());
	}

	@Test
	void anExportOfAPartialYearSaysItIsProvisionalAndNamesTheMissingCommunes() throws Exception {
		long hamGiang = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Hàm Giang' AND level = 'COMMUNE'",
				Long.class);
		if (jdbc.queryForObject("SELECT count(*) FROM official_snapshot WHERE year = 2022", Long.class) == 0) {
			record.record(2022, hamGiang, null, "9/QĐ-UBND", java.time.LocalDate.of(2022, 12, 14), null, "test",
					java.time.Instant.parse("2022-12-14T02:00:00Z"));
		}
		byte[] xlsx = mvc.perform(get("/reports/communes.xlsx?year=2022").with(user(as("huyen.tracu"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			String heading = book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
			assertThat(heading).contains("Số liệu tạm tính")
				.contains("1/17")
				.contains("Ngãi Xuyên")
				.doesNotContain("Hàm Giang,");
		}
		byte[] official = mvc.perform(get("/reports/communes.xlsx?year=2024").with(user(as("huyen.tracu"))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(official))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("Số liệu chính thức");
		}
	}

	private static String cells(byte[] xlsx) throws Exception {
		StringBuilder all = new StringBuilder();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			for (var row : book.getSheetAt(0)) {
				for (var cell : row) {
					all.append(cell.toString()).append('|');
				}
			}
		}
		return all.toString();
	}

	@Test
	void aKeptExportIsMadeAgainOnceItsStoredFiguresChange() throws Exception {
		long kimSon = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Kim Sơn' AND level = 'COMMUNE'",
				Long.class);
		byte[] first = mvc.perform(get("/reports/communes.xlsx?year=2024").with(user(as("huyen.tracu"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] again = mvc.perform(get("/reports/communes.xlsx?year=2024").with(user(as("huyen.tracu"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(cells(again)).isEqualTo(cells(first)).contains("Kim Sơn|");
		try {
			// A renamed commune (the area table moves the figures' stamp, V88): the next
			// file has the new name.
			jdbc.update("UPDATE area SET name = 'Kim Sơn Mới' WHERE id = ?", kimSon);
			byte[] renamed = mvc.perform(get("/reports/communes.xlsx?year=2024").with(user(as("huyen.tracu"))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(cells(renamed)).contains("Kim Sơn Mới|").doesNotContain("Kim Sơn|");
		}
		finally {
			jdbc.update("UPDATE area SET name = 'Kim Sơn' WHERE id = ?", kimSon);
		}
	}

}

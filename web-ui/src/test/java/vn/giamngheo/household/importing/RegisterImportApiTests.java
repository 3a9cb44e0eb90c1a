package vn.giamngheo.household.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.giamngheo.demo.DemoData;

/**
 * The import and duplicate APIs over HTTP Basic with the demo province: dry run, refused
 * write, write, scope.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class RegisterImportApiTests {

	static final String HEADER = "household_code,commune_code,village_code,address,phone,relationship,full_name,"
			+ "date_of_birth,sex,ethnicity,citizen_id,health_insurance_card\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	String place;

	String otherPlace;

	@BeforeEach
	void setUp() {
		place = place("Ngãi Xuyên");
		otherPlace = place("Kim Sơn");
	}

	/** The test's households go, so that other tests find the demo province as it was. */
	@AfterEach
	void cleanUp() {
		jdbc.update("DELETE FROM duplicate_candidate WHERE code_a LIKE 'APITEST%' OR code_b LIKE 'APITEST%'");
		jdbc.update("DELETE FROM household WHERE code LIKE 'APITEST%'");
	}

	String place(String commune) {
		Map<String, Object> row = jdbc.queryForMap("""
				SELECT c.code AS commune, min(v.code) AS village FROM area c JOIN area v ON v.parent_id = c.id
				WHERE c.name = ? AND c.kind = 'COMMUNE' GROUP BY c.code""", commune);
		return row.get("commune") + "," + row.get("village");
	}

	ResultActions post(String user, boolean dryRun, String name, byte[] file) throws Exception {
		return mvc.perform(multipart("/api/v1/households/import").file(new MockMultipartFile("file", name, null, file))
			.param("dryRun", String.valueOf(dryRun))
			.with(httpBasic(user, DemoData.PASSWORD)));
	}

	ResultActions post(String user, boolean dryRun, String csv) throws Exception {
		return post(user, dryRun, "so-ho.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	long imported() {
		return jdbc.queryForObject("SELECT count(*) FROM household WHERE code LIKE 'APITEST%'", Long.class);
	}

	String badFile() {
		return HEADER + "APITEST-1," + place + ",Tổ 1,,Chủ hộ,Thạch Sa,31/02/1980,Nam,Khmer,,\n" + "APITEST-2,"
				+ otherPlace + ",Tổ 2,,Chủ hộ,Lâm Tư,01/01/1970,Trai,Kinh,,\n";
	}

	@Test
	void aDryRunAnswersEveryErrorByRowAndColumnInVietnameseAndWritesNothing() throws Exception {
		post("xa.ngaixuyen", true, badFile()).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.households").value(2))
			.andExpect(jsonPath("$.members").value(2))
			.andExpect(jsonPath("$.written").value(false))
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("date_of_birth"))
			.andExpect(
					jsonPath("$.errors[0].message").value(Matchers.startsWith("Ngày sinh “31/02/1980” không hợp lệ")))
			.andExpect(jsonPath("$.errors[1].row").value(3))
			.andExpect(jsonPath("$.errors[1].column").value("commune_code"))
			.andExpect(jsonPath("$.errors[2].column").value("sex"));
		assertThat(imported()).isZero();
	}

	@Test
	void aWriteOfAFileWithErrorsIsRefusedWith422AndTheSameBody() throws Exception {
		post("xa.ngaixuyen", false, badFile()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.written").value(false));
		assertThat(imported()).isZero();
	}

	@Test
	void aRowOfAnotherCommuneGetsTheSameMessageAsACommuneThatDoesNotExist() throws Exception {
		String other = HEADER + "APITEST-1," + otherPlace + ",Tổ 1,,Chủ hộ,Thạch Sa,01/01/1980,Nam,Khmer,,\n";
		String missing = HEADER + "APITEST-1,KHONGCO," + otherPlace.split(",")[1]
				+ ",Tổ 1,,Chủ hộ,Thạch Sa,01/01/1980,Nam,Khmer,,\n";
		String code = otherPlace.split(",")[0];
		String a = message(post("xa.ngaixuyen", true, other)).replace(code, "?");
		String b = message(post("xa.ngaixuyen", true, missing)).replace("KHONGCO", "?");

		assertThat(a).isEqualTo(b)
			.isEqualTo("Mã xã “?” không thuộc các xã bạn được phân công; chỉ nhập được hộ của xã mình.");
	}

	static String message(ResultActions result) throws Exception {
		String json = result.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"message\":\"([^\"]*)\"").matcher(json);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	@Test
	void aGoodXlsxIsWrittenAndASamePersonWithoutDiacriticsGoesToTheDistrictsQueue() throws Exception {
		Map<String, Object> demo = jdbc.queryForMap("""
				SELECT m.full_name, to_char(m.date_of_birth, 'DD/MM/YYYY') AS born, m.sex FROM household_member m
				JOIN household h ON h.id = m.household_id JOIN area c ON c.id = h.commune_id
				WHERE c.name = 'Ngãi Xuyên' AND m.relationship = 'HEAD' ORDER BY m.id LIMIT 1""");
		String folded = vn.giamngheo.shared.VietnameseText.fold((String) demo.get("full_name")).toUpperCase();
		byte[] xlsx = xlsx(new String[][] {
				{ "APITEST-1", place.split(",")[0], place.split(",")[1], "Tổ 1", "", "Chủ hộ", folded,
						(String) demo.get("born"), "MALE".equals(demo.get("sex")) ? "Nam" : "Nữ", "Khmer", "", "" },
				{ "APITEST-1", place.split(",")[0], place.split(",")[1], "Tổ 1", "", "Con", "Thạch Bé", "01/01/2015",
						"Nam", "Khmer", "", "" } });

		post("xa.ngaixuyen", false, "so-ho.xlsx", xlsx).andExpect(status().isOk())
			.andExpect(jsonPath("$.written").value(true))
			.andExpect(jsonPath("$.households").value(1))
			.andExpect(jsonPath("$.members").value(2))
			.andExpect(jsonPath("$.errors.length()").value(0))
			.andExpect(jsonPath("$.duplicates").value(Matchers.greaterThanOrEqualTo(1)));
		assertThat(jdbc.queryForObject("SELECT category FROM household WHERE code = 'APITEST-1'", String.class))
			.isEqualTo("NOT_REVIEWED");

		mvc.perform(get("/api/v1/households/duplicates").param("status", "open")
			.with(httpBasic("huyen.tracu", DemoData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.householdB.code == 'APITEST-1' || @.householdA.code == 'APITEST-1')].score")
				.value(Matchers.hasItem(Matchers.greaterThanOrEqualTo(0.7))))
			.andExpect(jsonPath(
					"$[?(@.householdB.code == 'APITEST-1' || @.householdA.code == 'APITEST-1')].reasonCodes[*]")
				.value(Matchers.hasItems("SAME_NAME", "SAME_BIRTH_DATE")));
		mvc.perform(get("/api/v1/households/duplicates").param("status", "open")
			.with(httpBasic("xa.kimson", DemoData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$[?(@.householdB.code == 'APITEST-1' || @.householdA.code == 'APITEST-1')]").isEmpty());
	}

	@Test
	void twoOfficialsWritingTheSameFileAtOnceWriteItOnceAndTheOtherIsToldNothingWasWritten() throws Exception {
		String file = HEADER + "APITEST-7," + place + ",Tổ 7,,Chủ hộ,Thạch Song,01/01/1977,Nam,Khmer,,\n";
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.Callable<Integer> write = () -> post("xa.ngaixuyen", false, file).andReturn()
				.getResponse()
				.getStatus();
			var first = pool.submit(write);
			var second = pool.submit(write);
			java.util.List<Integer> statuses = java.util.List.of(first.get(), second.get());

			assertThat(statuses).containsOnlyOnce(200);
			assertThat(statuses).anyMatch(s -> s == 409 || s == 422);
		}
		finally {
			pool.shutdown();
		}
		assertThat(imported()).isOne();
	}

	@Test
	void onlyCommuneAndDistrictStaffMayImportAndTheCallerMustAuthenticate() throws Exception {
		post("so.travinh", true, badFile()).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/households/import")
			.file(new MockMultipartFile("file", "a.csv", null, badFile().getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/households/duplicates").with(httpBasic("so.travinh", DemoData.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theTemplateHasTheContractsColumnsAndTheApiIsInOpenApi() throws Exception {
		String csv = mvc
			.perform(get("/households/import/template.csv").with(
					org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("x")
						.roles("COMMUNE_OFFICIAL")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + HEADER.strip());
		mvc.perform(get("/v3/api-docs")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("x")
				.roles("COMMUNE_OFFICIAL")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/households/import'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/households/duplicates'].get").exists());
	}

	static byte[] xlsx(String[][] rows) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet();
			String[] headers = HEADER.strip().split(",");
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					if (!rows[r][c].isEmpty()) {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

}

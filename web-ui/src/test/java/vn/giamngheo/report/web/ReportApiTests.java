package vn.giamngheo.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.giamngheo.demo.DemoData;
import vn.giamngheo.report.persistence.OfficialRecord;

/**
 * The figures API: its shape, that every level adds up and reconciles, its scope and its
 * problem answers.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class ReportApiTests {

	static final String API = "/api/v1/reports/areas/";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OfficialRecord record;

	final ObjectMapper json = new ObjectMapper();

	JsonNode read(String path, String user) throws Exception {
		String body = mvc.perform(get(path).with(httpBasic(user, DemoData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	String code(String commune) {
		return jdbc.queryForObject("SELECT code FROM area WHERE name = ? AND level = 'COMMUNE'", String.class, commune);
	}

	static void reconciles(JsonNode movement) {
		for (String list : new String[] { "poor", "nearPoor" }) {
			JsonNode m = movement.get(list);
			assertThat(m.get("start").asLong() + m.get("newlyPoor").asLong() + m.get("rePoor").asLong()
					+ m.get("otherIn").asLong() - m.get("escaped").asLong() - m.get("toNearPoor").asLong()
					- m.get("otherOut").asLong())
				.as(list)
				.isEqualTo(m.get("end").asLong());
		}
	}

	@Test
	void aPageSessionReadsTheApiAndAWriteOnItNeedsTheCsrfToken() throws Exception {
		org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession) mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user("huyen.tracu")
				.password(DemoData.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get(API + "849/years/2024").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.area.code").value("849"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/poverty/classify")
			.session(session)
			.contentType("application/json")
			.content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void aDistrictsApprovedYearIsOfficialWithEveryCommuneAsAChild() throws Exception {
		JsonNode a = read(API + "849/years/2024", "huyen.tracu");
		assertThat(a.at("/area/code").asString()).isEqualTo("849");
		assertThat(a.at("/area/name").asString()).isEqualTo("Trà Cú");
		assertThat(a.at("/area/level").asString()).isEqualTo("DISTRICT");
		assertThat(a.get("year").asInt()).isEqualTo(2024);
		assertThat(a.get("status").asString()).isEqualTo("OFFICIAL");
		long communes = jdbc.queryForObject("SELECT count(*) FROM area c JOIN area d ON d.id = c.parent_id "
				+ "WHERE d.code = '849' AND c.level = 'COMMUNE'", Long.class);
		assertThat(a.at("/coverage/communes").asLong()).isEqualTo(communes);
		assertThat(a.at("/coverage/approved").asLong()).isEqualTo(communes);
		assertThat(a.at("/coverage/missing").size()).isZero();
		// Today's register of the district's communes of 2024: those merged in 2025 moved
		// to their successors.
		assertThat(a.get("poor").asLong()).isEqualTo(jdbc.queryForObject("""
				WITH old AS (SELECT c.id FROM area c JOIN area d ON d.id = c.parent_id
				             WHERE d.code = '849' AND c.level = 'COMMUNE')
				SELECT count(*) FROM household h WHERE h.category = 'POOR' AND (h.commune_id IN (SELECT id FROM old)
				    OR h.commune_id IN (SELECT successor_id FROM area_succession WHERE predecessor_id IN
				        (SELECT id FROM old)))""", Long.class));
		assertThat(a.get("children").size()).isEqualTo((int) communes);
		long poor = 0, households = 0, start = 0;
		for (JsonNode child : a.get("children")) {
			assertThat(child.at("/area/level").asString()).isEqualTo("COMMUNE");
			assertThat(child.get("status").asString()).isEqualTo("OFFICIAL");
			reconciles(child.get("movement"));
			poor += child.get("poor").asLong();
			households += child.get("households").asLong();
			start += child.at("/movement/poor/start").asLong();
		}
		assertThat(poor).isEqualTo(a.get("poor").asLong());
		assertThat(households).isEqualTo(a.get("households").asLong());
		assertThat(start).isEqualTo(a.at("/movement/poor/start").asLong());
		reconciles(a.get("movement"));
		// Start of 2024 = the official end of 2023.
		assertThat(a.at("/movement/poor/start").asLong())
			.isEqualTo(read(API + "849/years/2023", "huyen.tracu").at("/movement/poor/end").asLong());
	}

	@Test
	void theProvinceIsTheSumOfItsDistrictsByThenAndByNowGeography() throws Exception {
		JsonNode then = read(API + "84/years/2024?geography=then", "so.travinh");
		JsonNode now = read(API + "84/years/2024?geography=now", "so.travinh");
		assertThat(then.at("/area/level").asString()).isEqualTo("PROVINCE");
		assertThat(then.get("children")).extracting(c -> c.at("/area/name").asString()).contains("Trà Cú", "Cầu Ngang");
		long poor = 0;
		for (JsonNode district : then.get("children")) {
			poor += district.get("poor").asLong();
			assertThat(district.get("children").size()).isPositive();
			reconciles(district.get("movement"));
		}
		assertThat(poor).isEqualTo(then.get("poor").asLong());
		assertThat(now.get("poor").asLong()).isEqualTo(then.get("poor").asLong());
		assertThat(now.get("households").asLong()).isEqualTo(then.get("households").asLong());
		assertThat(now.get("movement")).isEqualTo(then.get("movement"));
		// The default geography is "then".
		assertThat(read(API + "84/years/2024", "so.travinh")).isEqualTo(then);
	}

	@Test
	void byNowGeographyThe2024ProvinceIsTodaysCommunesWithTheSameTotalAsByThen() throws Exception {
		JsonNode then = read(API + "84/years/2024?geography=then", "so.travinh");
		JsonNode now = read(API + "84/years/2024?geography=now", "so.travinh");
		assertThat(now.get("status").asString()).isEqualTo("OFFICIAL");
		for (String figure : new String[] { "households", "poor", "nearPoor", "movement", "coverage" }) {
			assertThat(now.get(figure)).as(figure).isEqualTo(then.get(figure));
		}
		// Then: districts of 2024 with the communes of that year, the merged-away ones
		// among them.
		assertThat(then.get("children")).extracting(c -> c.at("/area/level").asString()).containsOnly("DISTRICT");
		java.util.List<String> thenCommunes = new java.util.ArrayList<>();
		then.get("children")
			.forEach(d -> d.get("children").forEach(c -> thenCommunes.add(c.at("/area/name").asString())));
		assertThat(thenCommunes).contains("Tập Sơn", "Tân Sơn", "Hiệp Mỹ Đông", "Kim Sơn")
			.doesNotContain("Tân Tập", "Hiệp Mỹ");
		// Now: today's communes directly under the province, the merged ones instead of
		// their predecessors.
		assertThat(now.get("children")).extracting(c -> c.at("/area/level").asString()).containsOnly("COMMUNE");
		java.util.List<String> nowCommunes = new java.util.ArrayList<>();
		now.get("children").forEach(c -> nowCommunes.add(c.at("/area/name").asString()));
		assertThat(nowCommunes).contains("Tân Tập", "Đại Nghiệp", "Hiệp Mỹ", "Hòa Kim", "Kim Sơn")
			.doesNotContain("Tập Sơn", "Tân Sơn", "Hiệp Mỹ Đông", "Hiệp Mỹ Tây", "Mỹ Hòa", "Kim Hòa");
		assertThat(nowCommunes).hasSize(thenCommunes.size() - 4);
		long poor = 0;
		for (JsonNode commune : now.get("children")) {
			poor += commune.get("poor").asLong();
			reconciles(commune.get("movement"));
		}
		assertThat(poor).isEqualTo(then.get("poor").asLong());
		JsonNode tanTap = now.get("children")
			.valueStream()
			.filter(c -> c.at("/area/name").asString().equals("Tân Tập"))
			.findFirst()
			.orElseThrow();
		long predecessors = then.get("children")
			.valueStream()
			.flatMap(d -> d.get("children").valueStream())
			.filter(c -> java.util.Set.of("Tập Sơn", "Tân Sơn").contains(c.at("/area/name").asString()))
			.mapToLong(c -> c.get("households").asLong())
			.sum();
		assertThat(tanTap.get("households").asLong()).isPositive().isEqualTo(predecessors);
		assertThat(tanTap.get("status").asString()).isEqualTo("OFFICIAL");
	}

	@Test
	void aYearWithSomeCommunesApprovedIsProvisionalAndNamesTheMissingOnes() throws Exception {
		long hamGiang = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Hàm Giang' AND level = 'COMMUNE'",
				Long.class);
		if (jdbc.queryForObject("SELECT count(*) FROM official_snapshot WHERE year = 2022", Long.class) == 0) {
			record.record(2022, hamGiang, null, "9/QĐ-UBND", LocalDate.of(2022, 12, 14), null, "test",
					Instant.parse("2022-12-14T02:00:00Z"));
		}
		JsonNode a = read(API + "849/years/2022", "huyen.tracu");
		assertThat(a.get("status").asString()).isEqualTo("PROVISIONAL");
		assertThat(a.at("/coverage/approved").asInt()).isEqualTo(1);
		assertThat(a.at("/coverage/missing").size()).isEqualTo(a.at("/coverage/communes").asInt() - 1);
		assertThat(a.at("/coverage/missing").toString()).contains(code("Ngãi Xuyên"))
			.doesNotContain("\"" + code("Hàm Giang") + "\"");
		// Every commune is still a row, marked: none is silently dropped.
		assertThat(a.get("children").size()).isEqualTo(a.at("/coverage/communes").asInt());
		assertThat(a.get("children")).filteredOn(c -> c.get("status").asString().equals("OFFICIAL")).hasSize(1);
	}

	@Test
	void aCommuneOfficialReadsTheirCommuneAndIsRefusedTheDistrict() throws Exception {
		JsonNode own = read(API + code("Ngãi Xuyên") + "/years/2024", "xa.ngaixuyen");
		assertThat(own.at("/area/level").asString()).isEqualTo("COMMUNE");
		assertThat(own.get("children").size()).isZero();
		mvc.perform(get(API + "849/years/2024").with(httpBasic("xa.ngaixuyen", DemoData.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("phạm vi")));
		mvc.perform(get(API + code("Kim Sơn") + "/years/2024").with(httpBasic("xa.ngaixuyen", DemoData.PASSWORD)))
			.andExpect(status().isForbidden());
		// A district officer is refused the province and the other district.
		mvc.perform(get(API + "84/years/2024").with(httpBasic("huyen.tracu", DemoData.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get(API + "848/years/2024").with(httpBasic("huyen.tracu", DemoData.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get(API + "84/years/2024").with(httpBasic("admin", DemoData.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get(API + "84/years/2024")).andExpect(status().isUnauthorized());
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "849/years/2024?geography=later, 400, geography", "849/years/20x4, 400, Năm",
			"849/years/1999, 400, Năm", "999999/years/2024, 404, 999999" })
	void badRequestsAreProblemsInVietnamese(String path, int status, String mentions) throws Exception {
		mvc.perform(get(API + path).with(httpBasic("so.travinh", DemoData.PASSWORD)))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString(mentions)))
			.andExpect(jsonPath("$.detailEn").isNotEmpty())
			.andExpect(jsonPath("$.instance").value("/api/v1/reports/areas/" + path.replaceAll("\\?.*", "")));
	}

	@Test
	void problemsAreInEnglishWhenAskedFor() throws Exception {
		mvc.perform(get(API + "999999/years/2024").header("Accept-Language", "en")
			.with(httpBasic("so.travinh", DemoData.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no area with code 999999."))
			.andExpect(jsonPath("$.title").value("Area not found"));
	}

	@Test
	void theApiIsDocumentedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("x")
				.roles("PROVINCIAL_VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/api/v1/reports/areas/{areaCode}/years/{year}")))
			.andExpect(content().string(Matchers.containsString("AreaYearFigures")));
	}

}

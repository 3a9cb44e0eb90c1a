package vn.giamngheo.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.giamngheo.demo.DemoData;

/**
 * Issue 11 §2 and §4: health open, operations closed, the headers, no leak of internals.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class HardeningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	vn.giamngheo.report.persistence.AreaSummaries summaries;

	@Test
	void theProvinceNeverSeesAGroupOfFewerThanFiveHouseholds() throws Exception {
		var cell = jdbc.queryForMap("""
				SELECT d.commune_id, d.program_id, d.disbursed_on FROM support_disbursement d
				JOIN area c ON c.id = d.commune_id JOIN area h ON h.id = c.parent_id WHERE h.name = 'Trà Cú'
				GROUP BY d.commune_id, d.program_id, d.disbursed_on HAVING count(DISTINCT d.household_id) < 5
				LIMIT 1""");
		String day = ((java.sql.Date) cell.get("disbursed_on")).toLocalDate()
			.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		var request = get("/support/totals").param("from", day)
			.param("to", day)
			.param("commune", cell.get("commune_id").toString())
			.param("program", cell.get("program_id").toString());
		mvc.perform(request.with(user(users.loadUserByUsername("so.travinh"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không được hiện riêng")))
			.andExpect(content().string(not(containsString("data-amount="))));
		mvc.perform(get("/support/totals").param("from", day)
			.param("to", day)
			.param("commune", cell.get("commune_id").toString())
			.param("program", cell.get("program_id").toString())
			.with(user(users.loadUserByUsername("huyen.tracu"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-amount=")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthAndProbesAreOpenForLoadBalancers(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void readinessWaitsForTheDatabaseAndFlyway() throws Exception {
		mvc.perform(get("/actuator/health/readiness").with(httpBasic("admin", DemoData.PASSWORD)))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.flyway.status").value("UP"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/metrics", "/actuator/prometheus", "/actuator/info" })
	void metricsPrometheusAndInfoAreForAdministratorsOnly(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isUnauthorized());
		mvc.perform(get(path).with(httpBasic("huyen.tracu", DemoData.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get(path).with(httpBasic("admin", DemoData.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void infoTellsTheBuildVersion() throws Exception {
		mvc.perform(get("/actuator/info").with(httpBasic("admin", DemoData.PASSWORD)))
			.andExpect(jsonPath("$.build.version").value("0.1.0-SNAPSHOT"));
	}

	@Test
	void theUseCaseTimersArePublishedForPrometheus() throws Exception {
		long commune = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Kim Sơn' AND kind = 'COMMUNE'",
				Long.class);
		summaries.refresh(java.time.LocalDate.now().getYear(), commune);
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", DemoData.PASSWORD)))
			.andExpect(content().string(containsString("http_server_requests")))
			.andExpect(content().string(containsString("giamngheo_report_build_seconds")));
	}

	@Test
	void everyPageCarriesThePoliciesAgainstFramingScriptsAndLeaks() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("script-src 'self' 'unsafe"))))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/v3/api-docs", "/swagger-ui/index.html" })
	void theApiDescriptionIsBehindLogin(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/v3/api-docs").with(user(users.loadUserByUsername("huyen.tracu")))).andExpect(status().isOk());
	}

	@Test
	void aForgedHostHeaderIsNeverEchoedIntoARedirect() throws Exception {
		mvc.perform(get("/households").header("Host", "evil.example"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", not(containsString("evil.example"))));
	}

	@Test
	void badInputShowsAVietnameseMessageWithoutInternals() throws Exception {
		mvc.perform(get("/households").param("commune", "abc").with(user(users.loadUserByUsername("xa.kimson"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Dữ liệu không hợp lệ")))
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(not(containsString("at vn.giamngheo"))));
		mvc.perform(get("/api/v1/audit").param("household", "abc").with(httpBasic("admin", DemoData.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(not(containsString("Exception"))));
	}

}

package vn.giamngheo.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.giamngheo.audit.persistence.AuditPartitions;
import vn.giamngheo.demo.DemoData;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.sheet.ReviewTestData;

/**
 * Issue 11 §3: views, exports, searches and logins are recorded, and no one can change or
 * delete a record.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class AuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewService reviews;

	@Autowired
	AuditPartitions partitions;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	long householdIn(String commune) {
		return jdbc.queryForObject("""
				SELECT h.id FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = ? AND c.kind = 'COMMUNE' ORDER BY h.id LIMIT 1""", Long.class, commune);
	}

	Map<String, Object> latest(String actor, String action) {
		return jdbc.queryForMap("SELECT * FROM audit_event WHERE actor = ? AND action = ? ORDER BY id DESC LIMIT 1",
				actor, action);
	}

	@Test
	void openingAHouseholdPageRecordsWhoViewedItAndTheHouseholdShowsThem() throws Exception {
		long household = householdIn("Ngãi Xuyên");
		mvc.perform(get("/households/" + household).with(as("xa.ngaixuyen"))).andExpect(status().isOk());

		Map<String, Object> entry = latest("xa.ngaixuyen", "VIEW");
		assertThat(entry).containsEntry("household_id", household)
			.containsEntry("actor_role", "COMMUNE_OFFICIAL")
			.containsEntry("target", "GET /households/" + household)
			.containsEntry("client_address", "127.0.0.1");

		mvc.perform(get("/households/" + household).with(as("huyen.tracu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ai đã xem hộ này")))
			.andExpect(content().string(containsString("xa.ngaixuyen")));
	}

	@Test
	void aSearchIsRecordedWithItsFilter() throws Exception {
		mvc.perform(get("/households").param("q", "nguyen van").with(as("xa.ngaixuyen"))).andExpect(status().isOk());
		assertThat(latest("xa.ngaixuyen", "SEARCH").get("detail").toString()).contains("q=nguyen");
	}

	@Test
	void anExportNamingPeopleIsRecordedWithThePurposeGiven() throws Exception {
		long campaign = ReviewTestData.campaign(jdbc, users, reviews, 2029);
		long commune = ReviewTestData.communeId(jdbc, "Ngãi Xuyên");
		mvc.perform(get("/reviews/campaigns/" + campaign + "/communes/" + commune + "/sheet.xlsx")
			.param("purpose", "rà soát cuối năm")
			.with(as("xa.ngaixuyen"))).andExpect(status().isOk());
		Map<String, Object> entry = latest("xa.ngaixuyen", "EXPORT");
		assertThat(entry.get("target").toString()).endsWith("/sheet.xlsx");
		assertThat(entry).containsEntry("purpose", "rà soát cuối năm");
	}

	@Test
	void aRefusalIsRecordedToo() throws Exception {
		long other = householdIn("Kim Sơn");
		mvc.perform(get("/households/" + other).with(as("xa.ngaixuyen"))).andExpect(status().isForbidden());
		assertThat(latest("xa.ngaixuyen", "DENIED")).containsEntry("household_id", other);
	}

	@Test
	void loginsAndFailedLoginsAreRecordedWithTheAddress() throws Exception {
		mvc.perform(formLogin().user("xa.kimson").password(DemoData.PASSWORD));
		mvc.perform(formLogin().user("xa.kimson").password("sai-mat-khau"));
		assertThat(latest("xa.kimson", "LOGIN")).containsEntry("client_address", "127.0.0.1");
		assertThat(latest("xa.kimson", "LOGIN_FAILED")).containsEntry("detail", "BadCredentialsException");
		jdbc.update("DELETE FROM login_throttle WHERE username = 'xa.kimson'");
		jdbc.update("UPDATE account SET failed_attempts = 0 WHERE username = 'xa.kimson'");
	}

	@Test
	void noOneCanChangeDeleteOrTruncateAnAuditRecordNotEvenTheDatabaseOwner() throws Exception {
		mvc.perform(get("/households").with(as("xa.ngaixuyen"))).andExpect(status().isOk());
		long id = jdbc.queryForObject("SELECT max(id) FROM audit_event", Long.class);
		assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET actor = 'someone' WHERE id = ?", id))
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE id = ?", id))
			.hasStackTraceContaining("append-only");
		String partition = partitions.ensure(LocalDate.now());
		assertThatThrownBy(() -> jdbc.update("DELETE FROM " + partition + " WHERE id = ?", id))
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.execute("TRUNCATE " + partition)).hasStackTraceContaining("append-only");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void retentionDropsOnlyWholeMonthsPastThePeriodAndPartitionsAreMadeAhead() {
		partitions.ensure(LocalDate.of(2019, 3, 10));
		partitions.ensureAhead(LocalDate.now(), 2);
		assertThat(partitions.months()).contains(java.time.YearMonth.now().plusMonths(2),
				java.time.YearMonth.of(2019, 3));
		assertThat(partitions.dropOlderThan(LocalDate.now(), 60)).contains(java.time.YearMonth.of(2019, 3))
			.doesNotContain(java.time.YearMonth.now());
		assertThat(partitions.months()).doesNotContain(java.time.YearMonth.of(2019, 3));
	}

	@Test
	void theAuditApiAnswersAdministratorsAndRefusesEveryoneElseWithAProblem() throws Exception {
		long household = householdIn("Ngãi Xuyên");
		mvc.perform(get("/households/" + household).with(as("xa.ngaixuyen"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/audit").param("actor", "xa.ngaixuyen")
			.param("household", "" + household)
			.param("from", LocalDate.now().minusDays(1).toString())
			.param("to", LocalDate.now().plusDays(1).toString())
			.with(httpBasic("admin", DemoData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].actor").value("xa.ngaixuyen"))
			.andExpect(jsonPath("$[0].householdId").value(household));
		for (String other : new String[] { "xa.ngaixuyen", "huyen.tracu", "so.travinh" }) {
			mvc.perform(get("/api/v1/audit").with(httpBasic(other, DemoData.PASSWORD)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.title").value("Không có quyền truy cập"));
		}
	}

	@Test
	void theDataProtectionOfficerReadsTheAuditAndNoPersonalDataOrAdministration() throws Exception {
		long household = householdIn("Ngãi Xuyên");
		mvc.perform(get("/households/" + household).with(as("xa.ngaixuyen"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/audit").param("household", "" + household)
			.with(httpBasic("baove.dulieu", DemoData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].householdId").value(household));
		mvc.perform(get("/audit").with(as("baove.dulieu"))).andExpect(status().isOk());
		mvc.perform(get("/").with(as("baove.dulieu")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/audit"));
		for (String refused : new String[] { "/households", "/households/" + household, "/accounts", "/areas",
				"/reports", "/summary" }) {
			mvc.perform(get(refused).with(as("baove.dulieu"))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theAuditPageSearchesAndExportsForAdministratorsOnly() throws Exception {
		long household = householdIn("Ngãi Xuyên");
		mvc.perform(get("/households/" + household).with(as("xa.ngaixuyen"))).andExpect(status().isOk());
		mvc.perform(get("/audit").param("household", "" + household).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("xa.ngaixuyen")));
		mvc.perform(get("/audit").param("household", "abc").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bộ lọc không hợp lệ")));
		mvc.perform(get("/audit/export.csv").param("household", "" + household).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"xa.ngaixuyen\"")));
		mvc.perform(get("/audit").with(as("huyen.tracu"))).andExpect(status().isForbidden());
		mvc.perform(get("/audit/export.csv").with(as("so.travinh"))).andExpect(status().isForbidden());
	}

	@Test
	void csvCellsThatCouldBeFormulasAreWrittenAsText() {
		assertThat(AuditController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(AuditController.cell("+84")).isEqualTo("\"'+84\"");
		assertThat(AuditController.cell("Nguyễn")).isEqualTo("\"Nguyễn\"");
	}

}

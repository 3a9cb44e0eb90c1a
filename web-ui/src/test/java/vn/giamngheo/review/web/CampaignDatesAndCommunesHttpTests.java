package vn.giamngheo.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;

/**
 * Issue 14 over HTTP, in the demo's two-level province: the province's officer opens the
 * 2032 review for two communes only, which a third commune neither lists nor opens; entry
 * before the campaign's dates is refused (the API with a 409 problem in Vietnamese) until
 * the officer grants a late-entry window, shown on the campaign page.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class CampaignDatesAndCommunesHttpTests {

	private static final int YEAR = 2032;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PovertyStandardCatalog catalog;

	@Autowired
	Clock clock;

	long kimSon;

	long ngaiXuyen;

	long anQuangHuu;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@BeforeEach
	void standard() {
		Camp14TestData.ensureStandard(catalog);
		kimSon = Camp14TestData.commune(jdbc, "Kim Sơn");
		ngaiXuyen = Camp14TestData.commune(jdbc, "Ngãi Xuyên");
		anQuangHuu = Camp14TestData.commune(jdbc, "An Quảng Hữu");
	}

	/**
	 * The province's 2032 campaign for Kim Sơn and Ngãi Xuyên, opened through the page
	 * once.
	 */
	long campaign() throws Exception {
		var existing = jdbc.queryForList("""
				SELECT id FROM review_campaign WHERE year = ? AND area_id = ? AND purpose = 'ANNUAL'""", Long.class,
				YEAR, Camp14TestData.province(jdbc));
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		MvcResult opened = mvc
			.perform(post("/reviews/campaigns").with(as("huyen.tracu"))
				.with(csrf())
				.param("year", String.valueOf(YEAR))
				.param("areaId", String.valueOf(Camp14TestData.province(jdbc)))
				.param("purpose", "ANNUAL")
				.param("startsOn", "01/09/2032")
				.param("endsOn", "14/12/2032")
				.param("communeIds", String.valueOf(kimSon), String.valueOf(ngaiXuyen)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(opened.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
	}

	@Test
	void aCommuneOutsideTheChosenSetNeitherListsNorOpensTheCampaign() throws Exception {
		long campaign = campaign();
		assertThat(jdbc.queryForList("SELECT commune_id FROM campaign_commune WHERE campaign_id = ?", Long.class,
				campaign))
			.containsExactlyInAnyOrder(kimSon, ngaiXuyen);
		mvc.perform(get("/reviews").with(as("xa.anquanghuu")))
			.andExpect(content().string(not(containsString("/reviews/campaigns/" + campaign + "\""))));
		mvc.perform(get("/reviews").with(as("xa.kimson")))
			.andExpect(content().string(containsString("/reviews/campaigns/" + campaign + "\"")));
		mvc.perform(get("/reviews/campaigns/" + campaign).with(as("xa.anquanghuu"))).andExpect(status().isForbidden());
		mvc.perform(get("/reviews/campaigns/" + campaign + "/communes/" + anQuangHuu).with(as("huyen.tracu")))
			.andExpect(status().isForbidden());
		String aqh = "/api/v1/communes/" + Camp14TestData.code(jdbc, anQuangHuu) + "/campaigns";
		mvc.perform(get(aqh).with(as("xa.anquanghuu")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("\"id\":" + campaign + ","))));
		mvc.perform(get(aqh).with(as("huyen.tracu")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("\"id\":" + campaign + ","))));
		mvc.perform(get("/api/v1/communes/" + Camp14TestData.code(jdbc, kimSon) + "/campaigns").with(as("huyen.tracu")))
			.andExpect(content().string(containsString("\"id\":" + campaign + ",")));
		// The campaign page lists the two communes only.
		mvc.perform(get("/reviews/campaigns/" + campaign).with(as("huyen.tracu")))
			.andExpect(content().string(containsString("Kim Sơn")))
			.andExpect(content().string(not(containsString(">Xã An Quảng Hữu<"))));
	}

	@Test
	void aCommuneThatIsNotUnderTheAreaOrInScopeIsRefusedNextToTheCommunes() throws Exception {
		long hiepMy = jdbc.queryForObject("""
				SELECT c.id FROM area c JOIN area d ON d.id = c.parent_id
				WHERE c.name = 'Hiệp Mỹ Đông' AND d.name = 'Cầu Ngang'""", Long.class);
		mvc.perform(post("/reviews/campaigns").with(as("huyen.tracu"))
			.with(csrf())
			.param("year", "2031")
			.param("areaId", String.valueOf(Camp14TestData.province(jdbc)))
			.param("purpose", "BASELINE")
			.param("startsOn", "01/09/2031")
			.param("endsOn", "14/12/2031")
			.param("communeIds", String.valueOf(kimSon), String.valueOf(hiepMy)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mỗi xã được chọn phải thuộc địa bàn của đợt")));
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM review_campaign WHERE year = 2031 AND purpose = 'BASELINE'", Integer.class))
			.isZero();
	}

	@Test
	void entryBeforeTheCampaignIsRefusedUntilTheOwnerGrantsALateEntryWindow() throws Exception {
		long campaign = campaign();
		long household = jdbc.queryForObject("""
				SELECT id FROM household WHERE commune_id = ? ORDER BY id OFFSET 40 LIMIT 1""", Long.class, kimSon);
		String api = "/api/v1/communes/" + Camp14TestData.code(jdbc, kimSon) + "/campaigns/" + campaign + "/reviews";
		String body = "{\"householdId\":%d,\"monthlyIncomePerCapita\":5000000,\"deficiencies\":[]}"
			.formatted(household);
		mvc.perform(post(api).with(as("xa.kimson")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(containsString("\"field\":\"campaign\"")))
			.andExpect(content().string(containsString("Ngoài thời gian nhập của đợt rà soát")));
		// The commune's worklist says so before anyone types.
		mvc.perform(get("/reviews/campaigns/" + campaign + "/communes/" + kimSon).with(as("xa.kimson")))
			.andExpect(content().string(containsString("hôm nay ngoài thời gian này")));

		// Only the owner grants, and only with an end and a reason; each refusal sits
		// next to its field.
		String grant = "/reviews/campaigns/" + campaign + "/late-entry";
		LocalDate until = LocalDate.now(clock).plusDays(10);
		String day = until.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		mvc.perform(post(grant).with(as("xa.kimson")).with(csrf()).param("until", day).param("reason", "Lũ"))
			.andExpect(status().isForbidden());
		mvc.perform(post(grant).with(as("huyen.tracu")).with(csrf()).param("until", day).param("reason", " "))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("lateError"));
		mvc.perform(get("/reviews/campaigns/" + campaign).with(as("huyen.tracu"))
			.flashAttr("lateError", java.util.Map.of("field", "until", "key", "review.late.untilFormat"))
			.flashAttr("lateTyped", java.util.Map.of("communeId", "", "until", "31/02/2032", "reason", "Lũ")))
			.andExpect(content().string(containsString("Ngày phải theo dạng dd/mm/yyyy")))
			.andExpect(content().string(containsString("value=\"31/02/2032\"")));
		mvc.perform(post(grant).with(as("huyen.tracu")).with(csrf()).param("until", "31/02/2032").param("reason", "Lũ"))
			.andExpect(flash().attribute("lateError",
					java.util.Map.of("field", "until", "key", "review.late.untilFormat")));
		mvc.perform(post(grant).with(as("huyen.tracu"))
			.with(csrf())
			.param("communeId", String.valueOf(kimSon))
			.param("until", day)
			.param("reason", "Xã chuẩn bị sớm cho đợt 2032"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "camp14.late.granted"));
		mvc.perform(get("/reviews/campaigns/" + campaign).with(as("huyen.tracu")))
			.andExpect(content().string(containsString(
					"Cho phép nhập muộn đến " + day + " (xã Kim Sơn) – lý do: Xã chuẩn bị sớm cho đợt 2032")));
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM audit_event WHERE actor = 'huyen.tracu' AND action = 'CHANGE'
				AND target LIKE 'review_campaign/' || ? || '/late-entry/%'""", Integer.class, campaign)).isEqualTo(1);

		mvc.perform(post(api).with(as("xa.kimson")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"state\":\"DRAFT\"")));
		// Once the window is over (moved back as if the days had passed), "Gửi các hộ đã
		// chọn" names the refusal.
		long review = jdbc.queryForObject("SELECT id FROM household_review WHERE campaign_id = ? AND household_id = ?",
				Long.class, campaign, household);
		jdbc.update("UPDATE review_late_entry SET opens_on = ?, until = ? WHERE campaign_id = ?",
				LocalDate.now(clock).minusDays(5), LocalDate.now(clock).minusDays(1), campaign);
		MvcResult bulk = mvc
			.perform(post("/reviews/campaigns/" + campaign + "/communes/" + kimSon + "/submit-selected")
				.with(as("xa.kimson"))
				.with(csrf())
				.param("reviewId", String.valueOf(review)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(String.valueOf(bulk.getFlashMap().get("bulkRefusals"))).contains("review.entry.closed");
		assertThat(jdbc.queryForObject("SELECT state FROM household_review WHERE id = ?", String.class, review))
			.isEqualTo("DRAFT");
		// Ngãi Xuyên has no window of its own: still refused.
		long other = jdbc.queryForObject("SELECT id FROM household WHERE commune_id = ? ORDER BY id OFFSET 40 LIMIT 1",
				Long.class, ngaiXuyen);
		mvc.perform(
				post("/api/v1/communes/" + Camp14TestData.code(jdbc, ngaiXuyen) + "/campaigns/" + campaign + "/reviews")
					.with(as("xa.ngaixuyen"))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"householdId\":%d,\"monthlyIncomePerCapita\":5000000,\"deficiencies\":[]}"
						.formatted(other)))
			.andExpect(status().isConflict());
	}

}

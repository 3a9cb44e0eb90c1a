package vn.giamngheo.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Where the province lets them (issue 14, item 1; setting on /areas/approval-chains,
 * V66), a commune official makes their own commune's plan and enters its figures; never
 * another commune's, never a district's plan, and nothing at all while the setting is
 * off. Communes Kim Sơn and Ngãi Xuyên of the demo province 84.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class CommunePlanOwnershipHttpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** An area of the demo province's tree (fixture trees reuse the names). */
	private long area(String name, String kind) {
		return jdbc.queryForObject("""
				WITH RECURSIVE tree AS (SELECT id FROM area WHERE code = '84'
				    UNION ALL SELECT a.id FROM area a JOIN tree t ON a.parent_id = t.id)
				SELECT a.id FROM area a JOIN tree t ON t.id = a.id WHERE a.name = ? AND a.kind = ?""", Long.class, name,
				kind);
	}

	private long province() {
		return jdbc.queryForObject("SELECT id FROM area WHERE code = '84'", Long.class);
	}

	private void setting(boolean on) throws Exception {
		mvc.perform(post("/areas/approval-chains/plan").param("provinceId", String.valueOf(province()))
			.param("communeOwnsPlan", String.valueOf(on))
			.with(as("admin"))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	@AfterEach
	void settingOffAgain() throws Exception {
		// The database is shared by the module's tests: the demo province goes back to
		// the default.
		setting(false);
	}

	private ResultActions createPlan(String username, long areaId, String number) throws Exception {
		return mvc.perform(post("/plans").param("areaId", String.valueOf(areaId))
			.param("year", "2026")
			.param("number", number)
			.param("issuedOn", "15/01/2026")
			.param("issuer", "UBND xã")
			.param("title", "Kế hoạch giảm nghèo năm 2026")
			.with(as(username))
			.with(csrf()));
	}

	private Long planId(String number) {
		return jdbc.query("SELECT id FROM plan WHERE number = ?", (rs, i) -> rs.getLong(1), number)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private ResultActions addTarget(String username, long planId) throws Exception {
		return mvc.perform(post("/plans/" + planId + "/targets").param("indicator", "JOBS")
			.param("kind", "COUNT_TO_REACH")
			.param("label", "Giải quyết việc làm")
			.param("value", "120")
			.with(as(username))
			.with(csrf()));
	}

	@Test
	void withTheSettingOffACommuneOfficialMakesNoPlan() throws Exception {
		String number = "KH-" + UUID.randomUUID().toString().substring(0, 8);
		createPlan("xa.kimson", area("Kim Sơn", "COMMUNE"), number).andExpect(status().isForbidden());
		assertThat(planId(number)).isNull();
	}

	@Test
	void onlyTheAdministratorChangesTheSetting() throws Exception {
		mvc.perform(post("/areas/approval-chains/plan").param("provinceId", String.valueOf(province()))
			.param("communeOwnsPlan", "true")
			.with(as("huyen.tracu"))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.queryForList("SELECT commune_owns_plan FROM province_plan_setting WHERE province_id = ?",
				Boolean.class, province()))
			.doesNotContain(true);
	}

	@Test
	void withTheSettingOnTheCommuneOfficialMakesTheCommunesPlanAndEntersItsFigures() throws Exception {
		setting(true);
		String page = mvc.perform(get("/areas/approval-chains").with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Xã tự lập kế hoạch: bật");

		long kimSon = area("Kim Sơn", "COMMUNE");
		String number = "KH-" + UUID.randomUUID().toString().substring(0, 8);
		createPlan("xa.kimson", kimSon, number).andExpect(status().is3xxRedirection());
		long plan = planId(number);
		mvc.perform(get("/plans/" + plan).with(as("xa.kimson"))).andExpect(status().isOk());
		addTarget("xa.kimson", plan).andExpect(status().is3xxRedirection());
		long target = jdbc.queryForObject("SELECT id FROM plan_target WHERE plan_id = ?", Long.class, plan);
		mvc.perform(
				post("/plans/" + plan + "/targets/" + target + "/actuals").param("communeId", String.valueOf(kimSon))
					.param("value", "45")
					.param("asOf", "30/06/2026")
					.with(as("xa.kimson"))
					.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT value FROM target_actual WHERE target_id = ?",
				java.math.BigDecimal.class, target))
			.isEqualByComparingTo("45");

		// Another commune's official reaches neither the plan nor its figures.
		addTarget("xa.ngaixuyen", plan).andExpect(status().isForbidden());
		mvc.perform(
				post("/plans/" + plan + "/targets/" + target + "/actuals").param("communeId", String.valueOf(kimSon))
					.param("value", "99")
					.param("asOf", "30/06/2026")
					.with(as("xa.ngaixuyen"))
					.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM target_actual WHERE target_id = ?", Integer.class, target))
			.isEqualTo(1);
	}

	@Test
	void withTheSettingOnACommuneOfficialMakesNoPlanForAnotherCommuneOrTheDistrict() throws Exception {
		setting(true);
		String other = "KH-" + UUID.randomUUID().toString().substring(0, 8);
		createPlan("xa.kimson", area("Ngãi Xuyên", "COMMUNE"), other).andExpect(status().isForbidden());
		String district = "KH-" + UUID.randomUUID().toString().substring(0, 8);
		createPlan("xa.kimson", area("Trà Cú", "DISTRICT"), district).andExpect(status().isForbidden());
		assertThat(planId(other)).isNull();
		assertThat(planId(district)).isNull();

		// The district's own plan stays the district's.
		String districts = "KH-" + UUID.randomUUID().toString().substring(0, 8);
		createPlan("huyen.tracu", area("Trà Cú", "DISTRICT"), districts).andExpect(status().is3xxRedirection());
		addTarget("xa.kimson", planId(districts)).andExpect(status().isForbidden());
	}

}

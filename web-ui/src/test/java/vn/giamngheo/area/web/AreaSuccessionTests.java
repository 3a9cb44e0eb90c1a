package vn.giamngheo.area.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * An administrator ends an area or has it succeeded; its households follow with their
 * history; nobody else may.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class AreaSuccessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	long area(String code, String name, String kind, String level, Long parent, String from) {
		return jdbc.queryForObject("""
				INSERT INTO area (code, name, level, kind, parent_id, area_type, valid_from)
				VALUES (?, ?, ?, ?, ?, ?, CAST(? AS date)) RETURNING id""", Long.class, code, name, level, kind, parent,
				level.equals("COMMUNE") ? "RURAL" : null, from);
	}

	@Test
	void anAdministratorMergesACommuneAndItsHouseholdsMoveWithTheirHistory() throws Exception {
		long province = area("SX1", "Tỉnh thử sáp nhập", "PROVINCE", "PROVINCE", null, "2020-01-01");
		long old = area("SX1C1", "Xã Cũ", "COMMUNE", "COMMUNE", province, "2020-01-01");
		long village = area("SX1C1V1", "Ấp Một", "HAMLET", "VILLAGE", old, "2020-01-01");
		long merged = area("SX1C9", "Xã Mới", "COMMUNE", "COMMUNE", province, "2025-07-01");
		jdbc.update("""
				INSERT INTO household (code, commune_id, village_id, address, head_name, ethnicity, category,
				    search_text, sort_key, created_by, updated_by)
				VALUES ('SX1-1', ?, ?, 'Tổ 1', 'Thạch Sa', 'KHMER', 'NOT_POOR', 'sx1-1', 'Sa Thạch', 't', 't')""", old,
				village);
		try {
			mergesAndChecks(old, merged);
		}
		finally {
			// Other tests of the run count every household of the database: leave none
			// behind.
			jdbc.update("DELETE FROM household WHERE code = 'SX1-1'");
		}
	}

	void mergesAndChecks(long old, long merged) throws Exception {
		var admin = user(users.loadUserByUsername("admin"));

		mvc.perform(post("/areas/" + old + "/succession").param("successorCode", "SX1C9")
			.param("effectiveOn", "2025-07-01")
			.param("legalBasis", "Nghị quyết 1687/NQ-UBTVQH15")
			.with(admin)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "flash.areas.succeeded"));

		assertThat(jdbc.queryForObject("SELECT valid_to FROM area WHERE id = ?", LocalDate.class, old))
			.isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(jdbc.queryForObject("SELECT commune_id FROM household WHERE code = 'SX1-1'", Long.class))
			.isEqualTo(merged);
		assertThat(jdbc.queryForObject("""
				SELECT details FROM household_change c JOIN household h ON h.id = c.household_id
				WHERE h.code = 'SX1-1' AND c.action = 'COMMUNE_SUCCEEDED'""", String.class))
			.isEqualTo("Xã Cũ → Xã Mới (01/07/2025, Nghị quyết 1687/NQ-UBTVQH15)");
		mvc.perform(get("/areas").param("parent", String.valueOf(old)).with(admin))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("Xã Mới (SX1C9)")));

		// A wrong successor code or a date before the unit began is a message, not an
		// error page.
		mvc.perform(post("/areas/" + merged + "/succession").param("successorCode", "NOPE")
			.param("effectiveOn", "2025-08-01")
			.with(admin)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "area.succession.error.unknown"));
		mvc.perform(post("/areas/" + merged + "/end").param("lastDay", "2019-01-01").with(admin).with(csrf()))
			.andExpect(flash().attribute("problem", "area.succession.error.lastDay"));
		mvc.perform(post("/areas/" + merged + "/end").param("lastDay", "2030-12-31").with(admin).with(csrf()))
			.andExpect(flash().attribute("flash", "flash.areas.ended"));
		assertThat(jdbc.queryForObject("SELECT valid_to FROM area WHERE id = ?", LocalDate.class, merged))
			.isEqualTo(LocalDate.of(2030, 12, 31));
	}

	@Test
	void onlyAnAdministratorMayEndOrSucceedAnArea() throws Exception {
		long commune = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Kim Sơn' AND level = 'COMMUNE'",
				Long.class);
		for (String who : new String[] { "huyen.tracu", "xa.kimson", "so.travinh" }) {
			mvc.perform(post("/areas/" + commune + "/end").param("lastDay", "2030-12-31")
				.with(user(users.loadUserByUsername(who)))
				.with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/areas/" + commune + "/succession").param("successorCode", "849")
				.param("effectiveOn", "2030-01-01")
				.with(user(users.loadUserByUsername(who)))
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(jdbc.queryForObject("SELECT valid_to FROM area WHERE id = ?", LocalDate.class, commune)).isNull();
	}

}

package vn.giamngheo.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Support pages are guarded on the server: commune officials see their commune only,
 * district officers their district, the provincial viewer the totals and nothing with
 * names, for every page, export and count.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class SupportSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	long commune(String name) {
		return jdbc.queryForObject("SELECT id FROM area WHERE name = ? AND level = 'COMMUNE' ORDER BY id LIMIT 1",
				Long.class, name);
	}

	long householdIn(String commune) {
		return jdbc.queryForObject("""
				SELECT h.id FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = ? AND c.level = 'COMMUNE' ORDER BY h.id LIMIT 1""", Long.class, commune);
	}

	@ParameterizedTest(name = "{0} GET {1} -> {2}")
	@CsvSource({ "xa.ngaixuyen, /support, 200", "xa.ngaixuyen, /support/new, 200", "xa.ngaixuyen, /support/bulk, 200",
			"xa.ngaixuyen, /support/loans, 200", "xa.ngaixuyen, /support/coverage, 200",
			"xa.ngaixuyen, /support/totals, 200", "xa.ngaixuyen, /support/programs, 200",
			"xa.ngaixuyen, /support/programs/new, 403", "huyen.tracu, /support/programs/new, 200",
			"huyen.tracu, /support/coverage, 200", "so.travinh, /support/totals, 200",
			"so.travinh, /support/totals/export.xlsx, 200", "so.travinh, /support, 403",
			"so.travinh, /support/new, 403", "so.travinh, /support/bulk, 403", "so.travinh, /support/loans, 403",
			"so.travinh, /support/coverage, 403", "so.travinh, /support/programs, 403", "admin, /support, 403",
			"admin, /support/totals, 403" })
	void eachRoleOpensOnlyItsOwnSupportPages(String username, String path, int expected) throws Exception {
		mvc.perform(get(path).with(as(username))).andExpect(status().is(expected));
	}

	@Test
	void communeOfficialIsRefusedAnotherCommunesHouseholdsListsAndCounts() throws Exception {
		long kimSon = commune("Kim Sơn");
		mvc.perform(get("/support/households/" + householdIn("Kim Sơn")).with(as("xa.ngaixuyen")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/support/households/" + householdIn("Ngãi Xuyên")).with(as("xa.ngaixuyen")))
			.andExpect(status().isOk());
		mvc.perform(get("/support/coverage?commune=" + kimSon).with(as("xa.ngaixuyen")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/support/totals?commune=" + kimSon).with(as("xa.ngaixuyen")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/support/totals/export.xlsx?commune=" + kimSon).with(as("xa.ngaixuyen")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/support/bulk/preview").with(as("xa.ngaixuyen"))
			.with(csrf())
			.param("communeId", String.valueOf(kimSon))
			.param("categories", "POOR")
			.param("programId", programId("TET"))
			.param("disbursedOn", "01/02/2026")
			.param("amount", "500000")
			.param("fundingSource", "DISTRICT_BUDGET")
			.param("decisionRef", "QĐ 1")).andExpect(status().isForbidden());
	}

	@Test
	void aHouseholdCodeOfAnotherCommuneIsNotFoundAndNothingIsWritten() throws Exception {
		String code = jdbc.queryForObject("SELECT code FROM household WHERE id = ?", String.class,
				householdIn("Kim Sơn"));
		long before = jdbc.queryForObject("SELECT count(*) FROM support_disbursement", Long.class);
		mvc.perform(post("/support/new").with(as("xa.ngaixuyen"))
			.with(csrf())
			.param("householdCode", code)
			.param("programId", programId("TET"))
			.param("disbursedOn", "01/02/2026")
			.param("amount", "500000")
			.param("fundingSource", "DISTRICT_BUDGET")
			.param("decisionRef", "QĐ 1"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Không tìm thấy hộ có mã này trong địa bàn của bạn.")));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM support_disbursement", Long.class)).isEqualTo(before);
	}

	@Test
	void districtOfficerIsRefusedAnotherDistrictsCommune() throws Exception {
		long otherDistrict = jdbc.queryForObject("""
				SELECT c.id FROM area c JOIN area d ON d.id = c.parent_id
				WHERE d.name = 'Cầu Ngang' AND c.level = 'COMMUNE' ORDER BY c.id LIMIT 1""", Long.class);
		mvc.perform(get("/support/totals?commune=" + otherDistrict).with(as("huyen.tracu")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/support/coverage?commune=" + otherDistrict).with(as("huyen.tracu")))
			.andExpect(status().isForbidden());
	}

	@Test
	void provincialViewerReadsTotalsWithoutNames() throws Exception {
		String head = jdbc.queryForObject("SELECT head_name FROM household WHERE id = ?", String.class,
				householdIn("Ngãi Xuyên"));
		mvc.perform(get("/support/totals?groupBy=COMMUNE").with(as("so.travinh")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Tổng hợp hỗ trợ")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(head))));
		mvc.perform(get("/support/households/" + householdIn("Ngãi Xuyên")).with(as("so.travinh")))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputGetsVietnameseMessagesNextToTheFields() throws Exception {
		mvc.perform(post("/support/new").with(as("xa.ngaixuyen"))
			.with(csrf())
			.param("householdCode", "")
			.param("disbursedOn", "31/02/2026")
			.param("amount", "năm trăm"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Hãy nhập mã hộ.")))
			.andExpect(content().string(Matchers.containsString("Ngày cấp không hợp lệ")))
			.andExpect(content().string(Matchers.containsString("Số tiền không hợp lệ (ví dụ 500.000)")))
			.andExpect(content().string(Matchers.containsString("Hãy chọn nguồn kinh phí.")));
	}

	String programId(String code) {
		return String.valueOf(jdbc.queryForObject("SELECT id FROM support_program WHERE code = ?", Long.class, code));
	}

}

package vn.giamngheo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.giamngheo.demo.DemoData;

/**
 * Access is enforced on the server: grants and denials for every role, and the login
 * protections.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class SecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	long householdIn(String commune) {
		return jdbc.queryForObject("""
				SELECT h.id FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = ? AND c.kind = 'COMMUNE' ORDER BY h.id LIMIT 1""", Long.class, commune);
	}

	@ParameterizedTest(name = "{0} GET {1} -> {2}")
	@CsvSource({ "xa.ngaixuyen, /households, 200", "xa.ngaixuyen, /summary, 403", "xa.ngaixuyen, /accounts, 403",
			"xa.ngaixuyen, /areas, 403", "huyen.tracu, /households, 200", "huyen.tracu, /summary, 200",
			"huyen.tracu, /accounts, 403", "so.travinh, /summary, 200", "so.travinh, /households, 403",
			"so.travinh, /households/new, 403", "so.travinh, /areas/import, 403", "admin, /accounts, 200",
			"admin, /areas, 200", "admin, /areas/import, 200", "admin, /households, 403", "admin, /summary, 403" })
	void eachRoleOpensOnlyItsOwnPages(String username, String path, int expected) throws Exception {
		mvc.perform(get(path).with(as(username))).andExpect(status().is(expected));
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		mvc.perform(get("/households")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Nested
	class HouseholdsByUrl {

		@Test
		void communeOfficialReadsTheirCommunesHouseholdButNotAnothers() throws Exception {
			mvc.perform(get("/households/" + householdIn("Ngãi Xuyên")).with(as("xa.ngaixuyen")))
				.andExpect(status().isOk());
			mvc.perform(get("/households/" + householdIn("Kim Sơn")).with(as("xa.ngaixuyen")))
				.andExpect(status().isForbidden())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Không có quyền truy cập")));
			mvc.perform(get("/households/" + householdIn("Kim Sơn") + "/members/new").with(as("xa.ngaixuyen")))
				.andExpect(status().isForbidden());
		}

		@Test
		void districtOfficerReadsEveryCommuneOfTheirDistrictOnly() throws Exception {
			mvc.perform(get("/households/" + householdIn("Kim Sơn")).with(as("huyen.tracu")))
				.andExpect(status().isOk());
			mvc.perform(get("/households/" + householdIn("Vĩnh Kim")).with(as("huyen.tracu")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/households/" + householdIn("Vĩnh Kim")).with(as("huyen.caungang")))
				.andExpect(status().isOk());
		}

		@Test
		void provincialViewerNeverSeesANamedHousehold() throws Exception {
			mvc.perform(get("/households/" + householdIn("Kim Sơn")).with(as("so.travinh")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/households").param("q", "nguyen").with(as("so.travinh")))
				.andExpect(status().isForbidden());
		}

		@Test
		void communeOfficialCannotEditAnotherCommunesHouseholdByPostingTheForm() throws Exception {
			long other = householdIn("Kim Sơn");
			String before = jdbc.queryForObject("SELECT address FROM household WHERE id = ?", String.class, other);
			mvc.perform(post("/households/" + other + "/edit").with(as("xa.ngaixuyen"))
				.with(csrf())
				.param("villageId", "1")
				.param("address", "Đổi trái phép")
				.param("headName", "Ai Đó")
				.param("ethnicity", "KINH")
				.param("category", "POOR")
				.param("version", "0")).andExpect(status().isForbidden());
			assertThat(jdbc.queryForObject("SELECT address FROM household WHERE id = ?", String.class, other))
				.isEqualTo(before);
		}

		@Test
		void listCountsOnlyTheCallersCommune() throws Exception {
			long ngaiXuyen = jdbc.queryForObject("""
					SELECT count(*) FROM household h JOIN area c ON c.id = h.commune_id
					WHERE c.name = 'Ngãi Xuyên' AND c.kind = 'COMMUNE'""", Long.class);
			mvc.perform(get("/households").with(as("xa.ngaixuyen")))
				.andExpect(content().string(org.hamcrest.Matchers
					.containsString("Tổng số: " + vn.giamngheo.shared.Vnd.grouped(ngaiXuyen) + " hộ")));
		}

	}

	@Nested
	class Login {

		@Test
		void postingWithoutACsrfTokenIsRefused() throws Exception {
			mvc.perform(post("/households/new").with(as("xa.ngaixuyen")).param("headName", "X"))
				.andExpect(status().isForbidden());
		}

		@Test
		void loginChangesTheSessionIdAgainstFixation() throws Exception {
			MockHttpSession session = new MockHttpSession();
			String before = session.getId();
			var result = mvc.perform(formLogin().user("xa.hamgiang").password(DemoData.PASSWORD))
				.andExpect(redirectedUrl("/"))
				.andReturn();
			assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
		}

		@Test
		void pausesTheAccountFromThisAddressAfterFiveWrongPasswords() throws Exception {
			for (int i = 0; i < 5; i++) {
				mvc.perform(formLogin().user("xa.thanhson").password("sai-mat-khau"))
					.andExpect(redirectedUrl("/login?error"));
			}
			var result = mvc.perform(formLogin().user("xa.thanhson").password(DemoData.PASSWORD))
				.andExpect(redirectedUrl("/login?error"))
				.andReturn();
			assertThat(result.getRequest().getSession().getAttribute("SPRING_SECURITY_LAST_EXCEPTION"))
				.isInstanceOf(org.springframework.security.authentication.LockedException.class);
			jdbc.update("UPDATE account SET locked_until = NULL, failed_attempts = 0 WHERE username = 'xa.thanhson'");
			jdbc.update("DELETE FROM login_throttle WHERE username = 'xa.thanhson'");
		}

		@Test
		void loginPageIsInVietnameseAndOffersEnglish() throws Exception {
			mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập")));
			mvc.perform(get("/login").param("lang", "en"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Log in")));
		}

		@Test
		void apiAnswers401WithoutCredentials() throws Exception {
			mvc.perform(post("/api/v1/poverty/classify").contentType("application/json").content("{}"))
				.andExpect(status().isUnauthorized());
		}

	}

}

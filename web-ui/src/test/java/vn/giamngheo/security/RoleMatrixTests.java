package vn.giamngheo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.giamngheo.demo.DemoData;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.sheet.ReviewTestData;

/**
 * Every role against the pages, exports and API of the Kim Sơn commune official's data
 * (Trà Cú district), and the administrators' pages: each call must be refused, and the
 * refusal must name nobody from Kim Sơn.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewService reviews;

	Stream<Arguments> refusals() {
		long household = jdbc.queryForObject("""
				SELECT h.id FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = 'Kim Sơn' AND c.kind = 'COMMUNE' AND h.member_count > 0 ORDER BY h.id LIMIT 1""",
				Long.class);
		long member = jdbc.queryForObject("SELECT min(id) FROM household_member WHERE household_id = ?", Long.class,
				household);
		long commune = ReviewTestData.communeId(jdbc, "Kim Sơn");
		long campaign = ReviewTestData.campaign(jdbc, users, reviews, 2028);
		String list = "/reviews/campaigns/" + campaign + "/communes/" + commune;
		List<String> people = List.of("/households/" + household, "/households/" + household + "/edit",
				"/households/" + household + "/members/new",
				"/households/" + household + "/members/" + member + "/edit", "/support/households/" + household,
				"/reviews/households/" + household, list + "/sheet.xlsx", list + "/list.xlsx", list + "/list.pdf",
				list + "/upload");
		List<Arguments> cases = new ArrayList<>();
		for (String other : List.of("xa.ngaixuyen", "huyen.caungang", "so.travinh", "admin")) {
			for (String path : people) {
				cases.add(Arguments.of(other, path));
			}
		}
		for (String other : List.of("xa.kimson", "huyen.tracu", "so.travinh")) {
			for (String path : List.of("/accounts", "/areas", "/audit", "/audit/export.csv", "/actuator/metrics",
					"/actuator/prometheus", "/poverty/standards")) {
				cases.add(Arguments.of(other, path));
			}
		}
		for (String path : List.of("/support/totals/export.xlsx", "/reports/communes.xlsx", "/summary")) {
			cases.add(Arguments.of("admin", path));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} GET {1} is refused")
	@MethodSource("refusals")
	void eachRoleIsRefusedAnotherRolesOrAreasData(String username, String path) throws Exception {
		var answer = mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
		assertThat(answer.getStatus()).as(path).isIn(403, 404);
		String kimSonHeads = String.join("|", jdbc.queryForList("""
				SELECT h.head_name FROM household h JOIN area c ON c.id = h.commune_id WHERE c.name = 'Kim Sơn'
				LIMIT 50""", String.class));
		for (String head : kimSonHeads.split("\\|")) {
			assertThat(answer.getContentAsString()).doesNotContain(head);
		}
	}

	@ParameterizedTest(name = "{0} on the audit API is refused")
	@org.junit.jupiter.params.provider.ValueSource(strings = { "xa.kimson", "huyen.tracu", "so.travinh" })
	void theAuditApiIsForAdministratorsOnly(String username) throws Exception {
		var answer = mvc.perform(get("/api/v1/audit").with(httpBasic(username, DemoData.PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(answer.getStatus()).isEqualTo(403);
		assertThat(answer.getContentType()).startsWith("application/problem+json");
	}

}

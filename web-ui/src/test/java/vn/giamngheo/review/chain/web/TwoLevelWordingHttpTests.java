package vn.giamngheo.review.chain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No "huyện" where there is none (issue 14, item 1): the demo province Trà Vinh has had
 * no district since 01/07/2025, so the main pages, as the official of the merged commune
 * Tân Tập and as the province's officer read them today, never say "huyện" nor "Phòng
 * LĐ-TB&XH" — the register import and duplicate help, the province report tab, funding
 * sources of money given since the reform, the regular review, and the user guide's pages
 * of their work. A report of 2024 and a grant total reaching back before the reform keep
 * the district's wording. Stored data is left out of the check, being names rather than
 * the application's wording: the account's own name (the demo officer is called "Phòng
 * LĐ-TB&XH Trà Cú") and the programme catalogue's names and legal bases (Decision
 * 90/QĐ-TTg names its projects for "các huyện nghèo").
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class TwoLevelWordingHttpTests {

	/** "huyện" as a word, or the former district labour office, in any case. */
	private static final Pattern DISTRICT_WORDING = Pattern
		.compile("(?iu)\\bhuyện\\b|Phòng LĐ-TB&XH|Phòng LĐ-TB&amp;XH");

	static final String SINCE_REFORM = "from=01/07/2025";

	static final int THIS_YEAR = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

	static final List<String> COMMUNE_PAGES = List.of("/households", "/households/import", "/households/duplicates",
			"/reviews", "/reviews/steps/regular", "/reviews/steps/overdue", "/support", "/support/programs",
			"/support/totals?" + SINCE_REFORM, "/support/totals?groupBy=SOURCE&" + SINCE_REFORM, "/plans",
			"/reports/communes?year=" + THIS_YEAR, "/help", "/help/02-ho-gia-dinh", "/help/nhap-so-ho-va-ho-trung",
			"/help/06-ho-tro", "/help/08-ra-soat", "/help/09-ra-soat-excel-giay-chung-nhan",
			"/help/13-cac-buoc-ra-soat", "/help/15-bang-bieu-va-bieu-mau");

	static final List<String> PROVINCE_OFFICER_PAGES = List.of("/households", "/households/duplicates", "/reviews",
			"/reviews/steps/regular", "/reviews/steps/overdue", "/support/programs",
			"/support/totals?groupBy=SOURCE&" + SINCE_REFORM, "/plans", "/reports/communes?year=" + THIS_YEAR,
			"/reports/province?year=" + THIS_YEAR, "/summary", "/help", "/help/01-dang-nhap", "/help/03-tong-hop",
			"/help/nhap-so-ho-va-ho-trung", "/help/06-ho-tro", "/help/08-ra-soat");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** Names stored as data, escaped as the page prints them, longest first. */
	private List<String> storedNames(String username) {
		List<String> names = new ArrayList<>(
				jdbc.queryForList("SELECT full_name FROM account WHERE username = ?", String.class, username));
		names.addAll(jdbc.queryForList("SELECT name FROM support_program", String.class));
		names.addAll(jdbc.queryForList("SELECT legal_basis FROM support_program WHERE legal_basis IS NOT NULL",
				String.class));
		// A plan's issuing body as its decision names it (the 2023 plan of Trà Cú's
		// district, seeded by other tests).
		names.addAll(jdbc.queryForList("SELECT issuer FROM plan", String.class));
		names.sort(java.util.Comparator.comparingInt(String::length).reversed());
		return names.stream().map(n -> org.springframework.web.util.HtmlUtils.htmlEscape(n, "UTF-8")).toList();
	}

	private String text(String path, String username) throws Exception {
		var response = mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
		assertThat(response.getStatus()).as(username + " " + path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<[^>]*>", " ")
			.replaceAll("\\s+", " ");
	}

	/** Every page with its offending phrases in context, so one run names them all. */
	private List<String> districtWordingOn(List<String> paths, String username) throws Exception {
		List<String> found = new ArrayList<>();
		List<String> stored = storedNames(username);
		for (String path : paths) {
			String text = text(path, username);
			for (String name : stored) {
				text = text.replace(name, " ");
			}
			Matcher m = DISTRICT_WORDING.matcher(text);
			while (m.find()) {
				found.add(path + ": …"
						+ text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 40)) + "…");
			}
		}
		return found;
	}

	@Test
	void theMergedCommunesOfficialReadsNoDistrictOnTheMainPages() throws Exception {
		assertThat(districtWordingOn(COMMUNE_PAGES, "xa.tantap")).isEmpty();
	}

	@Test
	void theTwoLevelProvincesOfficerReadsNoDistrictOnTheMainPages() throws Exception {
		assertThat(districtWordingOn(PROVINCE_OFFICER_PAGES, "huyen.tracu")).isEmpty();
	}

	@Test
	void theProvinceReportOf2024StillComparesTheDistrictsAndATotalReachingBackKeepsTheDistrictBudget()
			throws Exception {
		assertThat(text("/reports/province?year=2024", "huyen.tracu")).contains("Toàn tỉnh, theo huyện");
		assertThat(text("/reports/province?year=" + THIS_YEAR, "huyen.tracu")).contains("Toàn tỉnh")
			.doesNotContain("Toàn tỉnh, theo huyện");
		assertThat(text("/support/totals?groupBy=SOURCE&from=01/01/2025", "huyen.tracu")).contains("Ngân sách huyện");
		assertThat(text("/support/totals?groupBy=SOURCE&" + SINCE_REFORM, "huyen.tracu"))
			.contains("Ngân sách tỉnh bổ sung cho xã");
	}

}

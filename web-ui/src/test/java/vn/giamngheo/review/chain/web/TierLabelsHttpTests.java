package vn.giamngheo.review.chain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.sheet.ReviewTestData;

/**
 * Labels follow the chain (issue 14, item 1): in the demo province Trà Vinh, which since
 * 01/07/2025 has no district, a page of a current campaign never says "huyện", while a
 * page of a 2017 campaign (Decision 24/2021's chain with the district) keeps the
 * district's wording. Commune Hàm Giang.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class TierLabelsHttpTests {

	/**
	 * "huyện" as a word of the page's text (Vietnamese, any case), outside tags and
	 * attributes.
	 */
	private static final Pattern DISTRICT_WORD = Pattern.compile("(?iu)\\bhuyện\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewService reviews;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The visible text: tags, scripts and the names of places (a place may be called
	 * "Huyện …") left out.
	 */
	private static String text(String html) {
		return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
	}

	private long currentCampaignOfTheProvince() {
		return jdbc.queryForObject("""
				SELECT rc.id FROM review_campaign rc JOIN area p ON p.id = rc.area_id
				WHERE p.code = '84' AND rc.starts_on >= DATE '2025-07-01' AND rc.opened_by = 'demo'
				ORDER BY rc.starts_on DESC, rc.id LIMIT 1""", Long.class);
	}

	@Test
	void aCurrentCampaignsWorklistInTheTwoLevelProvinceNeverSaysHuyen() throws Exception {
		long commune = ReviewTestData.communeId(jdbc, "Hàm Giang");
		String html = page("/reviews/campaigns/" + currentCampaignOfTheProvince() + "/communes/" + commune,
				"huyen.tracu");
		assertThat(html).contains("Danh sách gửi Sở (PDF)");
		assertThat(DISTRICT_WORD.matcher(text(html)).find()).as(text(html)).isFalse();
	}

	@Test
	void theReviewsPageOfTheTwoLevelProvinceSpeaksOfTheProvince() throws Exception {
		String html = page("/reviews", "huyen.tracu");
		assertThat(html).contains("do tỉnh mở cho các xã").doesNotContain("do huyện mở cho các xã");
	}

	@Test
	void aCampaignOf2017KeepsTheDistrictsWording() throws Exception {
		long campaign = ReviewTestData.campaign(jdbc, users, reviews, 2017);
		long commune = ReviewTestData.communeId(jdbc, "Hàm Giang");
		String html = page("/reviews/campaigns/" + campaign + "/communes/" + commune, "huyen.tracu");
		assertThat(html).contains("Danh sách gửi huyện (PDF)").doesNotContain("Danh sách gửi Sở");
	}

	@Test
	void theOfficersRoleReadsAsTheProvincialDepartmentsInTheApiAndTheAccountsList() throws Exception {
		String me = page("/api/v1/me", "huyen.tracu");
		assertThat(me).contains("\"roleLabel\":\"Cán bộ Sở (phụ trách giảm nghèo)\"");
		String accounts = page("/accounts", "admin");
		assertThat(accounts).contains("Cán bộ Sở (phụ trách giảm nghèo)")
			.doesNotContain("Cán bộ Phòng LĐ-TB&amp;XH huyện");
	}

}

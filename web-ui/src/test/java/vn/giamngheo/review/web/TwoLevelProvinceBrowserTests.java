package vn.giamngheo.review.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.review.persistence.ReviewInput;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.ReviewSteps;
import vn.giamngheo.review.sheet.ReviewTestData;

/**
 * A province without a district tier (from 01/07/2025): its officer opens the review for
 * the province's communes, the commune chair decides, and the province consolidates; the
 * page speaks of the province, never of a district.
 */
class TwoLevelProvinceBrowserTests extends BrowserTest {

	private static final int YEAR = 2027;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewService reviews;

	@Autowired
	vn.giamngheo.review.steps.persistence.ReviewStepRecords records;

	@Autowired
	UserDetailsService users;

	@Autowired
	vn.giamngheo.review.persistence.ReviewCampaigns campaigns;

	private void click(String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	@Test
	void theProvincesOfficerOpensTheReviewForItsCommunesAndConsolidatesAfterTheChairsDecision() {
		// A late-2026 review of the 2027 list: its period lies before today, so the chair
		// can already decide.
		loginAs("huyen.tracu");
		page.navigate(url("/reviews"));
		page.getByLabel("Năm").fill(String.valueOf(YEAR));
		page.getByLabel("Địa bàn")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Trà Vinh"));
		page.getByLabel("Bắt đầu (dd/mm/yyyy)").fill("01/11/2026");
		page.getByLabel("Kết thúc (dd/mm/yyyy)").fill("30/11/2026");
		click("Mở đợt rà soát");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã mở đợt rà soát.");
		long campaign = jdbc.queryForObject("""
				SELECT rc.id FROM review_campaign rc JOIN area p ON p.id = rc.area_id
				WHERE p.code = '84' AND rc.year = ? AND rc.purpose = 'ANNUAL'""", Long.class, YEAR);
		// Its period (November 2026) is over: the province lets the commune enter late
		// (issue 14, campaign dates).
		ReviewTestData.allowLateEntry(jdbc, campaign);

		// The commune reviews a household, posts the list, and the chair decides (through
		// the pages' service).
		long commune = ReviewTestData.communeId(jdbc, "Kim Sơn");
		var official = ReviewTestData.scopeOf(users, "xa.kimson");
		// A household that stays not poor: the decision changes no household's category
		// in the shared demo.
		long household = jdbc.queryForObject(
				"""
						SELECT id FROM household WHERE commune_id = ? AND category = 'NOT_POOR' ORDER BY id OFFSET 30 LIMIT 1""",
				Long.class, commune);
		Map<String, Boolean> entered = new java.util.HashMap<>();
		// Every indicator of the campaign's standard (2027: the 2027–2030 standard)
		// entered as not deficient.
		for (String code : campaigns.standardOf(reviews.campaign(campaign, official)).indicatorCodes()) {
			entered.put(code, false);
		}
		reviews.save(new ReviewInput(campaign, household, null, -1, AreaType.RURAL, null, null, 4_000_000L, null, null,
				null, entered, "{}"), official, "xa.kimson");
		reviews.submitList(campaign, commune, official, "xa.kimson");
		vn.giamngheo.testsupport.RecordedSteps.meetingAndPosting(jdbc, records, campaign, commune, official,
				"xa.kimson");
		reviews.markPosted(campaign, commune, official, "xa.kimson");
		reviews.approveList(campaign, commune,
				new ReviewSteps.Approval("31/QĐ-UBND", LocalDate.of(2026, 11, 30), "Trần Văn Ba", true), official,
				"xa.kimson");

		// The province's officer reads the list: the chain's steps name the province, and
		// it consolidates.
		page.navigate(url("/reviews/campaigns/" + campaign + "/communes/" + commune));
		assertThat(page.getByTestId("chain-steps"))
			.containsText("Tỉnh tổng hợp kết quả — Sở Nông nghiệp và Môi trường tỉnh");
		assertThat(page.getByTestId("chain-steps")).not().containsText("huyện");
		assertThat(page.locator("main")).containsText("Chỉ cán bộ của Sở có thể mở lại.");
		screenshot("quy-trinh-hai-cap-tinh-tong-hop.png");
		click("Tỉnh tổng hợp kết quả");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã tổng hợp 1 hộ.");
		org.assertj.core.api.Assertions
			.assertThat(
					jdbc.queryForObject("SELECT state FROM household_review WHERE campaign_id = ? AND household_id = ?",
							String.class, campaign, household))
			.isEqualTo("CONSOLIDATED");
	}

}

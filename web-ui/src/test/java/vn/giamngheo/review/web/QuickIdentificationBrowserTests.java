package vn.giamngheo.review.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.BrowserTest;

/**
 * A commune official enters a review with the quick-identification form B1 (Circular
 * 07/2021/TT-BLĐTBXH) instead of an income, in the demo's campaign of this year, and the
 * district opens the province's approval chains page.
 */
class QuickIdentificationBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	long demoCampaign() {
		return jdbc.queryForObject("""
				SELECT rc.id FROM review_campaign rc JOIN area p ON p.id = rc.area_id
				WHERE p.code = '84' AND rc.purpose = 'ANNUAL' AND rc.opened_by = 'demo' AND rc.year = ?""", Long.class,
				java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
	}

	@Test
	void aReviewEnteredWithTheB1ScoreIsJudgedByTheStandardsCutOffAndSaved() {
		long household = jdbc.queryForObject("""
				SELECT h.id FROM household h JOIN area c ON c.id = h.commune_id JOIN area d ON d.id = c.parent_id
				WHERE c.name = 'Kim Sơn' AND d.name = 'Trà Cú' ORDER BY h.id OFFSET 20 LIMIT 1""", Long.class);
		long campaign = demoCampaign();
		loginAs("xa.kimson");
		page.navigate(url("/reviews/households/" + household + "?campaign=" + campaign));
		page.getByLabel("Nhập điểm phiếu B1 (nhận diện nhanh)").check();
		page.getByLabel("Điểm phiếu B1", new Page.GetByLabelOptions().setExact(true)).fill("120");
		page.getByLabel("Tổng diện tích nhà ở (m²)").fill("40");
		page.locator("#entered-HEALTH_INSURANCE").selectOption("DEFICIENT");
		page.locator("#entered-HOUSING_AREA").selectOption("DEFICIENT");
		page.locator("#entered-SANITATION").selectOption("DEFICIENT");
		assertThat(page.getByTestId("category")).hasText("Hộ nghèo");
		// The B2 total goes with the B1 form (api14b): the deficient indicators at the
		// standard's points each.
		assertThat(page.getByTestId("b1-points")).hasText("120 điểm (ngưỡng 140)");
		assertThat(page.getByTestId("b2-points")).containsText("điểm (hộ nghèo từ 30)");
		screenshot("ra-soat-phieu-b1.png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kết quả rà soát").setExact(true))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu kết quả rà soát.");
		assertThat(page.getByTestId("review-category")).hasText("Hộ nghèo");
		org.assertj.core.api.Assertions.assertThat(
				jdbc.queryForObject("SELECT b1_points FROM household_review WHERE campaign_id = ? AND household_id = ?",
						Integer.class, campaign, household))
			.isEqualTo(120);
	}

	@Test
	void aScoreAboveTheCutOffMakesTheHouseholdNotPoorAndAMissingScoreIsNamedAtTheField() {
		long household = jdbc.queryForObject("""
				SELECT h.id FROM household h JOIN area c ON c.id = h.commune_id JOIN area d ON d.id = c.parent_id
				WHERE c.name = 'Kim Sơn' AND d.name = 'Trà Cú' ORDER BY h.id OFFSET 21 LIMIT 1""", Long.class);
		useTabletViewport();
		loginAs("xa.kimson");
		page.navigate(url("/reviews/households/" + household + "?campaign=" + demoCampaign()));
		page.getByLabel("Nhập điểm phiếu B1 (nhận diện nhanh)").check();
		page.getByLabel("Tổng diện tích nhà ở (m²)").fill("40");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kết quả rà soát").setExact(true))
			.click();
		assertThat(page.locator("#b1Score ~ .invalid-feedback")).hasText("Nhập điểm phiếu B1.");
		page.getByLabel("Điểm phiếu B1", new Page.GetByLabelOptions().setExact(true)).fill("141");
		page.locator("#entered-HEALTH_INSURANCE").selectOption("DEFICIENT");
		page.locator("#entered-HOUSING_AREA").selectOption("DEFICIENT");
		page.locator("#entered-SANITATION").selectOption("DEFICIENT");
		assertThat(page.getByTestId("category")).hasText("Hộ không nghèo");
		screenshot("ra-soat-phieu-b1-tablet.png");
	}

	@Test
	void anAdministratorSeesBothChainsAndChoosesTheTwoLevelChainForTheProvince() {
		loginAs("admin");
		page.navigate(url("/areas/approval-chains"));
		assertThat(page.getByTestId("chain-QD24_2021_DISTRICT").locator("li").nth(2))
			.containsText("Báo cáo, xin ý kiến Chủ tịch UBND huyện");
		assertThat(page.getByTestId("chain-TWO_LEVEL_2025").locator("li").nth(3))
			.containsText("Sở Nông nghiệp và Môi trường tỉnh");
		page.getByLabel("Tỉnh", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Trà Vinh"));
		page.getByLabel("Quy trình", new Page.GetByLabelOptions().setExact(true)).selectOption("TWO_LEVEL_2025");
		page.getByLabel("Áp dụng từ ngày (dd/mm/yyyy)").fill("01/07/2025");
		page.getByLabel("Hạn các bước (số ngày so với ngày kết thúc đợt)").fill("POST=-7");
		screenshot("quy-trinh-phe-duyet.png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu lựa chọn")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu quy trình phê duyệt của tỉnh.");
		assertThat(page.getByTestId("province-chains")).containsText("01/07/2025: Chính quyền hai cấp");
		page.getByLabel("Áp dụng từ ngày (dd/mm/yyyy)").fill("31/02/2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu lựa chọn")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Ngày phải theo dạng dd/mm/yyyy.");
	}

}

package vn.giamngheo.review.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.sheet.ReviewSheets;
import vn.giamngheo.review.persistence.sheet.SheetLayout;
import vn.giamngheo.review.persistence.sheet.SheetRow;
import vn.giamngheo.review.sheet.ReviewTestData;

/**
 * The chair's approval on a tablet (768×1024): with households never reviewed, the
 * confirmation lists them and asks whether to carry their category forward or stop;
 * stopping approves nothing.
 */
class ListApprovalTabletBrowserTests extends BrowserTest {

	private static final int YEAR = 2020; // a year no other test reviews Ngãi Xuyên in

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewService reviews;

	@Autowired
	vn.giamngheo.review.steps.persistence.ReviewStepRecords stepRecords;

	@Autowired
	ReviewSheets sheets;

	@Autowired
	UserDetailsService users;

	private void click(String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	@Test
	void onATabletApprovingWithUnreviewedHouseholdsAsksTheQuestionAndStoppingLocksNothing() {
		long campaign = ReviewTestData.campaign(jdbc, users, reviews, YEAR);
		long commune = ReviewTestData.communeId(jdbc, "Ngãi Xuyên");
		var official = ReviewTestData.scopeOf(users, "xa.ngaixuyen");
		var layout = sheets.info(campaign, commune, official).layout();
		String code = jdbc.queryForObject(
				"SELECT code FROM household WHERE commune_id = ? ORDER BY sort_key, id " + "LIMIT 1", String.class,
				commune);
		List<String> cells = new ArrayList<>(Collections.nCopies(layout.columnCount(), ""));
		cells.set(SheetLayout.CODE, code);
		cells.set(SheetLayout.AREA_TYPE, "Nông thôn");
		cells.set(SheetLayout.INCOME, "1000000");
		cells.set(layout.indicatorColumn(0), "X");
		sheets.write(campaign, commune, List.of(new SheetRow(4, cells)), official, "xa.ngaixuyen", (p, d, t) -> {
		});
		reviews.submitList(campaign, commune, official, "xa.ngaixuyen");
		vn.giamngheo.testsupport.RecordedSteps.meetingAndPosting(jdbc, stepRecords, campaign, commune, official,
				"xa.ngaixuyen");
		reviews.markPosted(campaign, commune, official, "xa.ngaixuyen");
		// Decision 24/2021 with a district (a campaign before 01/07/2025): the district's
		// opinion comes first.
		reviews.consolidate(campaign, commune, ReviewTestData.scopeOf(users, "huyen.tracu"), "huyen.tracu");

		page.setViewportSize(768, 1024);
		loginAs("xa.ngaixuyen");
		page.navigate(url("/reviews/campaigns/" + campaign + "/communes/" + commune));
		click("Ghi quyết định công nhận của Chủ tịch UBND xã");
		long households = jdbc.queryForObject("SELECT count(*) FROM household WHERE commune_id = ?", Long.class,
				commune);
		assertThat(page.getByTestId("approval-summary"))
			.containsText("danh sách của xã Ngãi Xuyên sẽ bị khóa: " + households + " hộ");
		assertThat(page.getByTestId("approval-summary")).containsText("Chưa rà soát: " + (households - 1) + " hộ");
		assertThat(page.getByTestId("unreviewed-names").locator("li")).hasCount((int) (households - 1));
		page.getByLabel("Số quyết định").fill("77/QĐ-UBND");
		page.getByLabel("Ngày quyết định (dd/mm/yyyy)").fill("10/12/" + YEAR);
		page.getByLabel("Người ký quyết định").fill("Lê Thị Hoa");
		page.getByLabel("Dừng lại, chưa công nhận: rà soát các hộ này trước").check();
		screenshot("ra-soat-cau-hoi-chua-ra-soat-tablet.png");
		click("Xác nhận công nhận và khóa danh sách");
		assertThat(page.getByRole(AriaRole.ALERT))
			.hasText("Chưa công nhận danh sách. Hãy rà soát các hộ còn lại rồi công nhận.");
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
				"SELECT locked FROM commune_review_list " + "WHERE campaign_id = ? AND commune_id = ?", Boolean.class,
				campaign, commune))
			.isFalse();
	}

}

package vn.giamngheo.review.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;

/**
 * Issue 14 in the browser, in the demo's two-level province (2031): the province's
 * officer opens a review for two communes chosen by name, lets them enter late with a
 * reason shown on the campaign page, and a third commune's official does not see the
 * review; at desktop width (annual review) and tablet width (provincial review).
 */
class CampaignForChosenCommunesBrowserTests extends BrowserTest {

	private static final int YEAR = 2031;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PovertyStandardCatalog catalog;

	@Autowired
	Clock clock;

	private void click(String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	private void fillAndSave(long campaign, long household) {
		page.navigate(url("/reviews/households/" + household + "?campaign=" + campaign));
		page.getByLabel("Thu nhập bình quân đầu người/tháng (đồng)").fill("5000000");
		page.getByLabel("Tổng diện tích nhà ở (m²)").fill("60");
		click("Lưu kết quả rà soát");
	}

	private void switchTo(String username) {
		page.context().clearCookies();
		loginAs(username);
	}

	private void openForKimSonAndNgaiXuyen(String purposeLabel, String shot) {
		Camp14TestData.ensureStandard(catalog);
		loginAs("huyen.tracu");
		page.navigate(url("/reviews"));
		page.getByLabel("Năm").fill(String.valueOf(YEAR));
		page.getByLabel("Địa bàn").selectOption(new SelectOption().setLabel("Trà Vinh"));
		page.getByLabel("Mục đích").selectOption(new SelectOption().setLabel(purposeLabel));
		page.getByLabel("Bắt đầu (dd/mm/yyyy)").fill("01/09/" + YEAR);
		page.getByLabel("Kết thúc (dd/mm/yyyy)").fill("14/12/" + YEAR);
		// The filter finds a commune without its diacritics; the others are hidden, not
		// unticked.
		var filter = page.getByLabel("Lọc theo tên xã");
		filter.fill("kim son");
		assertThat(page.getByLabel("Xã An Quảng Hữu")).isHidden();
		page.getByLabel("Xã Kim Sơn").check();
		filter.fill("ngai");
		page.getByLabel("Xã Ngãi Xuyên").check();
		filter.fill("");
		assertThat(page.getByLabel("Xã An Quảng Hữu")).isVisible();
		assertThat(page.getByLabel("Xã An Quảng Hữu")).not().isChecked();
		screenshot(shot);
		click("Mở đợt rà soát");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã mở đợt rà soát.");
		assertThat(page.getByTestId("communes").locator("tbody tr")).hasCount(2);
		assertThat(page.getByTestId("communes")).containsText("Kim Sơn");
		assertThat(page.getByTestId("communes")).containsText("Ngãi Xuyên");
	}

	private void aThirdCommuneDoesNotSeeItAndTheChosenOnesDo(String campaignName) {
		switchTo("xa.anquanghuu");
		page.navigate(url("/reviews"));
		assertThat(page.getByTestId("campaigns")).not().containsText(campaignName);
		switchTo("xa.kimson");
		page.navigate(url("/reviews"));
		assertThat(page.getByTestId("campaigns")).containsText(campaignName);
	}

	@Test
	void theProvincesOfficerOpensAReviewForTwoCommunesAndLetsThemEnterLateAndAThirdCommuneDoesNotSeeIt() {
		openForKimSonAndNgaiXuyen("Rà soát định kỳ hằng năm", "ra-soat-chon-xa.png");
		long campaign = jdbc.queryForObject("""
				SELECT id FROM review_campaign WHERE year = ? AND purpose = 'ANNUAL' AND area_id = ?""", Long.class,
				YEAR, Camp14TestData.province(jdbc));
		long kimSon = Camp14TestData.commune(jdbc, "Kim Sơn");
		long household = jdbc.queryForObject(
				"SELECT id FROM household WHERE commune_id = ? AND category = 'NOT_POOR' ORDER BY id DESC LIMIT 1",
				Long.class, kimSon);

		// Entry opens on 01/09/2031: the commune's list says so, and a review typed today
		// is refused at the form.
		switchTo("xa.kimson");
		page.navigate(url("/reviews/campaigns/" + campaign + "/communes/" + kimSon));
		assertThat(page.getByTestId("entry-closed")).containsText("từ 01/09/2031 đến 14/12/2031");
		fillAndSave(campaign, household);
		assertThat(page.locator("form .alert-danger[role=alert]").first())
			.containsText("Ngoài thời gian nhập của đợt rà soát");
		screenshot("ra-soat-ngoai-thoi-gian.png");

		// The province's officer lets the communes enter late; a reason is required.
		switchTo("huyen.tracu");
		page.navigate(url("/reviews/campaigns/" + campaign));
		String until = LocalDate.now(clock).plusDays(14).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		page.getByText("Cho phép nhập muộn", new Page.GetByTextOptions().setExact(true)).click();
		page.getByLabel("Nhập muộn đến ngày (dd/mm/yyyy)").fill(until);
		click("Lưu cho phép nhập muộn");
		assertThat(page.getByTestId("late-entry-form").getByText("Nhập lý do cho phép nhập muộn.")).isVisible();
		assertThat(page.getByLabel("Nhập muộn đến ngày (dd/mm/yyyy)")).hasValue(until);
		page.getByLabel("Lý do").fill("Hai xã thí điểm rà soát sớm");
		click("Lưu cho phép nhập muộn");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã cho phép nhập muộn.");
		assertThat(page.getByTestId("late-entry"))
			.hasText("Cho phép nhập muộn đến " + until + " – lý do: Hai xã thí điểm rà soát sớm");
		screenshot("ra-soat-nhap-muon.png");
		aThirdCommuneDoesNotSeeItAndTheChosenOnesDo("Rà soát năm " + YEAR);

		// Signed in as Kim Sơn's official again: the same review is now taken.
		fillAndSave(campaign, household);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu kết quả rà soát.");
	}

	@Test
	void onATabletTheProvincesOfficerOpensAProvincialReviewForTwoCommunesThatAThirdCommuneDoesNotSee() {
		useTabletViewport();
		openForKimSonAndNgaiXuyen("Rà soát theo chuẩn riêng của tỉnh", "ra-soat-chon-xa-may-tinh-bang.png");
		aThirdCommuneDoesNotSeeItAndTheChosenOnesDo("(Rà soát theo chuẩn riêng của tỉnh)");
	}

}

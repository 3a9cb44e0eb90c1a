package vn.giamngheo.review.steps;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.ReviewSteps;
import vn.giamngheo.review.persistence.sheet.ReviewSheets;
import vn.giamngheo.review.persistence.sheet.SheetLayout;
import vn.giamngheo.review.persistence.sheet.SheetRow;
import vn.giamngheo.review.sheet.ReviewTestData;
import vn.giamngheo.review.steps.persistence.ReviewDeadlines;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * The recorded steps in the browser (Decision 24/2021/QĐ-TTg, Art. 4 and 5), on the
 * desktop and on a tablet: a regular review decided within its 15 days, one that goes
 * overdue and shows on the province's list and on the commune official's home page, and a
 * posting whose complaint leads to a re-check. Screenshots feed the user guide page
 * 13-cac-buoc-ra-soat.md. Communes Long Hiệp, Ngọc Biên and Tân Tập (merged on
 * 01/07/2025, directly under the province), which no other browser test uses; campaign
 * year 2018.
 */
class ReviewStepsBrowserTests extends BrowserTest {

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewSheets sheets;

	@Autowired
	ReviewDeadlines deadlines;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	private void click(String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	@Test
	void aRegularReviewOnApplicationIsDecidedWithinFifteenDaysAndTheRefusedHouseholdGetsItsLetter() {
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> h = StepsTestData.notPoorHousehold(jdbc, "Long Hiệp", 0);
		loginAs("xa.longhiep");
		page.navigate(url("/reviews"));
		page.getByTestId("regular-link").click();
		// Every mistake at once, next to its field.
		page.locator("#application-householdCode").fill("KHONG-CO-MA");
		page.locator("#application-receivedOn").fill("31/02/2026");
		click("Ghi giấy đề nghị Mẫu số 04");
		assertThat(page.locator("#application-householdCode-error")).hasText("Không có hộ mang mã này trong xã.");
		assertThat(page.locator("#application-receivedOn-error"))
			.hasText("Ngày phải theo dạng dd/mm/yyyy, ví dụ 05/10/2018.");
		screenshot("ra-soat-thuong-xuyen-loi.png");

		page.locator("#application-householdCode").fill((String) h.get("code"));
		page.locator("#application-receivedOn").fill(DMY.format(today.minusDays(10)));
		click("Ghi giấy đề nghị Mẫu số 04");
		var row = page.getByTestId("regular-applications")
			.locator("tr",
					new com.microsoft.playwright.Locator.LocatorOptions().setHasText((String) h.get("head_name")));
		assertThat(row).containsText("Trong hạn");
		assertThat(row).containsText(DMY.format(today.plusDays(5)));

		// Steps 2–4 before the decision (Art. 5): reviewed and classified, then the chair
		// may not decide yet.
		long review = StepsTestData.enterAndPostNotPoor(reviews, ((Number) h.get("id")).longValue(),
				ReviewTestData.scopeOf(users, "xa.longhiep"), "xa.longhiep");
		page.navigate(url("/reviews/" + review));
		assertThat(page.getByTestId("regular-legal")).containsText("Điều 5 Quyết định 24/2021/QĐ-TTg");
		page.locator("#decisionNumber").fill("41/QĐ-UBND");
		page.locator("#decisionDate").fill(DMY.format(today));
		click("Công nhận theo quyết định");
		assertThat(page.locator(".alert-danger")).containsText("Chưa có cuộc họp dân đạt ít nhất 50% người dự đồng ý");

		// The village meeting and the posting of the commune's regular round, recorded on
		// the regular page.
		page.navigate(url("/reviews/steps/regular"));
		assertThat(page.getByTestId("regular-round")).containsText("Điều 5 Quyết định 24/2021/QĐ-TTg");
		page.locator("#regularPosting-startsOn").fill(DMY.format(today.minusDays(8)));
		page.locator("#regularPosting-endsOn").fill(DMY.format(today.minusDays(1)));
		page.locator("#regularPosting-place").fill("Nhà văn hóa ấp");
		click("Ghi niêm yết (rà soát thường xuyên)");
		assertThat(page.locator("#regularPosting-startsOn-error"))
			.hasText("Chưa có cuộc họp dân đạt ít nhất 50% đồng ý: họp dân trước khi niêm yết.");
		page.locator("#regularMeeting-village").fill("Ấp Long Hiệp");
		page.locator("#regularMeeting-heldOn").fill(DMY.format(today.minusDays(9)));
		page.locator("#regularMeeting-attendees").fill("24");
		page.locator("#regularMeeting-votesFor").fill("15");
		page.locator("#regularMeeting-votesAgainst").fill("9");
		click("Ghi cuộc họp dân (rà soát thường xuyên)");
		assertThat(page.getByTestId("regular-meetings")).containsText("62%");
		page.locator("#regularPosting-startsOn").fill(DMY.format(today.minusDays(8)));
		page.locator("#regularPosting-endsOn").fill(DMY.format(today.minusDays(1)));
		page.locator("#regularPosting-place").fill("Nhà văn hóa ấp");
		click("Ghi niêm yết (rà soát thường xuyên)");
		assertThat(page.getByTestId("regular-postings")).containsText("Nhà văn hóa ấp");
		screenshot("ra-soat-thuong-xuyen-hop-dan-niem-yet.png");

		page.navigate(url("/reviews/" + review));
		page.locator("#decisionNumber").fill("41/QĐ-UBND");
		page.locator("#decisionDate").fill(DMY.format(today));
		click("Công nhận theo quyết định");
		page.navigate(url("/reviews/steps/regular"));
		assertThat(row).containsText("Đã quyết định đúng hạn");
		assertThat(row).containsText("41/QĐ-UBND");
		screenshot("ra-soat-thuong-xuyen-dung-han.png");
		String letter = row.getByText("Thông báo không công nhận (PDF)").getAttribute("href");
		APIResponse pdf = page.request().get(url(letter));
		org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
		org.assertj.core.api.Assertions.assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void onATabletAReviewThatGoesOverdueShowsOnTheProvincesListWithoutNamesAndOnTheCommunesHomePage() {
		LocalDate today = LocalDate.now(clock);
		long commune = ReviewTestData.communeId(jdbc, "Tân Tập");
		Map<String, Object> h = StepsTestData.notPoorHousehold(jdbc, "Tân Tập", 0);
		// Received twenty days ago: the 15 days ran out five days ago.
		deadlines.addRegularApplication(commune, (String) h.get("code"), today.minusDays(20), null,
				ReviewTestData.scopeOf(users, "xa.tantap"), "xa.tantap");

		loginAs("so.travinh");
		page.navigate(url("/summary"));
		page.getByTestId("overdue-link").click();
		var row = page.getByTestId("overdue-counts")
			.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Tân Tập"));
		assertThat(row).containsText("5 ngày");
		assertThat(row).hasClass(java.util.regex.Pattern.compile("table-danger"));
		assertThat(page.locator("body")).not().containsText((String) h.get("head_name"));
		screenshot("ra-soat-qua-han-tinh.png");
		APIResponse named = page.request().get(url("/reviews/steps/overdue"));
		org.assertj.core.api.Assertions.assertThat(named.status()).isEqualTo(403);

		page.context().clearCookies();
		useTabletViewport();
		loginAs("xa.tantap");
		assertThat(page.getByTestId("work-queue")).containsText((String) h.get("head_name"));
		assertThat(page.getByTestId("work-queue")).containsText("Quá hạn");
		screenshot("ra-soat-viec-can-lam-tablet.png");
	}

	@Test
	void aComplaintDuringThePostingLeadsToARecheckAndHoldsTheDecisionUntilSettled() {
		long campaign = ReviewTestData.campaign(jdbc, users, reviews, 2018);
		long commune = ReviewTestData.communeId(jdbc, "Ngọc Biên");
		var official = ReviewTestData.scopeOf(users, "xa.ngocbien");
		var layout = sheets.info(campaign, commune, official).layout();
		String code = jdbc.queryForObject(
				"SELECT code FROM household WHERE commune_id = ? ORDER BY sort_key, id " + "LIMIT 1", String.class,
				commune);
		List<String> cells = new ArrayList<>(Collections.nCopies(layout.columnCount(), ""));
		cells.set(SheetLayout.CODE, code);
		cells.set(SheetLayout.AREA_TYPE, "Nông thôn");
		cells.set(SheetLayout.INCOME, "600000");
		cells.set(layout.indicatorColumn(0), "X");
		sheets.write(campaign, commune, List.of(new SheetRow(4, cells)), official, "xa.ngocbien", (p, d, t) -> {
		});
		reviews.submitList(campaign, commune, official, "xa.ngocbien");

		loginAs("xa.ngocbien");
		page.navigate(url("/reviews/campaigns/" + campaign + "/communes/" + commune));
		click("Đã niêm yết công khai và họp dân");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Chưa ghi cuộc họp dân đạt ít nhất 50%");
		page.getByTestId("steps-link").click();
		assertThat(page.getByTestId("step-meeting").getByTestId("legal"))
			.containsText("Điều 4 khoản 3 Quyết định 24/2021/QĐ-TTg");

		// Step 1: the household's Form 01, received within the campaign; step 2: the
		// preliminary list.
		page.locator("#application-householdCode").fill(code);
		page.locator("#application-receivedOn").fill("03/09/2018");
		click("Ghi giấy đề nghị Mẫu số 01");
		assertThat(page.getByTestId("step-applications")).containsText("03/09/2018");
		assertThat(page.getByTestId("step-applications").getByTestId("legal")).containsText("Điều 4 khoản 1");
		stepShot("step-applications", "ra-soat-buoc-giay-de-nghi.png");
		assertThat(page.getByTestId("step-preliminary")).containsText(code);
		stepShot("step-preliminary", "ra-soat-buoc-danh-sach-so-bo.png");

		// A meeting short of half: recorded, but the posting must wait for a meeting that
		// passes.
		page.locator("#meeting-village").fill("Sóc Tro Trên");
		page.locator("#meeting-heldOn").fill("04/09/2018");
		page.locator("#meeting-attendees").fill("40");
		page.locator("#meeting-votesFor").fill("19");
		page.locator("#meeting-votesAgainst").fill("21");
		click("Ghi biên bản họp dân");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("chưa đạt 50% đồng ý");
		page.locator("#meeting-village").fill("Sóc Tro Trên");
		page.locator("#meeting-heldOn").fill("05/09/2018");
		page.locator("#meeting-attendees").fill("40");
		page.locator("#meeting-votesFor").fill("30");
		page.locator("#meeting-votesAgainst").fill("10");
		page.locator("#meeting-minutes")
			.setInputFiles(new FilePayload("bien-ban-hop-dan.pdf", "application/pdf",
					"%PDF-1.4\n% biên bản\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		click("Ghi biên bản họp dân");
		assertThat(page.getByTestId("meetings")).containsText("75%");
		assertThat(page.getByTestId("meetings")).containsText("Chưa đạt: họp lại");
		assertThat(page.getByTestId("meetings").getByText("bien-ban-hop-dan.pdf")).isVisible();

		// Thursday 6 to Wednesday 12 September 2018: five working days.
		page.locator("#posting-startsOn").fill("06/09/2018");
		page.locator("#posting-endsOn").fill("12/09/2018");
		page.locator("#posting-place").fill("Nhà văn hóa ấp Sóc Tro Trên và trụ sở UBND xã");
		click("Ghi niêm yết");
		assertThat(page.getByTestId("posting")).containsText("(5 ngày làm việc)");
		screenshot("ra-soat-buoc-hop-dan-niem-yet.png");

		page.locator("#complaint-complainant").fill("Thạch Văn Sang");
		page.locator("#complaint-complaintHousehold").fill(code);
		page.locator("#complaint-complaintReceivedOn").fill("07/09/2018");
		page.locator("#complaint-content").fill("Hộ mới mua xe máy, đề nghị xem lại thu nhập.");
		click("Ghi khiếu nại");
		assertThat(page.getByTestId("complaint")).containsText("Thạch Văn Sang");

		// The posting is over, so the list may be marked posted; the decision waits for
		// the complaint.
		org.assertj.core.api.Assertions.assertThat(reviews.markPosted(campaign, commune, official, "xa.ngocbien"))
			.isEqualTo(1);
		assertThatThrownBy(() -> reviews.approveList(campaign, commune,
				new ReviewSteps.Approval("30/QĐ-UBND", LocalDate.of(2018, 9, 20), "Kim Văn Hai", true), official,
				"xa.ngocbien"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("steps.guard.unsettledComplaints");

		useTabletViewport();
		page.reload();
		page.getByTestId("complaint").getByLabel("Kết quả giải quyết").selectOption("UPHELD");
		page.getByTestId("complaint").getByLabel("Ngày giải quyết (dd/mm/yyyy)").fill("06/09/2018");
		click("Ghi kết quả giải quyết");
		assertThat(page.getByTestId("complaint").locator(".invalid-feedback")).hasText(new String[] {
				"Ngày giải quyết trước ngày nhận khiếu nại.", "Khiếu nại có cơ sở: ghi kết quả phúc tra." });
		screenshot("ra-soat-khieu-nai-loi-tablet.png");
		page.getByTestId("complaint").getByLabel("Ngày giải quyết (dd/mm/yyyy)").fill("10/09/2018");
		page.getByTestId("complaint")
			.getByLabel("Kết quả phúc tra")
			.fill("Phúc tra ngày 10/09/2018: xe máy mua trả góp, thu nhập vẫn dưới chuẩn; giữ kết quả hộ nghèo.");
		click("Ghi kết quả giải quyết");
		assertThat(page.getByTestId("complaint-outcome")).containsText("Có cơ sở: đã phúc tra");
		assertThat(page.getByTestId("complaint-outcome")).containsText("Phúc tra ngày 10/09/2018");
		assertThat(page.getByTestId("step-decision")).containsText("Khiếu nại chưa giải quyết: 0");
		screenshot("ra-soat-khieu-nai-phuc-tra-tablet.png");
		assertThat(page.getByTestId("step-decision").getByTestId("legal")).containsText("Điều 4 khoản 5");
		stepShot("step-decision", "ra-soat-buoc-quyet-dinh-tablet.png");
	}

	/** One step's card of the steps page, for its section of the user guide. */
	private void stepShot(String testId, String name) {
		page.getByTestId(testId)
			.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
	}

}

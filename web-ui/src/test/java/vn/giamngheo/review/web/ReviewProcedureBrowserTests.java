package vn.giamngheo.review.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.BrowserTest;

/**
 * One household walked through the whole review procedure, as the district officer and
 * the commune official do it: open the annual review, enter a result, submit, be returned
 * with a reason, correct, post, approve by decision (the list locks), and reopen as an
 * audited act of the district.
 */
class ReviewProcedureBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Autowired
	vn.giamngheo.review.steps.persistence.ReviewStepRecords records;

	private void logout() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
	}

	private static String certificateText(byte[] pdf) {
		try {
			var reader = new com.lowagie.text.pdf.PdfReader(pdf);
			String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
			reader.close();
			return text;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void click(AriaRole role, String name) {
		page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	@Test
	void aHouseholdGoesThroughReviewReturnApprovalAndAnAuditedReopening() {
		// The district opens the 2025 periodic review for Trà Cú.
		loginAs("huyen.tracu");
		page.navigate(url("/reviews"));
		page.getByLabel("Năm").fill("2025");
		page.getByLabel("Bắt đầu (dd/mm/yyyy)").fill("01/09/2025");
		page.getByLabel("Kết thúc (dd/mm/yyyy)").fill("14/12/2025");
		screenshot("ra-soat-mo-dot.png");
		click(AriaRole.BUTTON, "Mở đợt rà soát");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã mở đợt rà soát.");
		assertThat(page.getByTestId("communes")).containsText("Kim Sơn");
		// Campaign dates are enforced on entry (issue 14): the 2025 review takes entries
		// today through a window.
		vn.giamngheo.review.sheet.ReviewTestData.allowLateEntry(jdbc, jdbc.queryForObject("""
				SELECT rc.id FROM review_campaign rc JOIN area d ON d.id = rc.area_id
				WHERE d.name = 'Trà Cú' AND d.kind = 'DISTRICT' AND rc.year = 2025 AND rc.purpose = 'ANNUAL'""",
				Long.class));
		logout();

		// The commune official of Kim Sơn reviews the first household of the list.
		loginAs("xa.kimson");
		page.navigate(url("/reviews"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rà soát năm 2025")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Danh sách rà soát: Kim Sơn");
		String head = page.getByTestId("worklist").locator("tbody tr").first().locator("td").nth(1).textContent();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rà soát hộ " + head)).click();
		assertThat(page.getByTestId("review-context")).containsText("Kết quả được tính theo chuẩn nghèo đa chiều");
		page.getByLabel("Thu nhập bình quân đầu người/tháng (đồng)").fill("1000000");
		page.getByLabel("Tổng diện tích nhà ở (m²)").fill("40");
		page.locator("#entered-HEALTH_INSURANCE").selectOption("DEFICIENT");
		page.locator("#entered-HOUSING_AREA").selectOption("DEFICIENT");
		page.locator("#entered-SANITATION").selectOption("DEFICIENT");
		assertThat(page.getByTestId("category")).hasText("Hộ nghèo");
		screenshot("ra-soat-nhap.png");
		click(AriaRole.BUTTON, "Lưu kết quả rà soát");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu kết quả rà soát.");
		assertThat(page.getByTestId("review-category")).hasText("Hộ nghèo");
		assertThat(page.getByTestId("review-state")).hasText("Đang nhập");
		String reviewUrl = page.url();
		click(AriaRole.BUTTON, "Gửi kết quả rà soát");
		assertThat(page.getByTestId("review-state")).hasText("Xã đã gửi");
		logout();

		// The district returns it with a reason.
		loginAs("huyen.tracu");
		page.navigate(reviewUrl);
		page.getByLabel("Lý do trả lại (bắt buộc)").fill("Chưa ghi thu nhập từ làm thuê của con");
		click(AriaRole.BUTTON, "Trả lại để rà soát lại");
		assertThat(page.getByTestId("review-state")).hasText("Bị trả lại");
		logout();

		// The commune corrects the income and takes the list through posting and the
		// chair's decision.
		loginAs("xa.kimson");
		page.navigate(reviewUrl);
		assertThat(page.getByTestId("return-reason")).hasText("Chưa ghi thu nhập từ làm thuê của con");
		click(AriaRole.LINK, "Sửa kết quả rà soát");
		page.getByLabel("Thu nhập bình quân đầu người/tháng (đồng)").fill("1200000");
		click(AriaRole.BUTTON, "Lưu kết quả rà soát");
		click(AriaRole.BUTTON, "Gửi kết quả rà soát");
		assertThat(page.getByTestId("review-state")).hasText("Xã đã gửi");
		// The village meeting and the posting are recorded on the steps page
		// (ReviewStepsBrowserTests clicks through it).
		long campaign = jdbc.queryForObject("SELECT campaign_id FROM household_review WHERE id = ?", Long.class,
				Long.parseLong(reviewUrl.replaceAll(".*/reviews/(\\d+).*", "$1")));
		vn.giamngheo.testsupport.RecordedSteps.meetingAndPosting(jdbc, records, campaign,
				vn.giamngheo.review.sheet.ReviewTestData.communeId(jdbc, "Kim Sơn"),
				vn.giamngheo.review.sheet.ReviewTestData.scopeOf(users, "xa.kimson"), "xa.kimson");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kim Sơn")).click();
		click(AriaRole.BUTTON, "Đã niêm yết công khai và họp dân");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã ghi nhận niêm yết, họp dân cho 1 hộ.");
		click(AriaRole.BUTTON, "Ghi quyết định công nhận của Chủ tịch UBND xã");
		// The confirmation names what will be locked and asks about the households never
		// reviewed.
		assertThat(page.getByTestId("approval-summary")).containsText("Kim Sơn");
		assertThat(page.getByTestId("approval-summary")).containsText("1 hộ có kết quả rà soát");
		assertThat(page.getByTestId("approval-summary")).containsText("Hộ nghèo: 1 hộ");
		assertThat(page.getByTestId("unreviewed-names").locator("li").first()).isVisible();
		click(AriaRole.BUTTON, "Xác nhận công nhận và khóa danh sách");
		assertThat(page.getByText("Hãy nhập số quyết định công nhận của Chủ tịch UBND xã.")).isVisible();
		page.getByLabel("Số quyết định").fill("125/QĐ-UBND");
		page.getByLabel("Ngày quyết định (dd/mm/yyyy)").fill("10/12/2099");
		page.getByLabel("Người ký quyết định").fill("Trần Văn Ba");
		click(AriaRole.BUTTON, "Xác nhận công nhận và khóa danh sách");
		assertThat(page.getByText("Ngày quyết định không thể sau ngày hôm nay.")).isVisible();
		page.getByLabel("Ngày quyết định (dd/mm/yyyy)").fill("10/12/2025");
		click(AriaRole.BUTTON, "Xác nhận công nhận và khóa danh sách");
		assertThat(page.getByText("Có hộ chưa được rà soát: hãy chọn giữ nguyên")).isVisible();
		page.getByLabel("Giữ nguyên phân loại hiện tại của các hộ này (chuyển tiếp sang danh sách được công nhận)")
			.check();
		screenshot("ra-soat-xac-nhan-cong-nhan.png");
		click(AriaRole.BUTTON, "Xác nhận công nhận và khóa danh sách");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã công nhận 1 hộ; danh sách đã khóa.");
		assertThat(page.getByTestId("list-locked")).containsText("125/QĐ-UBND");
		assertThat(page.getByTestId("list-locked")).containsText("Trần Văn Ba");
		assertThat(page.getByTestId("outcomes")).containsText("1");
		screenshot("ra-soat-danh-sach-khoa.png");
		long householdId = jdbc.queryForObject(
				"SELECT household_id FROM household_review WHERE decision_number = " + "'125/QĐ-UBND'", Long.class);
		org.assertj.core.api.Assertions
			.assertThat(jdbc.queryForObject("SELECT category FROM household WHERE id = ?", String.class, householdId))
			.isEqualTo("POOR");

		// The certificate the commune prints runs from the decision to the end of the
		// next year, within the
		// standard's period (VN-2022-2025, extended to 31/12/2026): never a period that
		// ends before it starts.
		byte[] pdf = page.request().get(reviewUrl + "/certificate.pdf").body();
		org.assertj.core.api.Assertions.assertThat(certificateText(pdf))
			.contains("Thời hạn: từ ngày 10/12/2025 đến ngày 31/12/2026.");

		// Locked: the commune can no longer change the result.
		page.navigate(reviewUrl);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa kết quả rà soát")))
			.hasCount(0);
		page.navigate(url("/reviews/households/" + householdId + "?campaign="
				+ jdbc.queryForObject("SELECT campaign_id FROM household_review WHERE household_id = ? "
						+ "AND decision_number = '125/QĐ-UBND'", Long.class, householdId)));
		click(AriaRole.BUTTON, "Lưu kết quả rà soát");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("đã được công nhận và khóa");
		logout();

		// Only the district reopens it, and the reopening is recorded with its reason.
		loginAs("huyen.tracu");
		page.navigate(reviewUrl);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kim Sơn")).click();
		page.getByLabel("Lý do mở lại danh sách đã công nhận").fill("Hộ khiếu nại kết quả, cần họp dân lại");
		click(AriaRole.BUTTON, "Mở lại danh sách");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã mở lại danh sách (1 hộ trả về xã).");
		assertThat(page.getByTestId("list-history")).containsText("Mở lại danh sách");
		assertThat(page.getByTestId("list-history")).containsText("Hộ khiếu nại kết quả");
		page.navigate(reviewUrl);
		assertThat(page.getByTestId("review-state")).hasText("Bị trả lại");
		assertThat(page.getByTestId("review-history")).containsText("huyen.tracu");
		assertThat(page.getByTestId("review-history")).containsText("125/QĐ-UBND");
		screenshot("ra-soat-chi-tiet.png");
	}

}

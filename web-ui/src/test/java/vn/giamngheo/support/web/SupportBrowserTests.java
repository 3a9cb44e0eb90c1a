package vn.giamngheo.support.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.shared.Vnd;
import vn.giamngheo.support.persistence.DemoSupport;

/**
 * Officers record support in the browser: one household, a whole Tết list, a refused
 * duplicate and an override.
 */
class SupportBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	java.time.Clock clock;

	String householdCode(String commune, String category, int skip) {
		return jdbc.queryForObject("""
				SELECT h.code FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = ? AND c.level = 'COMMUNE' AND h.category = ? ORDER BY h.id OFFSET ? LIMIT 1""",
				String.class, commune, category, skip);
	}

	String programId(String code) {
		return String.valueOf(jdbc.queryForObject("SELECT id FROM support_program WHERE code = ?", Long.class, code));
	}

	void save() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
	}

	@Test
	void communeOfficialRecordsRiceForAPoorHousehold() {
		loginAs("xa.ngaixuyen");
		page.navigate(url("/support/new"));
		page.getByLabel("Mã hộ").fill(householdCode("Ngãi Xuyên", "POOR", 0));
		page.getByLabel("Chương trình, chính sách").selectOption(programId("GAO"));
		page.getByLabel("Số lượng").fill("20");
		page.getByLabel("Nguồn kinh phí").selectOption("NATIONAL_RESERVE");
		page.getByLabel("Căn cứ (số quyết định, kế hoạch)").fill("QĐ 45/QĐ-TTg");
		screenshot("ho-tro-ghi-nhan.png");
		save();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã ghi nhận hỗ trợ.");
		assertThat(page.getByTestId("disbursements")).containsText("20 kg");
		assertThat(page.getByTestId("disbursements")).containsText("Dự trữ quốc gia");
		screenshot("ho-tro-cua-ho.png");
	}

	@Test
	void communeOfficialGivesTetAllowanceToEveryPoorHouseholdOfTheCommuneAfterAPreview() {
		long poor = jdbc.queryForObject("""
				SELECT count(*) FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = 'Kim Sơn' AND c.level = 'COMMUNE' AND h.category = 'POOR'""", Long.class);
		loginAs("xa.kimson");
		page.navigate(url("/support/bulk"));
		page.getByLabel("Chương trình, chính sách").selectOption(programId("TET"));
		page.getByLabel("Số tiền (đồng)").fill("500000");
		page.getByLabel("Nguồn kinh phí").selectOption("DISTRICT_BUDGET");
		page.getByLabel("Căn cứ (số quyết định, kế hoạch)").fill("QĐ 25/QĐ-UBND");
		screenshot("ho-tro-cap-phat-danh-sach.png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước danh sách")).click();

		String total = Vnd.format(poor * 500_000);
		assertThat(page.getByTestId("summary")).containsText("Sẽ ghi nhận " + Vnd.grouped(poor) + " hộ, tổng " + total);
		assertThat(page.getByTestId("preview").locator("tbody tr")).hasCount((int) poor);
		screenshot("ho-tro-cap-phat-xem-truoc.png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận cấp phát")).click();

		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Đã cấp phát cho " + Vnd.grouped(poor) + " hộ, tổng " + total + "; bỏ qua 0 hộ.");
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM support_disbursement d JOIN support_program p ON p.id = d.program_id
				JOIN area c ON c.id = d.commune_id
				WHERE p.code = 'TET' AND c.name = 'Kim Sơn' AND d.batch_id IS NOT NULL""", Long.class)).isEqualTo(poor);

		// The same list again: every household is now a duplicate and would be skipped.
		page.navigate(url("/support/bulk"));
		page.getByLabel("Chương trình, chính sách").selectOption(programId("TET"));
		page.getByLabel("Số tiền (đồng)").fill("500000");
		page.getByLabel("Nguồn kinh phí").selectOption("DISTRICT_BUDGET");
		page.getByLabel("Căn cứ (số quyết định, kế hoạch)").fill("QĐ 25/QĐ-UBND");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước danh sách")).click();
		assertThat(page.getByTestId("summary")).containsText("Sẽ ghi nhận 0 hộ");
	}

	@Test
	void aDuplicateIsRefusedAndRecordedOnlyWithAReason() {
		String code = householdCode("Ngãi Xuyên", "POOR", 1);
		loginAs("xa.ngaixuyen");
		for (int i = 0; i < 2; i++) {
			page.navigate(url("/support/new"));
			page.getByLabel("Mã hộ").fill(code);
			page.getByLabel("Chương trình, chính sách").selectOption(programId("TET"));
			page.getByLabel("Số tiền (đồng)").fill("500000");
			page.getByLabel("Nguồn kinh phí").selectOption("COMMUNE_BUDGET");
			page.getByLabel("Căn cứ (số quyết định, kế hoạch)").fill("QĐ 30/QĐ-UBND");
			save();
		}
		assertThat(page.locator("#programId + .invalid-feedback"))
			.containsText("Hộ/người này đã nhận chính sách này trong cùng kỳ");
		assertThat(page.getByTestId("duplicate")).containsText("QĐ 30/QĐ-UBND");
		screenshot("ho-tro-trung.png");

		page.getByLabel("Lý do vẫn cấp (bắt buộc khi cấp trùng)").fill("ngắn");
		save();
		assertThat(page.locator("#overrideReason + .invalid-feedback"))
			.hasText("Lý do cấp trùng phải ghi rõ, ít nhất 10 ký tự.");
		page.getByLabel("Lý do vẫn cấp (bắt buộc khi cấp trùng)")
			.fill("Nhà bị sập do lốc xoáy, UBND xã quyết định hỗ trợ thêm");
		save();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã ghi nhận hỗ trợ.");
		assertThat(page.getByTestId("disbursements")).containsText("Cấp trùng có lý do");
		assertThat(page.getByTestId("disbursements")).containsText("Nhà bị sập do lốc xoáy");
		screenshot("ho-tro-cap-trung-co-ly-do.png");
	}

	@Test
	void anIneligibleHouseholdGetsAWarningWithItsReason() {
		loginAs("xa.ngaixuyen");
		page.navigate(url("/support/new"));
		page.getByLabel("Mã hộ").fill(householdCode("Ngãi Xuyên", "NOT_POOR", 0));
		page.getByLabel("Chương trình, chính sách").selectOption(programId("TIEN-DIEN"));
		page.getByLabel("Số tiền (đồng)").fill("147000");
		page.getByLabel("Nguồn kinh phí").selectOption("CENTRAL_BUDGET");
		page.getByLabel("Căn cứ (số quyết định, kế hoạch)").fill("QĐ 28/2014/QĐ-TTg");
		save();
		assertThat(page.getByTestId("warning"))
			.containsText("Hộ đang là “Hộ không nghèo”; chính sách dành cho: hộ nghèo");
		screenshot("ho-tro-canh-bao.png");
		page.getByLabel("Tôi đã xem cảnh báo và vẫn ghi nhận").check();
		save();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã ghi nhận hỗ trợ.");
	}

	@Test
	void districtOfficerReadsTotalsWithAChartAndExportsThem() throws Exception {
		// The demo year of support (idempotent; the demo loader writes it too once wired
		// in).
		DemoSupport.write(jdbc, 2023, LocalDate.now(clock));
		loginAs("huyen.tracu");
		page.navigate(url("/support/totals?from=01/01/" + (LocalDate.now(clock).getYear() - 1) + "&groupBy=PROGRAM"));
		assertThat(page.getByTestId("totals")).isVisible();
		assertThat(page.getByTestId("grand-total")).containsText("đ");
		assertThat(page.locator("#support-chart")).isVisible();
		screenshot("ho-tro-tong-hop.png");
		Download download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xuất Excel")).click());
		byte[] bytes = Files.readAllBytes(download.path());
		org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 2)).isEqualTo("PK");
	}

}

package vn.giamngheo.report.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.BrowserTest;

/** The provincial department reads district figures side by side and never a name. */
class SummaryBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void provincialViewerSeesDistrictsSideBySideWithoutNames() {
		loginAs("so.travinh");
		assertThat(page.getByRole(AriaRole.HEADING)).hasText("Tổng hợp hộ nghèo, cận nghèo: Trà Vinh");
		assertThat(page.getByTestId("summary")).containsText("Trà Cú");
		assertThat(page.getByTestId("summary")).containsText("Cầu Ngang");
		// Demo province only: other tests add households of their own elsewhere (COMMON
		// rule: province code 84).
		long poor = jdbc.queryForObject("SELECT count(*) FROM household h JOIN area c ON c.id = h.commune_id "
				+ "WHERE h.category = 'POOR' AND c.code LIKE '84%'", Long.class);
		assertThat(page.locator("[data-testid=summary] tfoot")).containsText(vn.giamngheo.shared.Vnd.grouped(poor));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hộ gia đình"))).hasCount(0);
		String anyHead = jdbc.queryForObject("SELECT head_name FROM household ORDER BY id LIMIT 1", String.class);
		assertThat(page.locator("main")).not().containsText(anyHead);
		screenshot("so-tong-hop.png");

		var refused = page.navigate(url("/households"));
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void switchesToEnglishAndBack() {
		loginAs("huyen.tracu");
		page.navigate(url("/summary?lang=en"));
		assertThat(page.getByRole(AriaRole.HEADING)).hasText("Poor and near-poor households");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();
		assertThat(page.getByRole(AriaRole.HEADING)).hasText("Tổng hợp hộ nghèo, cận nghèo");
	}

	@Test
	void loginPageShowsAVietnameseMessageForAWrongPassword() {
		loginAs("xa.kimson", "sai-mat-khau");
		assertThat(page.getByRole(AriaRole.ALERT))
			.hasText("Không đăng nhập được: sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản tạm thời không dùng được. "
					+ "Hãy thử lại sau ít phút hoặc liên hệ quản trị viên.");
		screenshot("dang-nhap.png");
	}

}

package vn.giamngheo.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.persistence.AccountService;
import vn.giamngheo.demo.DemoData;

/**
 * An administrator resets a password, the officer must choose a new one, and the audit
 * page shows what happened.
 */
class SecurityBrowserTests extends BrowserTest {

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1280, 860", "768, 1024" })
	void aResetPasswordMustBeChangedAtTheNextLoginAndTheAuditShowsTheLogins(int width, int height) {
		page.setViewportSize(width, height);
		String name = "sec.browser" + width;
		long kimSon = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Kim Sơn' AND kind = 'COMMUNE'",
				Long.class);
		accounts.create(name, passwords.encode(DemoData.PASSWORD), "Cán bộ " + width, Role.COMMUNE_OFFICIAL,
				Set.of(kimSon));

		loginAs("admin");
		page.navigate(url("/accounts"));
		Locator row = page.getByTestId("accounts").locator("tr", new Locator.LocatorOptions().setHasText(name));
		row.getByLabel("Mật khẩu mới cho " + name).fill("Tam-Thoi-Dat-Lai-" + width);
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đặt lại mật khẩu")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã đặt lại mật khẩu");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();

		loginAs(name, "Tam-Thoi-Dat-Lai-" + width);
		assertThat(page.getByTestId("must-change")).isVisible();
		page.navigate(url("/households"));
		assertThat(page.getByTestId("must-change")).isVisible(); // nothing else opens
																	// before the change
		page.getByLabel("Mật khẩu hiện tại").fill("Tam-Thoi-Dat-Lai-" + width);
		page.getByLabel("Mật khẩu mới", new Page.GetByLabelOptions().setExact(true)).fill("matkhau2026");
		page.getByLabel("Nhập lại mật khẩu mới").fill("matkhau2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu mật khẩu mới")).click();
		assertThat(page.getByTestId("password-error"))
			.hasText("Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.");
		page.getByLabel("Mật khẩu hiện tại").fill("Tam-Thoi-Dat-Lai-" + width);
		page.getByLabel("Mật khẩu mới", new Page.GetByLabelOptions().setExact(true))
			.fill("Cau Ke mua nuoc noi " + width);
		page.getByLabel("Nhập lại mật khẩu mới").fill("Cau Ke mua nuoc noi " + width);
		if (width > 1000) {
			screenshot("doi-mat-khau.png");
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu mật khẩu mới")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã đổi mật khẩu.");
		page.navigate(url("/households"));
		assertThat(page.getByTestId("must-change")).hasCount(0);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();

		loginAs("admin");
		page.navigate(url("/"));
		if (width < 992) { // the tablet's menu is folded behind its toggler (issue 13)
			page.getByTestId("nav-toggle").click();
		}
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhật ký truy cập")).click();
		page.getByLabel("Người dùng").fill(name);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm").setExact(true)).click();
		assertThat(page.getByTestId("audit-entries")).containsText("Đăng nhập");
		assertThat(page.getByTestId("audit-entries")).containsText("GET /households");
		if (width > 1000) {
			screenshot("nhat-ky-truy-cap.png");
		}
	}

}

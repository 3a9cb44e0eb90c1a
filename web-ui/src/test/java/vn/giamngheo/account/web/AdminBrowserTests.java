package vn.giamngheo.account.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.giamngheo.BrowserTest;

/**
 * The administrator creates an officer's account and imports areas, and the new officer
 * logs in.
 */
class AdminBrowserTests extends BrowserTest {

	@Test
	void adminCreatesACommuneOfficialWhoThenSeesOnlyTheirCommune() {
		loginAs("admin");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tài khoản"))).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tạo tài khoản")).click();
		page.getByLabel("Tên đăng nhập").fill("canbo.hamtan");
		page.getByLabel("Họ tên / đơn vị").fill("Lâm Thị Sa Rum");
		page.getByLabel("Vai trò").selectOption("COMMUNE_OFFICIAL");
		page.getByLabel("Địa bàn phụ trách").selectOption(new SelectOption().setLabel("Xã Hàm Tân"));
		page.getByLabel("Mật khẩu (ít nhất 10 ký tự)").fill("ngắn");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.locator("#password + .invalid-feedback")).hasText("Mật khẩu phải có từ 10 đến 128 ký tự.");

		page.getByLabel("Mật khẩu (ít nhất 10 ký tự)").fill("HamTan@2026!");
		screenshot("quan-tri-tao-tai-khoan.png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã tạo tài khoản.");
		assertThat(page.getByTestId("accounts")).containsText("canbo.hamtan");
		assertThat(page.getByTestId("accounts")
			.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("canbo.hamtan")))
			.containsText("Hàm Tân");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
		loginAs("canbo.hamtan", "HamTan@2026!");
		assertThat(page.getByTestId("current-user")).hasText("Lâm Thị Sa Rum");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tài khoản"))).hasCount(0);
		assertThat(page.locator("table tbody tr").first()).containsText("Hàm Tân");
	}

	@Test
	void adminImportsAreasAndSeesEveryBadRowBeforeAnythingIsWritten() {
		loginAs("admin");
		page.navigate(url("/areas/import"));
		String bad = """
				code,name,kind,parent_code,area_type,especially_difficult,program_135,ethnic_minority_region,valid_from,valid_to,predecessor_codes
				86,Vĩnh Long,PROVINCE,,,0,0,0,01/07/2025,,
				86001,Phường Trà Vinh,WARD,86,,0,0,0,01/07/2025,,
				86002,Xã Trà Cú,COMMUNE,86,RURAL,1,0,1,31/06/2025,,84901|84902
				""";
		page.getByLabel("Tệp CSV")
			.setInputFiles(new FilePayload("dia-ban.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra và nhập")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tệp có 2 lỗi. Không có dòng nào được ghi.");
		assertThat(page.getByTestId("import-errors"))
			.containsText("Xã/phường/thị trấn phải ghi khu vực RURAL (nông thôn) hoặc URBAN (thành thị).");
		assertThat(page.getByTestId("import-errors")).containsText("Ngày “31/06/2025” không hợp lệ (dd/mm/yyyy).");
		screenshot("quan-tri-nhap-dia-ban-loi.png");

		String good = bad.replace("WARD,86,,", "WARD,86,URBAN,").replace("31/06/2025", "01/07/2025");
		page.getByLabel("Tệp CSV")
			.setInputFiles(new FilePayload("dia-ban.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra và nhập")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã nhập 3 đơn vị hành chính.");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vĩnh Long")).click();
		assertThat(page.getByTestId("areas")).containsText("Xã Trà Cú");
		assertThat(page.getByTestId("areas")).containsText("Đặc biệt khó khăn");
	}

}

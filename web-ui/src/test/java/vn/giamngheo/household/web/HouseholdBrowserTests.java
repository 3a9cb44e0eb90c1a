package vn.giamngheo.household.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.BrowserTest;

/**
 * A commune official keeps the household register of Ngãi Xuyên, as they would in the
 * browser.
 */
class HouseholdBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void communeOfficialRegistersAHouseholdWithAMemberAndFindsItWithoutDiacritics() {
		loginAs("xa.ngaixuyen");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hộ gia đình"))).isVisible();
		screenshot("ho-gia-dinh-danh-sach.png");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm hộ gia đình")).click();
		page.getByLabel("Ấp/khóm/thôn").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.getByLabel("Địa chỉ").fill("Tổ 3, ấp Chợ, xã Ngãi Xuyên");
		page.getByLabel("Chủ hộ").fill("Thạch Thị Sóc Phiếu");
		page.getByLabel("Dân tộc").selectOption("KHMER");
		// No category on the form: it is recognised only by an approved review.
		assertThat(page.getByLabel("Phân loại hộ")).hasCount(0);
		assertThat(page.getByTestId("category-by-review")).containsText("chỉ thay đổi khi danh sách rà soát");
		page.getByLabel("Hộ không có khả năng lao động").check();
		screenshot("ho-gia-dinh-them.png");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm hộ gia đình.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thạch Thị Sóc Phiếu")))
			.isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm thành viên")).click();
		page.getByLabel("Họ và tên").fill("Thạch Thị Sóc Phiếu");
		page.getByLabel("Ngày sinh (dd/mm/yyyy)").fill("12/05/1968");
		page.getByLabel("Giới tính").selectOption("FEMALE");
		page.getByLabel("Quan hệ với chủ hộ").selectOption("HEAD");
		page.getByLabel("Số định danh cá nhân (CCCD)").fill("084168000777");
		page.getByLabel("Số thẻ BHYT").fill("HN4840123456789");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm thành viên.");
		Locator members = page.getByTestId("members");
		assertThat(members).containsText("12/05/1968");
		assertThat(members).containsText("Chủ hộ");
		assertThat(page.getByTestId("history")).containsText("Thêm thành viên");
		screenshot("ho-gia-dinh-chi-tiet.png");

		page.navigate(url("/households"));
		page.getByLabel("Tìm theo tên, mã hộ, địa chỉ").fill("thach thi soc phieu");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thạch Thị Sóc Phiếu")))
			.isVisible();
		assertThat(page.getByTestId("total")).hasText("Tổng số: 1 hộ");
	}

	@Test
	void showsValidationErrorsInVietnameseNextToTheFields() {
		loginAs("xa.ngaixuyen");
		page.navigate(url("/households/new"));
		page.getByLabel("Số điện thoại").fill("12345");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

		assertThat(page.locator("#headName + .invalid-feedback")).hasText("Hãy nhập họ tên chủ hộ.");
		assertThat(page.locator("#villageId + .invalid-feedback")).hasText("Hãy chọn ấp/khóm/thôn của hộ.");
		assertThat(page.locator("#phone + .invalid-feedback"))
			.hasText("Số điện thoại gồm 10 chữ số, bắt đầu bằng 0 (ví dụ 0912345678).");
		screenshot("ho-gia-dinh-loi-nhap.png");

		long householdId = jdbc.queryForObject("""
				SELECT h.id FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = 'Ngãi Xuyên' ORDER BY h.id LIMIT 1""", Long.class);
		page.navigate(url("/households/" + householdId + "/members/new"));
		page.getByLabel("Họ và tên").fill("Kim Sô Phanh");
		page.getByLabel("Ngày sinh (dd/mm/yyyy)").fill("31/02/1990");
		page.getByLabel("Giới tính").selectOption("MALE");
		page.getByLabel("Quan hệ với chủ hộ").selectOption("CHILD");
		page.getByLabel("Số định danh cá nhân (CCCD)").fill("08409000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.locator("#dateOfBirth + .invalid-feedback"))
			.hasText("Ngày sinh không hợp lệ, hãy nhập theo dạng ngày/tháng/năm (dd/mm/yyyy)");
		assertThat(page.locator("#citizenId + .invalid-feedback"))
			.hasText("Số định danh cá nhân phải gồm đúng 12 chữ số.");
	}

	@Test
	void communeOfficialIsRefusedAnotherCommunesHouseholdByUrl() {
		long otherCommunes = jdbc.queryForObject("""
				SELECT h.id FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = 'Kim Sơn' ORDER BY h.id LIMIT 1""", Long.class);
		loginAs("xa.ngaixuyen");
		var response = page.navigate(url("/households/" + otherCommunes));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING)).hasText("Không có quyền truy cập");
		response = page.navigate(url("/households/" + otherCommunes + "/edit"));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void secondOfficerEditingTheSameHouseholdGetsAConflictMessage() {
		long id = jdbc.queryForObject("""
				SELECT h.id FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = 'Ngãi Xuyên' ORDER BY h.id DESC LIMIT 1""", Long.class);
		loginAs("xa.ngaixuyen");
		page.navigate(url("/households/" + id + "/edit"));
		Page second = page.context()
			.browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("vi-VN"))
			.newPage();
		second.navigate(url("/login"));
		second.getByLabel("Tên đăng nhập").fill("huyen.tracu");
		second.getByLabel("Mật khẩu").fill(vn.giamngheo.demo.DemoData.PASSWORD);
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		second.navigate(url("/households/" + id + "/edit"));
		second.getByLabel("Số điện thoại").fill("0911111111");
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(second.getByRole(AriaRole.STATUS)).hasText("Đã lưu thông tin hộ.");
		second.context().close();

		page.getByLabel("Số điện thoại").fill("0922222222");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("vừa được huyen.tracu sửa");
		org.assertj.core.api.Assertions
			.assertThat(jdbc.queryForObject("SELECT phone FROM household WHERE id = ?", String.class, id))
			.isEqualTo("0911111111");
	}

}

package vn.giamngheo.poverty.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.giamngheo.BrowserTest;

/**
 * A commune official of Phước Hưng checks a household with the live calculator, then
 * compares standards.
 */
class CalculatorBrowserTests extends BrowserTest {

	@Test
	void aCommuneOfficialSeesThePoorCategoryAndItsReasonsLiveAsTheyType() {
		loginAs("xa.phuochung");
		page.navigate(url("/poverty/calculator"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tính phân loại hộ")))
			.isVisible();
		page.getByLabel("Ngày rà soát (dd/mm/yyyy)").fill("15/06/2025");
		page.getByLabel("Thu nhập bình quân đầu người/tháng (đồng)").fill("1200000");
		page.getByLabel("Họ và tên").first().fill("Nguyễn Văn B");
		page.getByLabel("Ngày sinh (dd/mm/yyyy)").first().fill("01/01/2017");
		page.getByLabel("Có thẻ BHYT").first().uncheck();
		page.getByLabel("Tổng diện tích nhà ở (m²)").fill("30");
		page.getByLabel("Nguồn nước sinh hoạt chính").selectOption("SURFACE_WATER");
		page.getByLabel("Loại nhà tiêu").selectOption("SIMPLE_PIT");

		assertThat(page.getByTestId("category")).hasText("Hộ nghèo");
		assertThat(page.locator("#result")).containsText("Nguyễn Văn B, 8 tuổi, không có thẻ BHYT");
		assertThat(page.getByTestId("income-line")).hasText("1.500.000 đ");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm thành viên")).click();
		page.locator("input[name='members[1].fullName']").fill("Nguyễn Thị C");
		page.locator("input[name='members[1].dateOfBirth']").fill("32/13/1980");
		assertThat(page.locator("[data-live-error]").first()).containsText("Ngày");
		page.locator("input[name='members[1].dateOfBirth']").fill("05/05/1980");
		assertThat(page.locator("[data-live-error]")).hasCount(0);
		assertThat(page.getByTestId("category")).hasText("Hộ nghèo");
		screenshot("calculator.png");
	}

	@Test
	void aCommuneOfficialComparesTheirCommuneUnderThe2027Standard() {
		loginAs("xa.phuochung");
		page.navigate(url("/poverty/what-if"));
		page.getByLabel("Chuẩn dùng để so sánh").selectOption("VN-2027-2030:1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("So sánh")).click();
		assertThat(page.getByTestId("what-if")).containsText("Phước Hưng");
		assertThat(page.locator("[data-commune]")).hasCount(1);
		screenshot("what-if.png");
	}

}

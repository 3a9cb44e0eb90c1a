package vn.giamngheo.review.sheet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.sheet.SheetLayout;

/**
 * The commune official downloads the sheet, uploads a bad one (sees every error), then a
 * good one and confirms.
 */
class ReviewSheetBrowserTests extends BrowserTest {

	private static final int YEAR = 2024;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReviewService reviews;

	@Test
	void downloadFillUploadSeeTheErrorsFixAndConfirm() throws Exception {
		long campaign = ReviewTestData.campaign(jdbc, users, reviews, YEAR);
		long commune = ReviewTestData.communeId(jdbc, "Ngãi Xuyên");
		loginAs("xa.ngaixuyen");
		page.navigate(url("/reviews/campaigns/" + campaign + "/communes/" + commune + "/upload"));

		Download download = page.waitForDownload(() -> page.getByTestId("download-sheet").click());
		Path sheetFile = Files.createTempFile("ra-soat", ".xlsx");
		download.saveAs(sheetFile);
		XSSFWorkbook wb = ReviewTestData.open(Files.readAllBytes(sheetFile));
		Sheet sheet = wb.getSheetAt(0);
		int indicators = sheet.getRow(SheetLayout.HEADER_ROW - 1).getLastCellNum() - SheetLayout.FIRST_INDICATOR;
		SheetLayout layout = new SheetLayout(java.util.Collections.nCopies(indicators, "X"));
		ReviewTestData.fill(sheet, layout, 4, "1100000", 3);
		ReviewTestData.fill(sheet, layout, 5, "một triệu", 1);
		ReviewTestData.set(sheet, 6, layout.indicatorColumn(1), "V");
		ReviewTestData.set(sheet, 7, SheetLayout.CODE, "84908-99999");
		ReviewTestData.set(sheet, 7, SheetLayout.KEY, "");
		ReviewTestData.set(sheet, 8, SheetLayout.AREA_TYPE, "Miền núi");
		Path bad = Files.createTempFile("ra-soat-loi", ".xlsx");
		Files.write(bad, ReviewTestData.bytes(wb));

		page.setInputFiles("#file", bad);
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Kiểm tra tệp"))
			.click();
		Locator errors = page.getByTestId("sheet-errors");
		assertThat(errors).isVisible();
		assertThat(errors.locator("tbody tr")).hasCount(4);
		assertThat(page.getByTestId("sheet-failed")).containsText("Chưa ghi gì");
		screenshot("ra-soat-excel-loi.png");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM household_review WHERE campaign_id = ? AND commune_id = ?",
				Integer.class, campaign, commune))
			.isZero();

		ReviewTestData.fill(sheet, layout, 5, "1000000", 1);
		ReviewTestData.set(sheet, 6, layout.indicatorColumn(1), "X");
		sheet.removeRow(sheet.getRow(6));
		ReviewTestData.set(sheet, 8, SheetLayout.AREA_TYPE, "Nông thôn");
		Path good = Files.createTempFile("ra-soat-dung", ".xlsx");
		Files.write(good, ReviewTestData.bytes(wb));
		page.setInputFiles("#file", good);
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Kiểm tra tệp"))
			.click();
		assertThat(page.getByTestId("sheet-ok")).isVisible();
		screenshot("ra-soat-excel-xac-nhan.png");

		page.locator("#sheet-confirm button").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã ghi kết quả rà soát");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM household_review WHERE campaign_id = ? AND commune_id = ?",
				Integer.class, campaign, commune))
			.isPositive();
	}

}

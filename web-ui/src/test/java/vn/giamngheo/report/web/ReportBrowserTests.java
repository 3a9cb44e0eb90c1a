package vn.giamngheo.report.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.shared.Vnd;

/**
 * The provincial view (districts side by side, total, trend, ranking; no names) and a
 * district's reports.
 */
class ReportBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void provincialViewerComparesDistrictsWithoutSeeingAName() {
		loginAs("so.travinh");
		page.navigate(url("/reports"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Trà Vinh");
		var districts = page.getByTestId("report-districts");
		assertThat(districts).containsText("Trà Cú");
		assertThat(districts).containsText("Cầu Ngang");
		long poor = jdbc.queryForObject(
				"SELECT count(*) FROM household h JOIN area c ON c.id = h.commune_id WHERE c.code LIKE '84%' AND h.category = 'POOR'",
				Long.class);
		assertThat(districts.locator("tfoot")).containsText(Vnd.grouped(poor));
		assertThat(page.getByTestId("report-ranking")).containsText("Ngãi Xuyên");
		assertThat(page.getByTestId("report-trend")).containsText("2023");
		String anyHead = jdbc.queryForObject("SELECT head_name FROM household ORDER BY id LIMIT 1", String.class);
		assertThat(page.locator("main")).not().containsText(anyHead);
		assertThat(page.locator("canvas[data-drawn=true]")).hasCount(2);
		screenshot("bao-cao-toan-tinh.png");

		var refused = page.navigate(url("/households"));
		org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void districtOfficerReadsTheSummaryByCommuneIndicatorsAndMultidimensionalFigures() {
		loginAs("huyen.tracu");
		page.navigate(url("/reports"));
		assertThat(page.getByTestId("report-communes")).containsText("Ngãi Xuyên");
		assertThat(page.getByTestId("report-ethnicity")).containsText("Khmer");
		screenshot("bao-cao-theo-xa.png");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chỉ số thiếu hụt")).click();
		assertThat(page.getByTestId("report-indicators")).containsText("Bảo hiểm y tế");
		screenshot("bao-cao-chi-so-thieu-hut.png");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nghèo đa chiều")).click();
		assertThat(page.getByTestId("report-mpi")).containsText("Tổng cộng");
		screenshot("bao-cao-ngheo-da-chieu.png");

		var download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải Excel")).click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("bao-cao-mpi-2024.xlsx");
	}

}

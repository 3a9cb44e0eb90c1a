package vn.giamngheo.report.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.report.persistence.OfficialRecord;

/**
 * A district officer reads a year in which only one commune's list is approved: the page
 * says the figures are provisional, how many communes are covered and which are missing,
 * and every commune is still a row; an approved year says it is official. At desktop
 * width and on a tablet.
 */
class OfficialFiguresBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OfficialRecord record;

	@ParameterizedTest(name = "{0}x{1}")
	@CsvSource({ "1280, 860, desktop", "768, 1024, tablet" })
	void aPartialYearShowsItsCoverageAndTheProvisionalMark(int width, int height, String device) {
		long kimSon = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Kim Sơn' AND level = 'COMMUNE'",
				Long.class);
		if (jdbc.queryForObject("SELECT count(*) FROM official_snapshot WHERE year = 2021", Long.class) == 0) {
			record.record(2021, kimSon, null, "12/QĐ-UBND", LocalDate.of(2021, 12, 13), null, "test",
					Instant.parse("2021-12-13T02:00:00Z"));
		}
		long communes = jdbc.queryForObject("SELECT count(*) FROM area c JOIN area d ON d.id = c.parent_id "
				+ "WHERE d.code = '849' AND c.level = 'COMMUNE'", Long.class);
		page.setViewportSize(width, height);
		loginAs("huyen.tracu");
		page.navigate(url("/reports/communes?year=2021"));
		var coverage = page.getByTestId("report-coverage");
		assertThat(coverage).isVisible();
		assertThat(page.getByTestId("report-status")).hasText("Số liệu tạm tính");
		assertThat(coverage).containsText("1/" + communes + " xã có danh sách đã phê duyệt");
		assertThat(page.getByTestId("report-missing")).containsText("Ngãi Xuyên");
		assertThat(page.getByTestId("report-missing")).not().containsText("Kim Sơn");
		// No commune is dropped: the ones without a list are rows, marked.
		var rows = page.getByTestId("report-communes").locator("tbody tr");
		assertThat(rows).hasCount((int) communes);
		assertThat(page.getByTestId("report-communes")).containsText("Chưa có danh sách phê duyệt");
		assertThat(page.getByTestId("report-movement-poor")).containsText("Đầu kỳ");
		screenshot("bao-cao-tam-tinh-" + device + ".png");

		page.navigate(url("/reports/communes?year=2024"));
		assertThat(page.getByTestId("report-status")).hasText("Số liệu chính thức");
		assertThat(page.getByTestId("report-coverage")).containsText(communes + "/" + communes);
		assertThat(page.getByTestId("report-missing")).hasCount(0);
		assertThat(page.getByTestId("report-movement-poor")).containsText("Thoát nghèo");
		screenshot("bao-cao-chinh-thuc-" + device + ".png");
	}

}

package vn.giamngheo.household.importing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.shared.VietnameseText;

/**
 * A commune official imports a register file: sees an error, fixes it, confirms and
 * follows the progress bar; the district officer then compares the suspected duplicate it
 * raised and merges it. At desktop and tablet widths.
 */
class RegisterImportBrowserTests extends BrowserTest {

	static final String HEADER = "household_code,commune_code,village_code,address,phone,relationship,full_name,"
			+ "date_of_birth,sex,ethnicity,citizen_id,health_insurance_card\n";

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		jdbc.update("DELETE FROM household_merge WHERE absorbed_code LIKE 'BRTEST%' OR survivor_code LIKE 'BRTEST%'");
		jdbc.update("DELETE FROM duplicate_candidate WHERE code_a LIKE 'BRTEST%' OR code_b LIKE 'BRTEST%'");
		jdbc.update("DELETE FROM household WHERE code LIKE 'BRTEST%'");
	}

	@ParameterizedTest(name = "{0}×{1}")
	@CsvSource({ "1280, 860, D", "768, 1024, T" })
	void aCommuneOfficialImportsAFileFixesAnErrorConfirmsAndTheDistrictMergesTheDuplicate(int width, int height,
			String suffix) throws Exception {
		page.setViewportSize(width, height);
		Map<String, Object> place = jdbc.queryForMap("""
				SELECT c.code AS commune, min(v.code) AS village FROM area c JOIN area v ON v.parent_id = c.id
				WHERE c.name = 'Ngãi Xuyên' AND c.kind = 'COMMUNE' GROUP BY c.code""");
		Map<String, Object> demo = jdbc.queryForMap(
				"""
						SELECT m.full_name, to_char(m.date_of_birth, 'DD/MM/YYYY') AS born, m.sex, h.code FROM household_member m
						JOIN household h ON h.id = m.household_id JOIN area c ON c.id = h.commune_id
						WHERE c.name = 'Ngãi Xuyên' AND m.relationship = 'HEAD' AND h.member_count = 1
						ORDER BY m.id OFFSET 3 LIMIT 1""");
		String code = "BRTEST-" + suffix;
		String row = code + "," + place.get("commune") + "," + place.get("village") + ",Tổ 5,,Chủ hộ,"
				+ VietnameseText.fold((String) demo.get("full_name")) + ",%s,"
				+ ("MALE".equals(demo.get("sex")) ? "Nam" : "Nữ") + ",Khmer,,\n";
		Path bad = Files.createTempFile("so-ho-loi", ".csv");
		Files.writeString(bad, HEADER + row.formatted("31/13/1980"), StandardCharsets.UTF_8);
		Path good = Files.createTempFile("so-ho", ".csv");
		Files.writeString(good, HEADER + row.formatted(demo.get("born")), StandardCharsets.UTF_8);

		loginAs("xa.ngaixuyen");
		page.navigate(url("/households"));
		page.getByTestId("import-link").click();
		assertThat(page.getByTestId("template-xlsx")).isVisible();
		page.setInputFiles("#file", bad);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra tệp")).click();
		assertThat(page.getByTestId("import-failed")).containsText("Chưa ghi gì");
		assertThat(page.getByTestId("import-errors").locator("tbody tr")).hasCount(1);
		assertThat(page.getByTestId("import-errors")).containsText("date_of_birth");
		screenshot("nhap-so-ho-loi-" + suffix + ".png");

		page.setInputFiles("#file", good);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra tệp")).click();
		assertThat(page.getByTestId("import-ok")).isVisible();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM household WHERE code = ?", Long.class, code)).isZero();

		// The first answers of the progress poll say "half-way", so the bar can be seen
		// before the page moves on.
		AtomicInteger polls = new AtomicInteger();
		page.route("**/households/import/progress/**", (Route route) -> {
			if (polls.incrementAndGet() <= 3) {
				route.fulfill(new Route.FulfillOptions().setContentType("application/json")
					.setBody("{\"phase\":\"write\",\"done\":1,\"total\":2,\"percent\":50,\"finished\":false}"));
			}
			else {
				route.resume();
			}
		});
		page.locator("#import-confirm button").click();
		assertThat(page.locator("#import-progress .progress-bar")).hasText("50%");
		assertThat(page.getByTestId("import-written")).containsText("Đã ghi 1 hộ");
		screenshot("nhap-so-ho-da-ghi-" + suffix + ".png");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM household WHERE code = ?", Long.class, code)).isOne();

		page.context().clearCookies();
		loginAs("huyen.tracu");
		page.navigate(url("/households/duplicates"));
		page.getByTestId("duplicates")
			.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText(code))
			.getByRole(AriaRole.LINK)
			.first()
			.click();
		assertThat(page.getByTestId("side-0")).isVisible();
		assertThat(page.getByTestId("side-1")).isVisible();
		screenshot("ho-nghi-trung-" + suffix + ".png");
		page.locator("#merge-form input[type=radio]").first().check();
		page.fill("#merge-reason", "Cùng một hộ, nhập trùng từ sổ cũ");
		page.locator("#merge-form button").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã gộp hai hộ");
		assertThat(page.getByTestId("duplicate-status")).hasText("Đã gộp");
		assertThat(page.getByTestId("merge-journal")).isVisible();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM household WHERE code IN (?, ?)", Long.class, code,
				demo.get("code")))
			.isOne();
	}

}

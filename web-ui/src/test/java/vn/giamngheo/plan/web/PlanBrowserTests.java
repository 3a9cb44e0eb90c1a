package vn.giamngheo.plan.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.account.Scope;
import vn.giamngheo.plan.TargetIndicator;
import vn.giamngheo.plan.persistence.PlanTargets;
import vn.giamngheo.plan.persistence.Plans;
import vn.giamngheo.plan.persistence.TargetActuals;
import vn.giamngheo.plan.persistence.TargetAllocations;
import vn.giamngheo.shared.persistence.ClockConfiguration;

/**
 * The district dashboard of Trà Cú's 2023 plan on 15 October 2023 (79% of the year gone),
 * with figures entered at the end of September, and a commune's view. Screenshots go to
 * the user guide (07-ke-hoach-bao-cao.md).
 */
class PlanBrowserTests extends BrowserTest {

	@TestConfiguration
	static class MidOctober2023 {

		@Bean
		@org.springframework.context.annotation.Primary
		Clock midOctober2023() {
			return Clock.fixed(ZonedDateTime.of(2023, 10, 15, 9, 0, 0, 0, ClockConfiguration.VIETNAM).toInstant(),
					ClockConfiguration.VIETNAM);
		}

	}

	@Autowired
	Plans plans;

	@Autowired
	PlanTargets targets;

	@Autowired
	TargetAllocations allocations;

	@Autowired
	TargetActuals actuals;

	@Autowired
	JdbcTemplate jdbc;

	long plan;

	@BeforeEach
	void traCuPlanWithFigures() throws Exception {
		Scope officer = TraCuPlanSeed.scopeOf(jdbc, "Trà Cú");
		plan = TraCuPlanSeed.install(plans, targets, allocations, jdbc, officer);
		var planTargets = targets.targets(plan, officer);
		long jobs = planTargets.stream()
			.filter(t -> t.indicator() == TargetIndicator.JOBS)
			.findFirst()
			.orElseThrow()
			.id();
		if (jdbc.queryForObject("SELECT count(*) FROM target_actual WHERE target_id = ?", Long.class, jobs) == 0) {
			LocalDate september = LocalDate.of(2023, 9, 30);
			int i = 0;
			for (var commune : plans.communes(plan, officer)) {
				// 2,400 workers over 17 communes by the end of September, unevenly.
				actuals.recordActual(jobs, commune.id(), BigDecimal.valueOf(110 + (i++ % 5) * 15), september,
						"Báo cáo quý III", officer, "huyen.tracu");
			}
			long abroad = planTargets.stream()
				.filter(t -> t.indicator() == TargetIndicator.WORKERS_ABROAD)
				.findFirst()
				.orElseThrow()
				.id();
			actuals.recordActual(abroad, null, BigDecimal.valueOf(90), september, "Báo cáo quý III", officer,
					"huyen.tracu");
			long trained = planTargets.stream()
				.filter(t -> t.indicator() == TargetIndicator.TRAINED_WORKERS_SHARE)
				.findFirst()
				.orElseThrow()
				.id();
			actuals.recordActual(trained, null, new BigDecimal("66.10"), september, null, officer, "huyen.tracu");
		}
	}

	@Test
	void districtDashboardShowsEveryTargetsProgressWithAChart() {
		loginAs("huyen.tracu");
		page.navigate(url("/plans"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("12/KH-UBND")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Kế hoạch 12/KH-UBND: Trà Cú, năm 2023");
		var table = page.getByTestId("plan-progress");
		assertThat(table).containsText("Giải quyết việc làm trong và ngoài địa phương");
		assertThat(table).containsText("3.000");
		assertThat(table).containsText("Đúng tiến độ");
		assertThat(table).containsText("Có nguy cơ chậm");
		assertThat(table).containsText("Các xã cộng lại khớp chỉ tiêu");
		assertThat(page.locator("canvas[data-drawn=true]")).hasCount(1);
		screenshot("ke-hoach-bang-dieu-khien.png");

		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Giải quyết việc làm trong và ngoài địa phương"))
			.click();
		assertThat(page.getByTestId("target-communes")).containsText("Ngãi Xuyên");
		assertThat(page.getByTestId("achievement")).hasText(java.util.regex.Pattern.compile("\\d+,\\d\\d%"));
		screenshot("ke-hoach-phan-bo-xa.png");
	}

	@Test
	void communeOfficialSeesTheirCommunesPartOnly() {
		loginAs("xa.ngaixuyen");
		page.navigate(url("/plans/" + plan));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText("Ngãi Xuyên");
		assertThat(page.getByTestId("commune-progress")).containsText("Giải quyết việc làm");
		assertThat(page.locator("main")).not().containsText("Kim Sơn");
		assertThat(page.locator("form[method=post] input[name=value]")).hasCount(0);
		screenshot("ke-hoach-xa.png");
	}

}

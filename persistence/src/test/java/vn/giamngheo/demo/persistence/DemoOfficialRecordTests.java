package vn.giamngheo.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.demo.DemoData;
import vn.giamngheo.report.Figure;
import vn.giamngheo.report.ReportStatus;
import vn.giamngheo.report.persistence.ReportQueries;
import vn.giamngheo.testsupport.TestDemo;

/** The demo province has an official past: 2023 and 2024 approved in every commune, chained by their movement. */
@SpringBootTest
class DemoOfficialRecordTests {

	@Autowired
	DemoData demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportQueries reports;

	Set<Long> province;

	@BeforeEach
	void load() {
		TestDemo.ensureLoaded(demo);
		province = new TreeSet<>(jdbc.queryForList("""
				SELECT id FROM area WHERE level = 'COMMUNE' AND id IN (SELECT commune_id FROM household)""",
				Long.class));
	}

	@Test
	void everyCommuneHasApprovedListsFor2023And2024() {
		for (int year : new int[] { 2023, 2024 }) {
			ReportQueries.Report report = reports.ofCommunes(year, province);
			assertThat(report.status()).isEqualTo(ReportStatus.OFFICIAL);
			assertThat(report.coverage().approved()).isEqualTo(report.coverage().communes()).isPositive();
		}
		assertThat(reports.ofCommunes(2026, province).status()).isEqualTo(ReportStatus.PROVISIONAL);
	}

	@Test
	void the2024ListIsTheRegisterAndItsMovementStartsFromThe2023End() {
		ReportQueries.Report y2023 = reports.ofCommunes(2023, province);
		ReportQueries.Report y2024 = reports.ofCommunes(2024, province);
		assertThat(y2024.total().get(Figure.POOR))
			.isEqualTo(jdbc.queryForObject("SELECT count(*) FROM household WHERE category = 'POOR'", Long.class));
		assertThat(y2024.movement().poor().start()).isEqualTo(y2023.total().get(Figure.POOR));
		assertThat(y2024.movement().nearPoor().start()).isEqualTo(y2023.total().get(Figure.NEAR_POOR));
		assertThat(y2024.movement().poor().escaped()).isPositive();
		assertThat(y2024.movement().poor().newlyPoor() + y2024.movement().poor().rePoor()).isPositive();
		for (ReportQueries.AreaRow row : y2024.rows()) {
			ReportQueries.AreaRow before = y2023.rows().stream().filter(r -> r.areaId() == row.areaId()).findFirst()
				.orElseThrow();
			assertThat(row.movement().poor().start()).isEqualTo(before.figures().get(Figure.POOR));
		}
	}
}

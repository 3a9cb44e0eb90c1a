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

/**
 * The demo province has an official past: 2023 and 2024 approved in every commune,
 * chained by their movement.
 */
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
		// The demo province (84) only: other tests add their own provinces to the same
		// database.
		province = new TreeSet<>(jdbc.queryForList("""
				SELECT c.id FROM area c JOIN area d ON d.id = c.parent_id JOIN area p ON p.id = d.parent_id
				WHERE c.level = 'COMMUNE' AND p.code = '84' AND c.id IN (SELECT commune_id FROM household)""",
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
			.isEqualTo(jdbc.queryForObject("SELECT count(*) FROM household WHERE category = 'POOR' AND commune_id IN ("
					+ province.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ")",
					Long.class));
		assertThat(y2024.movement().poor().start()).isEqualTo(y2023.total().get(Figure.POOR));
		assertThat(y2024.movement().nearPoor().start()).isEqualTo(y2023.total().get(Figure.NEAR_POOR));
		assertThat(y2024.movement().poor().escaped()).isPositive();
		assertThat(y2024.movement().poor().newlyPoor() + y2024.movement().poor().rePoor()).isPositive();
		for (ReportQueries.AreaRow row : y2024.rows()) {
			ReportQueries.AreaRow before = y2023.rows()
				.stream()
				.filter(r -> r.areaId() == row.areaId())
				.findFirst()
				.orElseThrow();
			assertThat(row.movement().poor().start()).isEqualTo(before.figures().get(Figure.POOR));
		}
	}

}

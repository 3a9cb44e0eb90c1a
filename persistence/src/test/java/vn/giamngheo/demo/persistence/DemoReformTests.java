package vn.giamngheo.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.giamngheo.report.persistence.OfficialRows;
import vn.giamngheo.report.persistence.ReportQueries;
import vn.giamngheo.testsupport.TestDemo;

/**
 * The demo shows the 2025 reform: the old tree (province → district → communes) until
 * 30/06/2025 with official 2023 and 2024 figures, the new one (province → merged
 * communes) from 01/07/2025, and the crosswalk between them.
 */
@SpringBootTest
class DemoReformTests {

	private static final List<String> MERGED = List.of("Tân Tập", "Đại Nghiệp", "Hiệp Mỹ", "Hòa Kim");

	private static final List<String> PREDECESSORS = List.of("Tập Sơn", "Tân Sơn", "Lưu Nghiệp Anh", "Đại An",
			"Hiệp Mỹ Đông", "Hiệp Mỹ Tây", "Mỹ Hòa", "Kim Hòa");

	@Autowired
	DemoData demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportQueries reports;

	@Autowired
	OfficialRows official;

	@Autowired
	vn.giamngheo.area.persistence.AreaTree tree;

	long province;

	Set<Long> communes;

	@BeforeEach
	void load() {
		TestDemo.ensureLoaded(demo);
		province = jdbc.queryForObject("SELECT id FROM area WHERE code = ?", Long.class, DemoData.PROVINCE_CODE);
		communes = new TreeSet<>(tree.communesUnder(province));
	}

	private Set<Long> ids(List<String> names) {
		// Only the demo province's: other tests add their own provinces, with commune
		// names of their own choosing.
		return new TreeSet<>(jdbc.queryForList("SELECT id FROM area WHERE level = 'COMMUNE' AND kind = 'COMMUNE' "
				+ "AND name IN (" + String.join(",", names.stream().map(n -> "'" + n + "'").toList()) + ") AND id IN ("
				+ inDemo() + ")", Long.class));
	}

	private String inDemo() {
		return String.join(",", communes.stream().map(String::valueOf).toList());
	}

	@Test
	void theProvinceTotalOf2024IsTheSameByThenAndByNowGeography() {
		ReportQueries.Report then = reports.ofCommunes(2024, communes);
		ReportQueries.Report now = reports.byTodaysCommunes(2024, communes);
		assertThat(then.status()).isEqualTo(ReportStatus.OFFICIAL);
		assertThat(now.status()).isEqualTo(ReportStatus.OFFICIAL);
		assertThat(now.total()).isEqualTo(then.total());
		assertThat(now.movement()).isEqualTo(then.movement());
		assertThat(now.total().get(Figure.POOR)).isPositive()
			.isEqualTo(jdbc.queryForObject(
					"SELECT count(*) FROM household WHERE category = 'POOR' AND commune_id IN (" + inDemo() + ")",
					Long.class));
		assertThat(now.rows()).hasSize(then.rows().size() - PREDECESSORS.size() + MERGED.size());
	}

	@Test
	void theNowChildrenAreTodaysUnitsAndTheThenChildrenTheUnitsOf2024() {
		Set<Long> merged = ids(MERGED);
		Set<Long> predecessors = ids(PREDECESSORS);
		assertThat(merged).hasSize(4);
		assertThat(predecessors).hasSize(8);
		List<Long> now = reports.byTodaysCommunes(2024, communes)
			.rows()
			.stream()
			.map(ReportQueries.AreaRow::areaId)
			.toList();
		List<Long> then = reports.ofCommunes(2024, communes)
			.rows()
			.stream()
			.map(ReportQueries.AreaRow::areaId)
			.toList();
		assertThat(now).containsAll(merged).doesNotContainAnyElementsOf(predecessors);
		assertThat(then).containsAll(predecessors).doesNotContainAnyElementsOf(merged);
		// The merged communes sit directly under the province; the old ones keep their
		// district, which has ended.
		for (long id : merged) {
			assertThat(jdbc.queryForObject("SELECT parent_id FROM area WHERE id = ?", Long.class, id))
				.isEqualTo(province);
		}
		assertThat(jdbc.queryForList("SELECT DISTINCT valid_to FROM area WHERE level = 'DISTRICT' AND parent_id = ?",
				LocalDate.class, province))
			.containsExactly(LocalDate.of(2025, 6, 30));
		assertThat(
				jdbc.queryForObject(
						"SELECT count(*) FROM official_snapshot WHERE status = 'APPROVED' "
								+ "AND year IN (2023, 2024) AND commune_id IN ("
								+ String.join(",", predecessors.stream().map(String::valueOf).toList()) + ")",
						Long.class))
			.isEqualTo(16);
	}

	@Test
	void theCrosswalkMapsEachOldCommuneToExactlyOneSuccessorThatHoldsItsHouseholds() {
		Set<Long> merged = ids(MERGED);
		for (long old : ids(PREDECESSORS)) {
			List<Map<String, Object>> rows = jdbc
				.queryForList("SELECT successor_id, effective_on FROM area_succession WHERE predecessor_id = ?", old);
			assertThat(rows).hasSize(1);
			assertThat(merged).contains(((Number) rows.get(0).get("successor_id")).longValue());
			assertThat(official.todaysUnitOf(List.of(old)).get(old)).isEqualTo(rows.get(0).get("successor_id"));
			assertThat(jdbc.queryForObject("SELECT valid_to FROM area WHERE id = ?", LocalDate.class, old))
				.isEqualTo(LocalDate.of(2025, 6, 30));
			assertThat(jdbc.queryForObject("SELECT count(*) FROM household WHERE commune_id = ?", Long.class, old))
				.isZero();
			assertThat(jdbc.queryForObject("SELECT count(*) FROM area WHERE parent_id = ?", Long.class, old)).isZero();
		}
		// Every moved household has the line in its history.
		String in = String.join(",", merged.stream().map(String::valueOf).toList());
		long moved = jdbc.queryForObject("SELECT count(*) FROM household WHERE commune_id IN (" + in + ")", Long.class);
		assertThat(moved).isPositive();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM household_change c JOIN household h ON h.id = "
				+ "c.household_id WHERE c.action = 'COMMUNE_SUCCEEDED' AND c.details LIKE '% → %(01/07/2025, %' "
				+ "AND h.commune_id IN (" + in + ")", Long.class))
			.isEqualTo(moved);
		// Communes that were not merged map to themselves.
		long kimSon = ids(List.of("Kim Sơn")).iterator().next();
		assertThat(official.todaysUnitOf(List.of(kimSon))).containsEntry(kimSon, kimSon);
	}

	@Test
	void theDistrictOfficerStillSeesTheHouseholdsOfTheMergedCommunes() {
		long district = jdbc.queryForObject("SELECT id FROM area WHERE code = '849'", Long.class);
		Set<Long> scope = new TreeSet<>(jdbc.queryForList("""
				SELECT aa.area_id FROM account_area aa JOIN account a ON a.id = aa.account_id
				WHERE a.username = 'huyen.tracu'""", Long.class));
		assertThat(scope).contains(district).containsAll(ids(List.of("Tân Tập", "Đại Nghiệp")));
		assertThat(scope).doesNotContainAnyElementsOf(ids(List.of("Hiệp Mỹ", "Hòa Kim")));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE username IN ('xa.tantap', 'xa.dainghiep', "
				+ "'xa.hiepmy', 'xa.hoakim') AND role = 'COMMUNE_OFFICIAL'", Long.class))
			.isEqualTo(4);
	}

}

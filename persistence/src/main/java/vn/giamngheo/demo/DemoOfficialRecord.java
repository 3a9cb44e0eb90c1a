package vn.giamngheo.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.report.persistence.OfficialRecord;

/**
 * The demo's official past: every commune's approved lists of 2023 and 2024, as if they
 * had been approved in this system. The register holds the 2024 lists; the 2023 lists
 * differ from them the way a year of reviews does (some households escaped in 2024, some
 * became poor or near-poor), drawn from the seed so the same seed gives the same past.
 */
final class DemoOfficialRecord {

	private DemoOfficialRecord() {
	}

	static void write(JdbcTemplate jdbc, OfficialRecord record, long seed) {
		List<Object[]> communes = jdbc.query("SELECT id, name FROM area WHERE level = 'COMMUNE' ORDER BY id",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2) });
		jdbc.execute("CREATE TEMP TABLE demo_register_category ON COMMIT DROP AS SELECT id, category FROM household");
		// 2023: a few of today's households stood elsewhere. setseed makes random()
		// repeatable for the demo seed.
		jdbc.execute("SELECT setseed(" + (Math.floorMod(seed, 1000) / 1000.0) + ")");
		jdbc.update("""
				UPDATE household h SET category = CASE
				    WHEN h.category = 'POOR' AND r < 0.12 THEN 'NEAR_POOR'
				    WHEN h.category = 'POOR' AND r < 0.18 THEN 'AVERAGE_LIVING'
				    WHEN h.category IN ('NEAR_POOR', 'AVERAGE_LIVING') AND r < 0.10 THEN 'POOR'
				    WHEN h.category = 'NEAR_POOR' AND r < 0.16 THEN 'AVERAGE_LIVING'
				    WHEN h.category = 'AVERAGE_LIVING' AND r < 0.16 THEN 'NEAR_POOR'
				    ELSE h.category END
				FROM (SELECT id, random() AS r FROM household ORDER BY id) x WHERE x.id = h.id""");
		approveAll(communes, record, 2023, LocalDate.of(2023, 12, 15));
		jdbc.update("UPDATE household h SET category = d.category FROM demo_register_category d WHERE d.id = h.id");
		jdbc.execute("ANALYZE official_snapshot_household");
		approveAll(communes, record, 2024, LocalDate.of(2024, 12, 13));
	}

	private static void approveAll(List<Object[]> communes, OfficialRecord record, int year, LocalDate decided) {
		int n = 1;
		for (Object[] c : communes) {
			record.record(year, (Long) c[0], null, (n++) + "/QĐ-UBND", decided, "Chủ tịch UBND " + c[1], "demo",
					decided.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)));
		}
	}

}

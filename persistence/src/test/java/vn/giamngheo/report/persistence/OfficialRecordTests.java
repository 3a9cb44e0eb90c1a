package vn.giamngheo.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.area.AreaKind;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.area.persistence.Area;
import vn.giamngheo.area.persistence.AreaRepository;
import vn.giamngheo.report.Figure;
import vn.giamngheo.report.Movement;
import vn.giamngheo.report.ReportStatus;
import vn.giamngheo.review.event.CommuneListApproved;
import vn.giamngheo.review.event.CommuneListReopened;
import vn.giamngheo.testsupport.Fixtures;

/**
 * The official record on PostgreSQL: what an approval froze stays byte for byte the same
 * whatever happens to the register, the working sums or the geography afterwards; a
 * reopening keeps the old version readable; movement tables chain from one period's
 * official end to the next at every level.
 */
@SpringBootTest
@Transactional
class OfficialRecordTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	OfficialRecord record;

	@Autowired
	ReportQueries reports;

	@Autowired
	AreaSummaries summaries;

	@Autowired
	AreaRepository areas;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	int sequence;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
	}

	long household(Area commune, Area village, String category) {
		String code = tree.province().getCode() + "-H" + (++sequence);
		return jdbc.queryForObject("""
				INSERT INTO household (code, commune_id, village_id, address, head_name, ethnicity, category,
				    member_count, search_text, sort_key, created_by, updated_by)
				VALUES (?, ?, ?, 'Tổ 1', ?, 'KHMER', ?, 3, ?, ?, 'test', 'test') RETURNING id""", Long.class, code,
				commune.getId(), village.getId(), "Thạch Văn " + sequence, category, code, "Văn " + sequence);
	}

	void approve(int year, Area commune, String decision) {
		events.publishEvent(new CommuneListApproved(0, year, commune.getId(), decision, LocalDate.of(year, 12, 10),
				"Chủ tịch UBND xã", "xa", Instant.parse(year + "-12-10T03:00:00Z")));
	}

	String frozen(int year, Area commune) {
		return jdbc.queryForList("""
				SELECT s.*, m.* FROM official_snapshot s JOIN official_snapshot_movement m ON m.snapshot_id = s.id
				WHERE s.commune_id = ? AND s.year = ? ORDER BY s.version""", commune.getId(), year).toString() + jdbc
			.queryForList("""
					SELECT h.* FROM official_snapshot_household h JOIN official_snapshot s ON s.id = h.snapshot_id
					WHERE s.commune_id = ? AND s.year = ? ORDER BY s.version, h.household_id""", commune.getId(), year)
			.toString();
	}

	/**
	 * What a report says of a year, leaving out when the working sums were last
	 * recomputed.
	 */
	static String official(ReportQueries.Report r) {
		return r.rows() + "|" + r.total() + "|" + r.coverage() + "|" + r.movement();
	}

	/**
	 * Runs a statement the database must refuse, inside a savepoint so the test's
	 * transaction goes on.
	 */
	DataAccessException refused(String sql, Object... args) {
		jdbc.execute("SAVEPOINT refused");
		try {
			jdbc.update(sql, args);
			return null;
		}
		catch (DataAccessException ex) {
			return ex;
		}
		finally {
			jdbc.execute("ROLLBACK TO SAVEPOINT refused");
		}
	}

	Set<Long> both() {
		return Set.of(tree.commune().getId(), tree.otherCommune().getId());
	}

	@Test
	void anApprovedYearIsUnchangedByRegisterEditsRecomputesAndAMerger() {
		List<Long> ids = new ArrayList<>();
		for (String c : List.of("POOR", "POOR", "NEAR_POOR", "AVERAGE_LIVING", "NOT_POOR")) {
			ids.add(household(tree.commune(), tree.village(), c));
		}
		household(tree.otherCommune(), tree.otherVillage(), "POOR");
		approve(2024, tree.commune(), "101/QĐ-UBND");
		approve(2024, tree.otherCommune(), "102/QĐ-UBND");
		String commune = frozen(2024, tree.commune());
		String report = official(reports.ofCommunes(2024, both()));
		assertThat(reports.ofCommunes(2024, both()).status()).isEqualTo(ReportStatus.OFFICIAL);
		assertThat(reports.ofCommunes(2024, both()).total().get(Figure.POOR)).isEqualTo(3);

		// The register changes, the working sums are recomputed and rebuilt ("Tính lại số
		// liệu").
		jdbc.update("UPDATE household SET category = 'NOT_POOR' WHERE id = ?", ids.get(0));
		household(tree.commune(), tree.village(), "POOR");
		summaries.refresh(2024, tree.commune().getId());
		summaries.rebuild(2024);
		summaries.rebuild();
		// The two communes merge from 1 July 2025; their households move to the new
		// commune.
		Area merged = areas.save(new Area(tree.province().getCode() + "M", "Ngãi Xuyên mới", AreaKind.COMMUNE,
				tree.province().getId(), AreaType.RURAL, LocalDate.of(2025, 7, 1)));
		for (Area old : List.of(tree.commune(), tree.otherCommune())) {
			jdbc.update("UPDATE area SET valid_to = DATE '2025-06-30' WHERE id = ?", old.getId());
			jdbc.update("INSERT INTO area_succession (predecessor_id, successor_id, effective_on) VALUES (?, ?, ?)",
					old.getId(), merged.getId(), LocalDate.of(2025, 7, 1));
		}
		jdbc.update("UPDATE household SET commune_id = ? WHERE commune_id IN (?, ?)", merged.getId(),
				tree.commune().getId(), tree.otherCommune().getId());

		assertThat(frozen(2024, tree.commune())).isEqualTo(commune);
		assertThat(official(reports.ofCommunes(2024, both()))).isEqualTo(report);
		// Read through today's unit the same year keeps the units of that year and the
		// same total.
		ReportQueries.Report then = reports.ofCommunes(2024, Set.of(merged.getId()));
		ReportQueries.Report now = reports.byTodaysCommunes(2024, Set.of(merged.getId()));
		assertThat(then.rows()).hasSize(2);
		assertThat(now.rows()).extracting(ReportQueries.AreaRow::areaId).containsExactly(merged.getId());
		assertThat(now.total()).isEqualTo(then.total());
		assertThat(now.total().get(Figure.POOR)).isEqualTo(3);
		assertThat(now.status()).isEqualTo(ReportStatus.OFFICIAL);
	}

	@Test
	void theDatabaseRefusesToChangeOrEraseAnApprovedRecord() {
		household(tree.commune(), tree.village(), "POOR");
		approve(2024, tree.commune(), "101/QĐ-UBND");
		long id = jdbc.queryForObject("SELECT id FROM official_snapshot WHERE commune_id = ?", Long.class,
				tree.commune().getId());
		assertThat(refused("UPDATE official_snapshot SET poor = 0 WHERE id = ?", id))
			.hasMessageContaining("append-only");
		assertThat(refused("DELETE FROM official_snapshot WHERE id = ?", id)).hasMessageContaining("append-only");
		assertThat(refused("DELETE FROM official_snapshot_household WHERE snapshot_id = ?", id))
			.hasMessageContaining("append-only");
		assertThat(refused("UPDATE official_snapshot_household SET category = 'NOT_POOR' WHERE snapshot_id = ?", id))
			.hasMessageContaining("append-only");
		assertThat(refused("UPDATE official_snapshot_movement SET poor_end = 9 WHERE snapshot_id = ?", id))
			.hasMessageContaining("append-only");
		// Superseding is the one change allowed, and only on its own: not to slip in
		// another change with it.
		assertThat(refused(
				"UPDATE official_snapshot SET status = 'SUPERSEDED', superseded_at = now(), poor = 7 WHERE id = ?", id))
			.hasMessageContaining("append-only");
		assertThat(refused("TRUNCATE official_snapshot_household")).hasMessageContaining("append-only");
		assertThat(jdbc.queryForObject("SELECT poor FROM official_snapshot WHERE id = ?", Long.class, id)).isEqualTo(1);
	}

	@Test
	void aReportReadTwiceSeesAnyWriteOfTheStoredFiguresInBetween() {
		household(tree.commune(), tree.village(), "POOR");
		household(tree.commune(), tree.village(), "NEAR_POOR");
		// The register's year: its sums count the register as it stands.
		int year = summaries.registerYear();
		summaries.refresh(year, tree.commune().getId());
		Set<Long> commune = Set.of(tree.commune().getId());
		assertThat(reports.ofCommunes(year, commune).total().get(Figure.POOR)).isEqualTo(1);
		assertThat(reports.ofCommunes(year, commune).total().get(Figure.POOR)).isEqualTo(1);
		long stamp = jdbc.queryForObject("SELECT version FROM report_figures_stamp", Long.class);

		// Any statement on the stored sums moves the stamp on, so the cached rows are not
		// read again.
		jdbc.update("UPDATE area_summary SET poor = poor + 4 WHERE year = ? AND commune_id = ?", year,
				tree.commune().getId());
		assertThat(jdbc.queryForObject("SELECT version FROM report_figures_stamp", Long.class)).isGreaterThan(stamp);
		assertThat(reports.ofCommunes(year, commune).total().get(Figure.POOR)).isEqualTo(5);

		// So does an approval (the official record) and a change of the areas (a renamed
		// commune).
		approve(year, tree.commune(), "99/QĐ-UBND");
		assertThat(reports.ofCommunes(year, commune).status()).isEqualTo(ReportStatus.OFFICIAL);
		assertThat(reports.ofCommunes(year, commune).total().get(Figure.POOR)).isEqualTo(1);
		jdbc.update("UPDATE area SET name = 'Xã Đổi Tên' WHERE id = ?", tree.commune().getId());
		assertThat(reports.ofCommunes(year, commune).rows()).extracting(ReportQueries.AreaRow::name)
			.containsExactly("Xã Đổi Tên");
	}

	@Test
	void reopeningSupersedesTheVersionWhichStaysReadableAndTheNextApprovalIsVersionTwo() {
		long h = household(tree.commune(), tree.village(), "POOR");
		approve(2024, tree.commune(), "101/QĐ-UBND");
		events.publishEvent(new CommuneListReopened(0, 2024, tree.commune().getId(), "Hộ khiếu nại", "huyen",
				Instant.parse("2025-01-05T02:00:00Z")));
		// Between the reopening and the new approval the commune has no approved list:
		// the year is provisional.
		assertThat(reports.ofCommunes(2024, Set.of(tree.commune().getId())).status())
			.isEqualTo(ReportStatus.PROVISIONAL);
		jdbc.update("UPDATE household SET category = 'NEAR_POOR' WHERE id = ?", h);
		approve(2024, tree.commune(), "140/QĐ-UBND");

		List<Map<String, Object>> versions = jdbc.queryForList("""
				SELECT version, status, decision_number, poor, near_poor, superseded_by, superseded_reason
				FROM official_snapshot WHERE commune_id = ? AND year = 2024 ORDER BY version""",
				tree.commune().getId());
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0)).containsEntry("status", "SUPERSEDED")
			.containsEntry("decision_number", "101/QĐ-UBND")
			.containsEntry("poor", 1L)
			.containsEntry("superseded_reason", "Hộ khiếu nại");
		assertThat(versions.get(1)).containsEntry("version", 2)
			.containsEntry("status", "APPROVED")
			.containsEntry("near_poor", 1L)
			.containsEntry("poor", 0L);
		assertThat(reports.ofCommunes(2024, Set.of(tree.commune().getId())).total().get(Figure.NEAR_POOR)).isEqualTo(1);
	}

	@Test
	void movementTablesChainFromEachOfficialEndAtCommuneDistrictAndProvinceLevel() {
		SplittableRandom random = new SplittableRandom(2024);
		String[] categories = { "POOR", "NEAR_POOR", "AVERAGE_LIVING", "NOT_POOR" };
		List<Area[]> places = List.of(new Area[] { tree.commune(), tree.village() },
				new Area[] { tree.otherCommune(), tree.otherVillage() });
		for (int i = 0; i < 60; i++) {
			Area[] p = places.get(random.nextInt(2));
			household(p[0], p[1], categories[random.nextInt(4)]);
		}
		Map<Long, Movement> previousEnd = Map.of();
		for (int year = 2021; year <= 2025; year++) {
			if (year > 2021) {
				for (long id : jdbc.queryForList("SELECT id FROM household WHERE commune_id IN (?, ?)", Long.class,
						tree.commune().getId(), tree.otherCommune().getId())) {
					int r = random.nextInt(100);
					if (r < 30) {
						jdbc.update("UPDATE household SET category = ? WHERE id = ?", categories[random.nextInt(4)],
								id);
					}
					else if (r < 36) {
						Area[] p = places.get(random.nextInt(2));
						jdbc.update("UPDATE household SET commune_id = ?, village_id = ? WHERE id = ?", p[0].getId(),
								p[1].getId(), id);
					}
					else if (r < 39) {
						// Moved out of the province: off both communes' registers.
						jdbc.update("UPDATE household SET commune_id = ?, village_id = ? WHERE id = ?",
								outside().getId(), outsideVillage.getId(), id);
					}
				}
				for (int i = random.nextInt(6); i > 0; i--) {
					Area[] p = places.get(random.nextInt(2));
					household(p[0], p[1], categories[random.nextInt(4)]);
				}
			}
			approve(year, tree.commune(), year + "/QĐ-A");
			approve(year, tree.otherCommune(), year + "/QĐ-B");
			ReportQueries.Report district = reports.ofCommunes(year, both());
			Movement sum = Movement.EMPTY;
			Map<Long, Movement> end = new java.util.HashMap<>();
			for (ReportQueries.AreaRow row : district.rows()) {
				Movement poor = row.movement().poor();
				assertThat(poor.end()).isEqualTo(row.figures().get(Figure.POOR));
				assertThat(row.movement().nearPoor().end()).isEqualTo(row.figures().get(Figure.NEAR_POOR));
				if (previousEnd.containsKey(row.areaId())) {
					assertThat(poor.start()).isEqualTo(previousEnd.get(row.areaId()).end());
				}
				end.put(row.areaId(), poor);
				sum = sum.plus(poor);
			}
			assertThat(district.movement().poor()).isEqualTo(sum);
			if (year > 2021) {
				long previousDistrictEnd = previousEnd.values().stream().mapToLong(Movement::end).sum();
				assertThat(district.movement().poor().start()).isEqualTo(previousDistrictEnd);
			}
			// The province is the sum of its units (here one district).
			assertThat(reports.ofCommunes(year, both()).movement()).isEqualTo(district.movement());
			previousEnd = end;
		}
	}

	Area outsideCommune;

	Area outsideVillage;

	Area outside() {
		if (outsideCommune == null) {
			Fixtures.Tree other = fixtures.tree();
			outsideCommune = other.commune();
			outsideVillage = other.village();
		}
		return outsideCommune;
	}

	@Test
	void aCommuneWithoutAnApprovedListStillAppearsMarkedMissing() {
		household(tree.commune(), tree.village(), "POOR");
		approve(2029, tree.commune(), "1/QĐ");
		ReportQueries.Report report = reports.ofCommunes(2029, new TreeSet<>(both()));
		assertThat(report.rows()).hasSize(2);
		assertThat(report.status()).isEqualTo(ReportStatus.PROVISIONAL);
		assertThat(report.coverage().approved()).isEqualTo(1);
		assertThat(report.coverage().missing()).extracting(c -> c.name()).containsExactly("Kim Sơn");
		// Rows in Vietnamese order of names: Kim Sơn (no list yet) before Ngãi Xuyên
		// (approved).
		assertThat(report.rows()).extracting(ReportQueries.AreaRow::source)
			.containsExactly(OfficialRows.MISSING, OfficialRows.OFFICIAL);
	}

}

package vn.giamngheo.report.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.report.AreaFigures;
import vn.giamngheo.report.Coverage;
import vn.giamngheo.report.Movement;
import vn.giamngheo.report.MovementTally;

/**
 * Reads the rows of a report per commune of a year's geography: the official record of a
 * commune whose list is approved, else its working sums (provisional), else an empty row
 * marked missing. Also the crosswalk between the units of a past year and today's
 * ({@code area_succession}).
 */
@Repository
@Transactional(readOnly = true)
public class OfficialRows {

	public static final String OFFICIAL = "OFFICIAL";

	public static final String PROVISIONAL = "PROVISIONAL";

	public static final String MISSING = "MISSING";

	public record Unit(long id, String code, String name, long parentId, String parentName) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final MovementQueries movements;

	private final Clock clock;

	private final StoredFigures figures;

	public OfficialRows(NamedParameterJdbcTemplate jdbc, MovementQueries movements, Clock clock,
			StoredFigures figures) {
		this.jdbc = jdbc;
		this.figures = figures;
		this.movements = movements;
		this.clock = clock;
	}

	/** Every unit that became one of {@code communes}, however many merges back. */
	public Set<Long> predecessorsOf(Collection<Long> communes) {
		if (communes.isEmpty()) {
			return Set.of();
		}
		return new TreeSet<>(jdbc.queryForList("""
				WITH RECURSIVE back AS (
				    SELECT predecessor_id AS id FROM area_succession WHERE successor_id IN (:c)
				    UNION
				    SELECT s.predecessor_id FROM area_succession s JOIN back b ON s.successor_id = b.id
				)
				SELECT id FROM back""", new MapSqlParameterSource("c", communes), Long.class));
	}

	/**
	 * The units of the year (valid on 31 December, the date the year's list stands for)
	 * among today's communes.
	 */
	public List<Unit> unitsOfYear(int year, Set<Long> communes) {
		if (communes.isEmpty()) {
			return List.of();
		}
		Set<Long> all = new TreeSet<>(communes);
		all.addAll(predecessorsOf(communes));
		return jdbc.query("""
				SELECT c.id, c.code, c.name, coalesce(d.id, c.id) AS parent_id, coalesce(d.name, c.name) AS parent_name
				FROM area c LEFT JOIN area d ON d.id = c.parent_id AND d.level = 'DISTRICT'
				WHERE c.id IN (:all) AND c.level = 'COMMUNE' AND c.valid_from <= :on
				  AND (c.valid_to IS NULL OR c.valid_to >= :on)
				ORDER BY coalesce(d.name, c.name) COLLATE vietnamese, c.name COLLATE vietnamese, c.id
				""", new MapSqlParameterSource("all", all).addValue("on", LocalDate.of(year, 12, 31)),
				(rs, i) -> unit(rs));
	}

	public Unit unit(long id) {
		return jdbc.queryForObject("""
				SELECT c.id, c.code, c.name, coalesce(d.id, p.id, c.id) AS parent_id,
				       coalesce(d.name, p.name, c.name) AS parent_name
				FROM area c LEFT JOIN area d ON d.id = c.parent_id AND d.level = 'DISTRICT'
				LEFT JOIN area p ON p.id = c.parent_id
				WHERE c.id = :id""", new MapSqlParameterSource("id", id), (rs, i) -> unit(rs));
	}

	private static Unit unit(ResultSet rs) throws SQLException {
		return new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("parent_id"),
				rs.getString("parent_name"));
	}

	/**
	 * Today's unit of each given unit, following the crosswalk forward (a unit split in
	 * several goes whole to the first successor, the same rule as the movement tables); a
	 * unit still valid today maps to itself.
	 */
	public Map<Long, Long> todaysUnitOf(Collection<Long> units) {
		Map<Long, Long> next = new HashMap<>();
		jdbc.query("SELECT predecessor_id, min(successor_id) AS successor FROM area_succession GROUP BY predecessor_id",
				rs -> {
					next.put(rs.getLong(1), rs.getLong(2));
				});
		Map<Long, Long> out = new LinkedHashMap<>();
		for (long unit : units) {
			long u = unit;
			for (int hops = 0; hops < 20 && next.containsKey(u); hops++) {
				u = next.get(u);
			}
			out.put(unit, u);
		}
		return out;
	}

	/**
	 * One row per unit of the year within {@code communes}; {@code openYear} adds live
	 * movement to working rows.
	 */
	List<ReportQueries.AreaRow> rows(int year, Set<Long> communes, boolean openYear, int indicators) {
		List<ReportQueries.AreaRow> stored = figures.get(List.of("rows", year, new TreeSet<>(communes), indicators),
				() -> storedRows(year, communes, indicators));
		if (!openYear) {
			return stored;
		}
		// The movement of a commune whose period is open ends at today's register: read
		// live, never cached.
		Set<Long> open = new TreeSet<>();
		stored.stream().filter(r -> !r.source().equals(OFFICIAL)).forEach(r -> open.add(r.areaId()));
		if (open.isEmpty()) {
			return stored;
		}
		Map<Long, MovementTally.Tables> live = movements.live(year, open);
		return stored.stream()
			.map(r -> r.source().equals(OFFICIAL) ? r
					: new ReportQueries.AreaRow(r.areaId(), r.name(), r.parentId(), r.parentName(), r.source(),
							r.figures(), r.code(), r.coverage(),
							live.getOrDefault(r.areaId(), MovementTally.Tables.EMPTY), r.approvedAt()))
			.toList();
	}

	/**
	 * The rows as the stored tables give them: the official record, else the working
	 * sums, else missing.
	 */
	private List<ReportQueries.AreaRow> storedRows(int year, Set<Long> communes, int indicators) {
		List<Unit> units = unitsOfYear(year, communes);
		if (units.isEmpty()) {
			return List.of();
		}
		List<Long> ids = units.stream().map(Unit::id).toList();
		MapSqlParameterSource p = new MapSqlParameterSource("year", year).addValue("ids", ids);
		Map<Long, ReportQueries.AreaRow> official = new HashMap<>();
		Map<Long, Unit> byId = new HashMap<>();
		units.forEach(u -> byId.put(u.id(), u));
		jdbc.query("""
				SELECT s.*, m.* FROM official_snapshot s JOIN official_snapshot_movement m ON m.snapshot_id = s.id
				WHERE s.year = :year AND s.status = 'APPROVED' AND s.commune_id IN (:ids)""", p, rs -> {
			long id = rs.getLong("commune_id");
			official.put(id,
					row(byId.get(id), OFFICIAL, AreaSummarySql.figures(rs), new Coverage(1, 1, List.of()),
							new MovementTally.Tables(movement(rs, "poor_"), movement(rs, "near_poor_")),
							rs.getTimestamp("approved_at").toInstant()));
		});
		Map<Long, AreaFigures> working = new HashMap<>();
		List<Long> open = ids.stream().filter(id -> !official.containsKey(id)).toList();
		if (!open.isEmpty()) {
			jdbc.query("SELECT * FROM area_summary WHERE year = :year AND commune_id IN (:open)",
					new MapSqlParameterSource("year", year).addValue("open", open), rs -> {
						working.put(rs.getLong("commune_id"), AreaSummarySql.figures(rs));
					});
		}
		List<ReportQueries.AreaRow> out = new ArrayList<>();
		for (Unit u : units) {
			ReportQueries.AreaRow row = official.get(u.id());
			if (row == null) {
				AreaFigures f = working.get(u.id());
				Coverage missing = new Coverage(1, 0, List.of(new Coverage.Missing(u.id(), u.code(), u.name())));
				row = row(u, f == null ? MISSING : PROVISIONAL, f == null ? AreaFigures.empty(indicators) : f, missing,
						MovementTally.Tables.EMPTY, null);
			}
			out.add(row);
		}
		return List.copyOf(out);
	}

	private static ReportQueries.AreaRow row(Unit u, String source, AreaFigures f, Coverage c,
			MovementTally.Tables movement, java.time.Instant approvedAt) {
		return new ReportQueries.AreaRow(u.id(), u.name(), u.parentId(), u.parentName(), source, f, u.code(), c,
				movement, approvedAt);
	}

	private static Movement movement(ResultSet rs, String prefix) throws SQLException {
		return new Movement(rs.getLong(prefix + "start"), rs.getLong(prefix + "escaped"), rs.getLong(prefix + "newly"),
				rs.getLong(prefix + "re"), rs.getLong(prefix + "to_other_list"), rs.getLong(prefix + "other_in"),
				rs.getLong(prefix + "other_out"), rs.getLong(prefix + "end"));
	}

	/** Today, for the crosswalk's "today's units". */
	LocalDate today() {
		return LocalDate.now(clock);
	}

}

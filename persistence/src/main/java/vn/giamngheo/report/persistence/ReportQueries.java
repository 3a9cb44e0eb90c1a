package vn.giamngheo.report.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.report.AreaFigures;
import vn.giamngheo.report.Coverage;
import vn.giamngheo.report.MovementTally;
import vn.giamngheo.report.ReportStatus;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Reports added up from the stored sums ({@code area_summary}). Every query restricts by
 * {@code commune_id IN
 * (:scope)} in SQL: a commune official's commune, a district officer's communes, every
 * commune of a provincial viewer's province. Rows are areas, never people, so every role
 * that reads reports may read all of these.
 * <p>
 * This class answers a year's rows (by commune, by district, of an area, on today's
 * units); the years with sums, the trend and the ranking are {@link ReportTrend}'s, the
 * breakdowns by ethnicity and by support program {@link ReportBreakdowns}'.
 */
@Repository
@Transactional(readOnly = true)
@NamedInterface("queries")
public class ReportQueries {

	private final NamedParameterJdbcTemplate jdbc;

	private final AreaSummaries summaries;

	private final OfficialRows official;

	private final StoredFigures stored;

	private final vn.giamngheo.area.persistence.AreaTree tree;

	public ReportQueries(NamedParameterJdbcTemplate jdbc, AreaSummaries summaries, OfficialRows official,
			StoredFigures stored, vn.giamngheo.area.persistence.AreaTree tree) {
		this.jdbc = jdbc;
		this.stored = stored;
		this.tree = tree;
		this.summaries = summaries;
		this.official = official;
	}

	/**
	 * One area's sums for a year. {@code source} is REVIEW, REGISTER or MIXED (a sum over
	 * communes of both kinds); {@code parentName} is the district of a commune row.
	 */
	public record AreaRow(long areaId, String name, long parentId, String parentName, String source,
			AreaFigures figures, String code, Coverage coverage, MovementTally.Tables movement, Instant approvedAt) {

		/** Whether the row is the sum of official records only. */
		public ReportStatus status() {
			return coverage.status();
		}
	}

	/**
	 * A report: rows, their exact total, the standard's indicator order, when the working
	 * sums were last computed, and the coverage of the whole (which communes have an
	 * approved list for the year) with the total's movement.
	 */
	public record Report(int year, List<String> indicatorCodes, int minDeficiencies, List<AreaRow> rows,
			AreaFigures total, Instant refreshedAt, Coverage coverage, MovementTally.Tables movement) {

		public ReportStatus status() {
			return coverage.status();
		}
	}

	/**
	 * The communes a scope reads reports of ({@code AreaTree.communesReadBy}).
	 * Administrators read none.
	 */
	public Set<Long> communesOf(Scope scope) {
		return tree.communesReadBy(scope);
	}

	/** One row per commune of the caller's scope. */
	public Report byCommune(int year, Scope scope) {
		return report(year, communeRows(year, communesOf(scope)));
	}

	/**
	 * One row per district (the communes' parent area), each the exact sum of its
	 * communes.
	 */
	public Report byDistrict(int year, Scope scope) {
		List<AreaRow> communes = communeRows(year, communesOf(scope));
		int d = indicatorCount(year, communes);
		Map<Long, List<AreaRow>> groups = new LinkedHashMap<>();
		for (AreaRow row : communes) {
			groups.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
		}
		List<AreaRow> districts = new ArrayList<>();
		for (List<AreaRow> group : groups.values()) {
			AreaRow first = group.get(0);
			districts.add(sum(first.parentId(), first.parentName(), null, group, d));
		}
		return report(year, districts);
	}

	/** The communes of one district (or other parent area) within the caller's scope. */
	public Report communesOfDistrict(int year, long districtId, Scope scope) {
		Set<Long> communes = new TreeSet<>(communesOf(scope));
		communes.retainAll(jdbc.queryForList("SELECT id FROM area WHERE parent_id = :d AND level = 'COMMUNE'",
				new MapSqlParameterSource("d", districtId), Long.class));
		if (communes.isEmpty()) {
			throw new OutOfScopeException("area " + districtId + " has no commune in the caller's scope");
		}
		return report(year, communeRows(year, communes));
	}

	/**
	 * Figures of one commune for a year, or empty figures when it has none; the commune
	 * must be in scope.
	 */
	public AreaFigures commune(int year, long communeId, Scope scope) {
		if (!communesOf(scope).contains(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " is outside the caller's scope");
		}
		List<AreaRow> rows = communeRows(year, Set.of(communeId));
		return rows.isEmpty() ? AreaFigures.empty(summaries.standardFor(year).indicatorCodes().size())
				: rows.get(0).figures();
	}

	/**
	 * Figures of the given communes of an area for a year, keyed by commune id: the
	 * figures a plan of that area is measured by. Sums without names, so a caller who
	 * reads figures of any commune of the area reads them for the area's other communes
	 * too (a commune official's view of the district's plan); anyone else is refused, and
	 * communes outside the area are left out (issue 10: the query checks, instead of
	 * trusting its caller).
	 */
	public Map<Long, AreaFigures> figuresOf(int year, long areaId, Set<Long> communes, Scope scope) {
		Set<Long> ofArea = tree.communesUnder(areaId);
		if (java.util.Collections.disjoint(ofArea, communesOf(scope))) {
			throw new OutOfScopeException("area " + areaId + " has no commune the caller reads figures of");
		}
		communes = new TreeSet<>(communes);
		communes.retainAll(ofArea);
		if (communes.isEmpty()) {
			return Map.of();
		}
		Map<Long, AreaFigures> out = new LinkedHashMap<>();
		for (AreaRow row : communeRows(year, communes)) {
			if (!row.source().equals(OfficialRows.MISSING)) {
				out.put(row.areaId(), row.figures());
			}
		}
		return out;
	}

	private Report report(int year, List<AreaRow> rows) {
		var standard = summaries.standardFor(year);
		int d = indicatorCount(year, rows);
		Instant refreshed = rows.isEmpty() ? null
				: stored.get(List.of("refreshed", year),
						() -> jdbc.queryForObject("SELECT max(refreshed_at) FROM area_summary WHERE year = :year",
								new MapSqlParameterSource("year", year), Instant.class));
		return new Report(year, standard.indicatorCodes(), standard.minDeficiencies(), List.copyOf(rows),
				AreaFigures.sum(rows.stream().map(AreaRow::figures).toList(), d), refreshed,
				Coverage.of(rows.stream().map(AreaRow::coverage).toList()),
				rows.stream().map(AreaRow::movement).reduce(MovementTally.Tables.EMPTY, MovementTally.Tables::plus));
	}

	private int indicatorCount(int year, List<AreaRow> rows) {
		return rows.isEmpty() ? summaries.standardFor(year).indicatorCodes().size()
				: rows.get(0).figures().indicatorCount();
	}

	private static String source(List<AreaRow> rows) {
		Set<String> sources = new TreeSet<>();
		rows.forEach(r -> sources.add(r.source()));
		return sources.size() == 1 ? sources.iterator().next() : "MIXED";
	}

	/**
	 * The sum of rows as one area's row: figures, coverage and movement tables add up
	 * exactly.
	 */
	public static AreaRow sum(long id, String name, String code, List<AreaRow> group, int indicators) {
		return new AreaRow(id, name, 0, null, source(group),
				AreaFigures.sum(group.stream().map(AreaRow::figures).toList(), indicators), code,
				Coverage.of(group.stream().map(AreaRow::coverage).toList()),
				group.stream().map(AreaRow::movement).reduce(MovementTally.Tables.EMPTY, MovementTally.Tables::plus),
				null);
	}

	/**
	 * One row per commune of the year's geography within the given (today's) communes:
	 * the official record where the commune's list is approved (OFFICIAL), else the
	 * working sums (PROVISIONAL), else an empty row marked MISSING, so no commune is ever
	 * silently dropped.
	 */
	List<AreaRow> communeRows(int year, Set<Long> communes) {
		return official.rows(year, communes, year == summaries.registerYear(), indicatorsOf(year));
	}

	private int indicatorsOf(int year) {
		return summaries.standardFor(year).indicatorCodes().size();
	}

	/**
	 * The same rows re-aggregated onto today's units through the crosswalk
	 * ({@code area_succession}): a row per today's commune adding the rows of the units
	 * of that year that became it. Both views add up to the same total.
	 */
	public Report byTodaysCommunes(int year, Set<Long> communes) {
		List<AreaRow> then = communeRows(year, communes);
		Map<Long, Long> successor = official.todaysUnitOf(then.stream().map(AreaRow::areaId).toList());
		Map<Long, List<AreaRow>> groups = new LinkedHashMap<>();
		for (AreaRow row : then) {
			groups.computeIfAbsent(successor.getOrDefault(row.areaId(), row.areaId()), k -> new ArrayList<>()).add(row);
		}
		int d = indicatorsOf(year);
		List<AreaRow> out = new ArrayList<>();
		for (var e : groups.entrySet()) {
			OfficialRows.Unit unit = official.unit(e.getKey());
			AreaRow sum = sum(unit.id(), unit.name(), unit.code(), e.getValue(), d);
			out.add(new AreaRow(sum.areaId(), sum.name(), unit.parentId(), unit.parentName(), sum.source(),
					sum.figures(), sum.code(), sum.coverage(), sum.movement(), null));
		}
		return report(year, out);
	}

	/**
	 * Rows for an explicit set of today's communes for a year (the API's area), by the
	 * units of that year.
	 */
	public Report ofCommunes(int year, Set<Long> communes) {
		return report(year, communeRows(year, communes));
	}

}

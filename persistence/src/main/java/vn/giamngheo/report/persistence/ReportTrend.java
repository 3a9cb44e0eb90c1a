package vn.giamngheo.report.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.report.AreaFigures;
import vn.giamngheo.report.Figure;
import vn.giamngheo.report.ReportStatus;
import vn.giamngheo.report.persistence.ReportQueries.AreaRow;
import vn.giamngheo.report.persistence.ReportQueries.Report;

/**
 * Reports across years and communes: the years with stored sums, the caller's total for
 * each (the trend), and the communes ranked by poverty rate. Restricted to the caller's
 * communes like {@link ReportQueries}, whose rows they are made of; areas only, never
 * people.
 */
@Repository
@Transactional(readOnly = true)
@NamedInterface("queries")
public class ReportTrend {

	private final NamedParameterJdbcTemplate jdbc;

	private final ReportQueries reports;

	private final StoredFigures stored;

	public ReportTrend(NamedParameterJdbcTemplate jdbc, ReportQueries reports, StoredFigures stored) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.stored = stored;
	}

	public record YearTotal(int year, AreaFigures figures, ReportStatus status) {
	}

	/** Years with stored sums in the caller's communes, latest first. */
	public List<Integer> years(Scope scope) {
		Set<Long> communes = reports.communesOf(scope);
		if (communes.isEmpty()) {
			return List.of();
		}
		return stored.get(List.of("years", new TreeSet<>(communes)), () -> List.copyOf(jdbc.queryForList("""
				SELECT year FROM area_summary WHERE commune_id IN (:scope)
				UNION SELECT s.year FROM official_snapshot s WHERE s.commune_id IN (:scope)
				   OR s.commune_id IN (SELECT predecessor_id FROM area_succession WHERE successor_id IN (:scope))
				ORDER BY year DESC""", new MapSqlParameterSource("scope", communes), Integer.class)));
	}

	/** The caller's total for every year with sums, oldest first (the trend). */
	public List<YearTotal> trend(Scope scope) {
		List<YearTotal> out = new ArrayList<>();
		List<Integer> years = new ArrayList<>(years(scope));
		years.sort(null);
		for (int year : years) {
			Report report = reports.byCommune(year, scope);
			out.add(new YearTotal(year, report.total(), report.status()));
		}
		return out;
	}

	/** Communes by poverty rate, highest first (ties by name); areas only, no people. */
	public List<AreaRow> ranking(int year, Scope scope) {
		List<AreaRow> rows = new ArrayList<>(reports.communeRows(year, reports.communesOf(scope)));
		rows.sort(Comparator
			.comparing((AreaRow r) -> r.figures().rate(Figure.POOR, Figure.HOUSEHOLDS), Comparator.reverseOrder())
			.thenComparing(r -> r.figures().rate(Figure.NEAR_POOR, Figure.HOUSEHOLDS), Comparator.reverseOrder()));
		return rows;
	}

}

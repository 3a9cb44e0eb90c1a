package vn.giamngheo.report.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.persistence.AreaTree;

/**
 * A year's breakdowns in the caller's communes: households by ethnicity (the official
 * record's where the list is approved, else the working sums) and support given by
 * program. Counts, never names; every query restricts by {@code commune_id IN (:scope)}
 * in SQL.
 */
@Repository
@Transactional(readOnly = true)
@NamedInterface("queries")
public class ReportBreakdowns {

	private final NamedParameterJdbcTemplate jdbc;

	private final OfficialRows official;

	private final AreaTree tree;

	public ReportBreakdowns(NamedParameterJdbcTemplate jdbc, OfficialRows official, AreaTree tree) {
		this.jdbc = jdbc;
		this.official = official;
		this.tree = tree;
	}

	public record EthnicityRow(String ethnicity, long households, long poor, long nearPoor) {
	}

	/**
	 * Households by ethnicity for the year: a commune's official record where its list is
	 * approved, else its working sums; the units of that year that became the caller's
	 * communes ({@code area_succession}) count too.
	 */
	public List<EthnicityRow> byEthnicity(int year, Scope scope) {
		Set<Long> communes = tree.communesReadBy(scope);
		if (communes.isEmpty()) {
			return List.of();
		}
		Set<Long> units = new TreeSet<>(communes);
		units.addAll(official.predecessorsOf(communes));
		return jdbc.query("""
				WITH closed AS (SELECT s.id, s.commune_id FROM official_snapshot s
				                WHERE s.year = :year AND s.status = 'APPROVED' AND s.commune_id IN (:scope)),
				rows AS (
				    SELECT e.ethnicity, e.households, e.poor, e.near_poor FROM official_snapshot_ethnicity e
				    WHERE e.snapshot_id IN (SELECT id FROM closed)
				    UNION ALL
				    SELECT e.ethnicity, e.households, e.poor, e.near_poor FROM area_summary_ethnicity e
				    WHERE e.year = :year AND e.commune_id IN (:scope)
				      AND e.commune_id NOT IN (SELECT commune_id FROM closed))
				SELECT ethnicity, sum(households) AS households, sum(poor) AS poor, sum(near_poor) AS near_poor
				FROM rows GROUP BY ethnicity ORDER BY sum(households) DESC, ethnicity
				""", new MapSqlParameterSource("year", year).addValue("scope", units),
				(rs, i) -> new EthnicityRow(rs.getString("ethnicity"), rs.getLong("households"), rs.getLong("poor"),
						rs.getLong("near_poor")));
	}

	/**
	 * Support given in a year by program (migration V5): households or people reached,
	 * amounts and quantities.
	 */
	public record SupportTotal(String code, String name, String unit, long recipients, long grants, long amount,
			BigDecimal quantity) {
	}

	/**
	 * Totals of {@code support_disbursement} for the year in the caller's communes, by
	 * program; counts, never names.
	 */
	public List<SupportTotal> supportTotals(int year, Scope scope) {
		Set<Long> communes = tree.communesReadBy(scope);
		if (communes.isEmpty()) {
			return List.of();
		}
		return jdbc.query(
				"""
						SELECT p.code, p.name, p.unit, count(DISTINCT coalesce(d.member_id, -d.household_id)) AS recipients,
						       count(*) AS grants, coalesce(sum(d.amount), 0) AS amount, coalesce(sum(d.quantity), 0) AS quantity
						FROM support_disbursement d JOIN support_program p ON p.id = d.program_id
						WHERE d.commune_id IN (:scope) AND d.disbursed_on >= make_date(:year, 1, 1)
						  AND d.disbursed_on < make_date(:year + 1, 1, 1)
						GROUP BY p.code, p.name, p.unit ORDER BY p.code
						""",
				new MapSqlParameterSource("year", year).addValue("scope", communes),
				(rs, i) -> new SupportTotal(rs.getString("code"), rs.getString("name"), rs.getString("unit"),
						rs.getLong("recipients"), rs.getLong("grants"), rs.getLong("amount"),
						rs.getBigDecimal("quantity")));
	}

}

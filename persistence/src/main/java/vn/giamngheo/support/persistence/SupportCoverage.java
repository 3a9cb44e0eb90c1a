package vn.giamngheo.support.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * How far support reaches the poor and near-poor households of the caller's communes in a
 * year, and which of them got nothing. Shares are counts, open to every role; the list of
 * households with nothing names people, so it is for those who may list them. Every query
 * is limited to the caller's communes ({@code commune_id IN (:communes)}).
 */
@Repository
@Transactional(readOnly = true)
public class SupportCoverage {

	/**
	 * Loans granted of loans decided, of the communes' poor and near-poor households,
	 * asked for in the year.
	 */
	private static final String LOANS = """
			SELECT count(*) FILTER (WHERE l.status IN ('LENT', 'REPAID')), count(*) FILTER (WHERE l.status <> 'REQUESTED')
			FROM support_loan l JOIN household h ON h.id = l.household_id
			WHERE h.commune_id IN (:communes) AND h.category IN ('POOR', 'NEAR_POOR')
			  AND l.requested_on BETWEEN :from AND :to""";

	private final JdbcClient jdbc;

	private final org.springframework.jdbc.core.JdbcTemplate plain;

	SupportCoverage(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = JdbcClient.create(jdbc);
		this.plain = jdbc.getJdbcTemplate();
	}

	/** A share: {@code part} of {@code whole}. */
	public record Share(long part, long whole) {
	}

	/**
	 * Coverage of poor and near-poor households (and their members) in the caller's
	 * communes, or one of them, in a year: health-insurance cards (a card number in the
	 * register or a card given this year), tuition exemption (of households with a pupil,
	 * and of pupils), loans granted of loans asked for, and households that got nothing.
	 */
	public record Coverage(int year, Share insuredHouseholds, Share insuredPeople, Share tuitionHouseholds,
			Share tuitionPupils, Share borrowedWhenAsked, Share gotNothing) {
	}

	/**
	 * Shares without names, read from the stored coverage figures (V85: one row per
	 * commune for year 0 and one per year in which anything was given or a loan asked
	 * for, kept by the database on every write) and limited to the caller's communes by
	 * the statement itself ({@link #target}): read unrestricted, since the figures name
	 * nobody.
	 */
	public Coverage coverage(Long communeId, int year, Scope scope) {
		return vn.giamngheo.shared.persistence.rowsecurity.RowSecurity.unrestricted(plain,
				() -> storedCoverage(communeId, year, scope));
	}

	private Coverage storedCoverage(Long communeId, int year, Scope scope) {
		MapSqlParameterSource params = target(communeId, scope).addValue("year", year)
			.addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.addValue("to", Date.valueOf(LocalDate.of(year, 12, 31)));
		// Issue 12: the live statement over a district's poor households, their members
		// and the year's grants took
		// 0.5 s for one user and 12.7 s at p95 under load; a commune's figure of a year
		// is its row for year 0 (as if
		// nothing had been given) plus its row for that year (the difference the year's
		// grants make).
		Share[] shares = jdbc.sql("""
				SELECT coalesce(sum(insured_members), 0), coalesce(sum(members), 0),
				       coalesce(sum(insured_households), 0), coalesce(sum(households), 0),
				       coalesce(sum(exempt_pupils), 0), coalesce(sum(pupils), 0),
				       coalesce(sum(exempt_pupil_households), 0), coalesce(sum(pupil_households), 0),
				       coalesce(sum(nothing_households), 0), coalesce(sum(households), 0),
				       coalesce(sum(loans_lent), 0), coalesce(sum(loans_decided), 0)
				FROM support_coverage_count WHERE commune_id IN (:communes) AND year IN (0, :year)""")
			.paramSource(params)
			.query((rs,
					i) -> new Share[] { new Share(rs.getLong(1), rs.getLong(2)),
							new Share(rs.getLong(3), rs.getLong(4)), new Share(rs.getLong(5), rs.getLong(6)),
							new Share(rs.getLong(7), rs.getLong(8)), new Share(rs.getLong(9), rs.getLong(10)),
							new Share(rs.getLong(11), rs.getLong(12)) })
			.single();
		Share loans = shares[5];
		return new Coverage(year, shares[1], shares[0], shares[3], shares[2], loans, shares[4]);
	}

	/**
	 * The coverage figures computed live from the register and the grants, by the
	 * definition V85 stores: what the stored figures must always equal (tests compare the
	 * two; an operator may too).
	 */
	public Coverage liveCoverage(Long communeId, int year, Scope scope) {
		return vn.giamngheo.shared.persistence.rowsecurity.RowSecurity.unrestricted(plain,
				() -> scopedLiveCoverage(communeId, year, scope));
	}

	private Coverage scopedLiveCoverage(Long communeId, int year, Scope scope) {
		MapSqlParameterSource params = target(communeId, scope).addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.addValue("to", Date.valueOf(LocalDate.of(year, 12, 31)));
		Share[] shares = jdbc
			.sql("""
					WITH h AS MATERIALIZED (
					    SELECT id FROM household WHERE commune_id IN (:communes) AND category IN ('POOR', 'NEAR_POOR')),
					g AS MATERIALIZED (
					    SELECT d.household_id, d.member_id, p.coverage_role
					    FROM support_disbursement d JOIN h ON h.id = d.household_id JOIN support_program p ON p.id = d.program_id
					    WHERE p.coverage_role IN ('HEALTH_INSURANCE', 'TUITION') AND d.disbursed_on BETWEEN :from AND :to),
					gm AS (SELECT DISTINCT member_id, coverage_role FROM g WHERE member_id IS NOT NULL),
					gh AS (SELECT DISTINCT household_id FROM g WHERE coverage_role = 'TUITION'),
					given AS (SELECT DISTINCT d.household_id FROM support_disbursement d JOIN h ON h.id = d.household_id
					          WHERE d.disbursed_on BETWEEN :from AND :to),
					mm AS MATERIALIZED (
					    SELECT m.household_id, m.schooling = 'ATTENDING' AS pupil,
					           (m.health_insurance_card IS NOT NULL OR i.member_id IS NOT NULL) AS insured,
					           t.member_id IS NOT NULL AS exempt
					    FROM household_member m JOIN h ON h.id = m.household_id
					    LEFT JOIN gm i ON i.member_id = m.id AND i.coverage_role = 'HEALTH_INSURANCE'
					    LEFT JOIN gm t ON t.member_id = m.id AND t.coverage_role = 'TUITION'),
					ph AS MATERIALIZED (
					    SELECT h.id, coalesce(bool_and(mm.insured), true) AS insured, coalesce(bool_or(mm.pupil), false) AS pupil
					    FROM h LEFT JOIN mm ON mm.household_id = h.id GROUP BY h.id),
					phx AS MATERIALIZED (
					    SELECT ph.*, gh.household_id IS NOT NULL AS exempt, given.household_id IS NULL AS nothing
					    FROM ph LEFT JOIN gh ON gh.household_id = ph.id LEFT JOIN given ON given.household_id = ph.id)
					SELECT (SELECT count(*) FILTER (WHERE insured) FROM mm), (SELECT count(*) FROM mm),
					       (SELECT count(*) FILTER (WHERE insured) FROM phx), (SELECT count(*) FROM phx),
					       (SELECT count(*) FILTER (WHERE exempt) FROM mm WHERE pupil), (SELECT count(*) FROM mm WHERE pupil),
					       (SELECT count(*) FILTER (WHERE exempt) FROM phx WHERE pupil), (SELECT count(*) FROM phx WHERE pupil),
					       (SELECT count(*) FILTER (WHERE nothing) FROM phx), (SELECT count(*) FROM phx)""")
			.paramSource(params)
			.query((rs,
					i) -> new Share[] { new Share(rs.getLong(1), rs.getLong(2)),
							new Share(rs.getLong(3), rs.getLong(4)), new Share(rs.getLong(5), rs.getLong(6)),
							new Share(rs.getLong(7), rs.getLong(8)), new Share(rs.getLong(9), rs.getLong(10)) })
			.single();
		Share loans = share(params, LOANS);
		return new Coverage(year, shares[1], shares[0], shares[3], shares[2], loans, shares[4]);
	}

	/** A poor or near-poor household that received nothing in the year. */
	public record Neglected(long id, String code, String headName, String village, String commune, String category) {
	}

	/**
	 * The poor and near-poor households that received nothing in {@code year}, in
	 * register order; names, so officials only.
	 */
	public List<Neglected> gotNothing(Long communeId, int year, Scope scope, int limit) {
		if (!scope.mayListPeople()) {
			throw new OutOfScopeException("role " + scope.role() + " may not list households");
		}
		MapSqlParameterSource params = target(communeId, scope).addValue("year", year).addValue("limit", limit);
		// The stored contributions (V85) hold a year-0 row for each poor or near-poor
		// household and a row with
		// nothing_households = -1 for each year it was given something: the district's
		// 13,000 such households are
		// two reads of one index, where checking each one's grants took 0.3 s at a
		// million households.
		return jdbc.sql("""
				WITH nothing AS MATERIALIZED (
				    SELECT s.household_id FROM support_coverage_household s
				    WHERE s.commune_id IN (:communes) AND s.year = 0
				    EXCEPT
				    SELECT s.household_id FROM support_coverage_household s
				    WHERE s.commune_id IN (:communes) AND s.year = :year AND s.nothing_households < 0)
				SELECT h.id, h.code, h.head_name, v.name AS village, c.name AS commune, h.category
				FROM nothing n JOIN household h ON h.id = n.household_id
				JOIN area v ON v.id = h.village_id JOIN area c ON c.id = h.commune_id
				ORDER BY c.name, h.sort_key, h.id LIMIT :limit""").paramSource(params).query(Neglected.class).list();
	}

	private MapSqlParameterSource target(Long communeId, Scope scope) {
		if (communeId != null && !scope.communeIds().contains(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " is outside the caller's scope");
		}
		List<Long> communes = communeId != null ? List.of(communeId) : new ArrayList<>(scope.communeIds());
		if (communes.isEmpty()) {
			communes = List.of(-1L);
		}
		return new MapSqlParameterSource("communes", communes);
	}

	private Share share(MapSqlParameterSource params, String sql) {
		return jdbc.sql(sql).paramSource(params).query((rs, i) -> new Share(rs.getLong(1), rs.getLong(2))).single();
	}

}

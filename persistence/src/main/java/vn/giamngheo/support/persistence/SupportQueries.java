package vn.giamngheo.support.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.SupportUnit;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Lists, totals and coverage of support. Every query puts {@code commune_id IN (:scope)} in its SQL, so no page,
 * export or count sees past the caller's communes. Totals are aggregates and are open to provincial viewers (whose
 * scope is every commune of the province); lists of named households are not.
 */
@Repository
@Transactional(readOnly = true)
public class SupportQueries {

	static final String ROW_SQL = """
			SELECT d.id, d.household_id, h.code, h.head_name, m.full_name AS member_name, c.name AS commune,
			       p.code AS program_code, p.name AS program_name, p.unit, d.disbursed_on, d.amount, d.quantity,
			       d.funding_source, d.decision_ref, d.eligibility_warning, d.override_reason, d.batch_id, d.recorded_by
			FROM support_disbursement d
			JOIN household h ON h.id = d.household_id
			JOIN support_program p ON p.id = d.program_id
			JOIN area c ON c.id = d.commune_id
			LEFT JOIN household_member m ON m.id = d.member_id""";

	static final RowMapper<DisbursementRow> ROW = (rs, i) -> new DisbursementRow(rs.getLong("id"),
			rs.getLong("household_id"), rs.getString("code"), rs.getString("head_name"), rs.getString("member_name"),
			rs.getString("commune"), rs.getString("program_code"), rs.getString("program_name"),
			SupportUnit.valueOf(rs.getString("unit")), rs.getDate("disbursed_on").toLocalDate(),
			(Long) rs.getObject("amount"), rs.getBigDecimal("quantity"),
			FundingSource.valueOf(rs.getString("funding_source")), rs.getString("decision_ref"),
			rs.getString("eligibility_warning"), rs.getString("override_reason"), (Long) rs.getObject("batch_id"),
			rs.getString("recorded_by"));

	private final NamedParameterJdbcTemplate jdbc;

	public SupportQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What to count: a period (inclusive), and optionally one commune, program or funding source. */
	public record Filter(LocalDate from, LocalDate to, Long communeId, Long programId, FundingSource source) {
	}

	public enum GroupBy {
		PROGRAM, SOURCE, COMMUNE, MONTH, QUARTER, YEAR
	}

	/**
	 * One line of totals. Quantities of different units are only added up within one program, so {@code quantity} and
	 * {@code unit} are set only when grouping by program.
	 */
	public record TotalRow(String key, String label, long records, long households, long amount, BigDecimal quantity,
			SupportUnit unit) {
	}

	public record Totals(GroupBy groupBy, List<TotalRow> rows, TotalRow all) {
	}

	/** The most recent disbursements of the caller's communes, filtered. */
	public List<DisbursementRow> recent(Filter f, Scope scope, int limit) {
		if (!scope.mayListPeople() || scope.communeIds().isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(f, scope, params);
		params.addValue("limit", limit);
		return jdbc.query(ROW_SQL + " WHERE " + where + " ORDER BY d.disbursed_on DESC, d.id DESC LIMIT :limit",
				params, ROW);
	}

	public Totals totals(Filter f, GroupBy groupBy, Scope scope) {
		if (scope.communeIds().isEmpty()) {
			return new Totals(groupBy, List.of(), new TotalRow("", "", 0, 0, 0, null, null));
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(f, scope, params);
		String key;
		String label;
		String order;
		String join = "";
		switch (groupBy) {
			case PROGRAM -> {
				key = "p.code";
				label = "p.name";
				order = "p.kind, p.code";
			}
			case SOURCE -> {
				key = "d.funding_source";
				label = "d.funding_source";
				order = "d.funding_source";
			}
			case COMMUNE -> {
				key = "c.code";
				label = "c.name";
				order = "c.name COLLATE vietnamese";
				join = " JOIN area c ON c.id = d.commune_id";
			}
			case MONTH -> {
				key = "to_char(d.disbursed_on, 'YYYY-MM')";
				label = "to_char(d.disbursed_on, 'MM/YYYY')";
				order = key;
			}
			case QUARTER -> {
				key = "to_char(d.disbursed_on, 'YYYY-\"Q\"Q')";
				label = "to_char(d.disbursed_on, '\"Q\"Q/YYYY')";
				order = key;
			}
			default -> {
				key = "to_char(d.disbursed_on, 'YYYY')";
				label = key;
				order = key;
			}
		}
		boolean byProgram = groupBy == GroupBy.PROGRAM;
		String select = "SELECT " + key + " AS k, min(" + label + ") AS l, count(*) AS records, "
				+ "count(DISTINCT d.household_id) AS households, coalesce(sum(d.amount), 0) AS amount, "
				+ (byProgram ? "sum(d.quantity) AS quantity, min(p.unit) AS unit" : "NULL::numeric AS quantity, NULL AS unit")
				+ " FROM support_disbursement d JOIN support_program p ON p.id = d.program_id" + join + " WHERE " + where;
		List<TotalRow> rows = jdbc.query(select + " GROUP BY " + key + (groupBy == GroupBy.PROGRAM
				? ", p.kind" : groupBy == GroupBy.COMMUNE ? ", c.name" : "") + " ORDER BY "
				+ (groupBy == GroupBy.COMMUNE ? "min(c.name) COLLATE vietnamese" : groupBy == GroupBy.PROGRAM
						? "p.kind, " + key : order),
				params, (rs, i) -> new TotalRow(rs.getString("k"), rs.getString("l"), rs.getLong("records"),
						rs.getLong("households"), rs.getLong("amount"), rs.getBigDecimal("quantity"),
						rs.getString("unit") == null ? null : SupportUnit.valueOf(rs.getString("unit"))));
		TotalRow all = jdbc.queryForObject("""
				SELECT count(*) AS records, count(DISTINCT d.household_id) AS households,
				       coalesce(sum(d.amount), 0) AS amount
				FROM support_disbursement d WHERE\s""" + where.replace("p.id", "d.program_id"), params,
				(rs, i) -> new TotalRow("", "", rs.getLong("records"), rs.getLong("households"), rs.getLong("amount"),
						null, null));
		Totals totals = new Totals(groupBy, rows, all);
		return scope.role() == vn.giamngheo.account.Role.PROVINCIAL_VIEWER ? SmallCells.suppress(totals) : totals;
	}

	/** Communes whose figures the caller may read, named, for the totals filter (every role, aggregates only). */
	public List<vn.giamngheo.area.persistence.AreaQueries.Option> communes(Scope scope) {
		if (scope.communeIds().isEmpty()) {
			return List.of();
		}
		return jdbc.query("""
				SELECT id, name, coalesce(parent_id, 0) AS parent_id FROM area
				WHERE level = 'COMMUNE' AND id IN (:scope) ORDER BY name COLLATE vietnamese""",
				new MapSqlParameterSource("scope", scope.communeIds()),
				(rs, i) -> new vn.giamngheo.area.persistence.AreaQueries.Option(rs.getLong(1), rs.getString(2),
						rs.getLong(3)));
	}

	/** A share: {@code part} of {@code whole}. */
	public record Share(long part, long whole) {
	}

	/**
	 * Coverage of poor and near-poor households (and their members) in the caller's communes, or one of them, in a
	 * year: health-insurance cards (a card number in the register or a card given this year), tuition exemption (of
	 * households with a pupil, and of pupils), loans granted of loans asked for, and households that got nothing.
	 */
	public record Coverage(int year, Share insuredHouseholds, Share insuredPeople, Share tuitionHouseholds,
			Share tuitionPupils, Share borrowedWhenAsked, Share gotNothing) {
	}

	public Coverage coverage(Long communeId, int year, Scope scope) {
		MapSqlParameterSource params = target(communeId, scope).addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.addValue("to", Date.valueOf(LocalDate.of(year, 12, 31)));
		String households = "SELECT h.id FROM household h WHERE h.commune_id IN (:communes) "
				+ "AND h.category IN ('POOR', 'NEAR_POOR')";
		String given = """
				SELECT d.household_id, d.member_id FROM support_disbursement d JOIN support_program p ON p.id = d.program_id
				WHERE p.coverage_role = '%s' AND d.disbursed_on BETWEEN :from AND :to AND d.commune_id IN (:communes)""";
		String insured = "(m.health_insurance_card IS NOT NULL OR EXISTS (SELECT 1 FROM (" + given.formatted(
				"HEALTH_INSURANCE") + ") g WHERE g.member_id = m.id))";
		Share people = share(params, "SELECT count(*) FILTER (WHERE " + insured + "), count(*) FROM household_member m "
				+ "WHERE m.household_id IN (" + households + ")");
		Share insuredHouseholds = share(params, "SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "
				+ "household_member m WHERE m.household_id = t.id AND NOT " + insured + ")), count(*) FROM ("
				+ households + ") t");
		String pupil = "m.schooling = 'ATTENDING'";
		String exempt = "EXISTS (SELECT 1 FROM (" + given.formatted("TUITION") + ") g WHERE g.member_id = m.id)";
		Share pupils = share(params, "SELECT count(*) FILTER (WHERE " + exempt + "), count(*) FROM household_member m "
				+ "WHERE " + pupil + " AND m.household_id IN (" + households + ")");
		Share tuitionHouseholds = share(params, "SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ("
				+ given.formatted("TUITION") + ") g WHERE g.household_id = t.id)), count(*) FROM (" + households
				+ ") t WHERE EXISTS (SELECT 1 FROM household_member m WHERE m.household_id = t.id AND " + pupil + ")");
		Share loans = share(params, """
				SELECT count(*) FILTER (WHERE l.status IN ('LENT', 'REPAID')), count(*) FILTER (WHERE l.status <> 'REQUESTED')
				FROM support_loan l JOIN household h ON h.id = l.household_id
				WHERE l.commune_id IN (:communes) AND h.category IN ('POOR', 'NEAR_POOR')
				  AND l.requested_on BETWEEN :from AND :to""");
		Share nothing = share(params, "SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM support_disbursement d "
				+ "WHERE d.household_id = t.id AND d.disbursed_on BETWEEN :from AND :to)), count(*) FROM (" + households
				+ ") t");
		return new Coverage(year, insuredHouseholds, people, tuitionHouseholds, pupils, loans, nothing);
	}

	/** A poor or near-poor household that received nothing in the year. */
	public record Neglected(long id, String code, String headName, String village, String commune, String category) {
	}

	/** The poor and near-poor households that received nothing in {@code year}, in register order; names, so officials only. */
	public List<Neglected> gotNothing(Long communeId, int year, Scope scope, int limit) {
		if (!scope.mayListPeople()) {
			throw new OutOfScopeException("role " + scope.role() + " may not list households");
		}
		MapSqlParameterSource params = target(communeId, scope).addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.addValue("to", Date.valueOf(LocalDate.of(year, 12, 31))).addValue("limit", limit);
		return jdbc.query("""
				SELECT h.id, h.code, h.head_name, v.name AS village, c.name AS commune, h.category
				FROM household h JOIN area v ON v.id = h.village_id JOIN area c ON c.id = h.commune_id
				WHERE h.commune_id IN (:communes) AND h.category IN ('POOR', 'NEAR_POOR')
				  AND NOT EXISTS (SELECT 1 FROM support_disbursement d
				                  WHERE d.household_id = h.id AND d.disbursed_on BETWEEN :from AND :to)
				ORDER BY c.name, h.sort_key, h.id LIMIT :limit""", params,
				(rs, i) -> new Neglected(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6)));
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
		return jdbc.queryForObject(sql, params, (rs, i) -> new Share(rs.getLong(1), rs.getLong(2)));
	}

	private static String where(Filter f, Scope scope, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("d.commune_id IN (:scope)");
		params.addValue("scope", scope.communeIds());
		if (f.communeId() != null) {
			if (!scope.communeIds().contains(f.communeId())) {
				throw new OutOfScopeException("commune " + f.communeId() + " is outside the caller's scope");
			}
			conditions.add("d.commune_id = :commune");
			params.addValue("commune", f.communeId());
		}
		if (f.from() != null) {
			conditions.add("d.disbursed_on >= :from");
			params.addValue("from", Date.valueOf(f.from()));
		}
		if (f.to() != null) {
			conditions.add("d.disbursed_on <= :to");
			params.addValue("to", Date.valueOf(f.to()));
		}
		if (f.programId() != null) {
			conditions.add("p.id = :program");
			params.addValue("program", f.programId());
		}
		if (f.source() != null) {
			conditions.add("d.funding_source = :source");
			params.addValue("source", f.source().name());
		}
		return String.join(" AND ", conditions);
	}
}

package vn.giamngheo.support.persistence;

import java.math.BigDecimal;
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
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.SupportUnit;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Lists and totals of support (coverage is {@link SupportCoverage}'s), read through
 * {@link JdbcClient}. Every query puts {@code commune_id IN (:scope)} in its SQL, so no
 * page, export or count sees past the caller's communes. Totals are aggregates and are
 * open to provincial viewers (whose scope is every commune of the province); lists of
 * named households are not.
 */
@Repository
@Transactional(readOnly = true)
public class SupportQueries {

	static final String ROW_SQL = """
			SELECT d.id, d.household_id, h.code AS household_code, h.head_name, m.full_name AS member_name, c.name AS commune,
			       p.code AS program_code, p.name AS program_name, p.unit, d.disbursed_on, d.amount, d.quantity,
			       d.funding_source, d.decision_ref, d.eligibility_warning, d.override_reason, d.batch_id, d.recorded_by
			FROM support_disbursement d
			JOIN household h ON h.id = d.household_id
			JOIN support_program p ON p.id = d.program_id
			JOIN area c ON c.id = d.commune_id
			LEFT JOIN household_member m ON m.id = d.member_id""";

	private final JdbcClient jdbc;

	private final org.springframework.jdbc.core.JdbcTemplate plain;

	public SupportQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = JdbcClient.create(jdbc);
		this.plain = jdbc.getJdbcTemplate();
	}

	/**
	 * What to count: a period (inclusive), and optionally one commune, program or funding
	 * source.
	 */
	public record Filter(LocalDate from, LocalDate to, Long communeId, Long programId, FundingSource source) {
	}

	public enum GroupBy {

		PROGRAM, SOURCE, COMMUNE, MONTH, QUARTER, YEAR

	}

	/**
	 * One line of totals. Quantities of different units are only added up within one
	 * program, so {@code quantity} and {@code unit} are set only when grouping by
	 * program.
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
		return jdbc.sql(ROW_SQL + " WHERE " + where + " ORDER BY d.disbursed_on DESC, d.id DESC LIMIT :limit")
			.paramSource(params)
			.query(DisbursementRow.class)
			.list();
	}

	/**
	 * Cached per filter, grouping and scope until disbursements change
	 * ({@link SupportTotalsCache}). {@code sync}: when an entry has expired or been
	 * dropped, one request counts and the others arriving meanwhile wait for its answer
	 * (under load, fifty requests each counting 764,000 records at once made the page's
	 * p99 four seconds).
	 */
	@org.springframework.cache.annotation.Cacheable(
			cacheNames = vn.giamngheo.shared.persistence.CacheConfiguration.SUPPORT_TOTALS,
			key = "{#f, #groupBy, #scope}", sync = true)
	public Totals totals(Filter f, GroupBy groupBy, Scope scope) {
		// Sums and counts without names, limited to the caller's communes by the query
		// itself: read unrestricted,
		// since row-level security's per-row check of each disbursement's household (V76)
		// made a province's totals
		// of 764,000 records take seconds.
		return vn.giamngheo.shared.persistence.rowsecurity.RowSecurity.unrestricted(plain,
				() -> scopedTotals(f, groupBy, scope));
	}

	private Totals scopedTotals(Filter f, GroupBy groupBy, Scope scope) {
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
				+ (byProgram ? "sum(d.quantity) AS quantity, min(p.unit) AS unit"
						: "NULL::numeric AS quantity, NULL AS unit")
				+ " FROM support_disbursement d JOIN support_program p ON p.id = d.program_id" + join + " WHERE "
				+ where;
		List<TotalRow> rows = jdbc
			.sql(select + " GROUP BY " + key
					+ (groupBy == GroupBy.PROGRAM ? ", p.kind" : groupBy == GroupBy.COMMUNE ? ", c.name" : "")
					+ " ORDER BY "
					+ (groupBy == GroupBy.COMMUNE ? "min(c.name) COLLATE vietnamese"
							: groupBy == GroupBy.PROGRAM ? "p.kind, " + key : order))
			.paramSource(params)
			.query((rs, i) -> new TotalRow(rs.getString("k"), rs.getString("l"), rs.getLong("records"),
					rs.getLong("households"), rs.getLong("amount"), rs.getBigDecimal("quantity"),
					rs.getString("unit") == null ? null : SupportUnit.valueOf(rs.getString("unit"))))
			.list();
		TotalRow all = jdbc.sql("""
				SELECT count(*) AS records, count(DISTINCT d.household_id) AS households,
				       coalesce(sum(d.amount), 0) AS amount
				FROM support_disbursement d WHERE\s""" + where.replace("p.id", "d.program_id"))
			.paramSource(params)
			.query((rs, i) -> new TotalRow("", "", rs.getLong("records"), rs.getLong("households"),
					rs.getLong("amount"), null, null))
			.single();
		Totals totals = new Totals(groupBy, rows, all);
		return scope.role() == vn.giamngheo.account.Role.PROVINCIAL_VIEWER ? SmallCells.suppress(totals) : totals;
	}

	/**
	 * Communes whose figures the caller may read, named, for the totals filter (every
	 * role, aggregates only).
	 */
	public List<vn.giamngheo.area.persistence.AreaQueries.Option> communes(Scope scope) {
		if (scope.communeIds().isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT id, name, coalesce(parent_id, 0) AS parent_id FROM area
				WHERE level = 'COMMUNE' AND id IN (:scope) ORDER BY name COLLATE vietnamese""")
			.param("scope", scope.communeIds())
			.query((rs, i) -> new vn.giamngheo.area.persistence.AreaQueries.Option(rs.getLong(1), rs.getString(2),
					rs.getLong(3)))
			.list();
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

package vn.giamngheo.poverty.persistence;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.TransitionMatrix;
import vn.giamngheo.poverty.WhatIf;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * "What if another standard applied?" over the stored assessments of the caller's
 * communes: the latest assessment of each household is reclassified under the target
 * standard and the changes are counted per commune. Nothing is written (domain README 7.2
 * principle 2: a new standard never rewrites past results).
 * <p>
 * The rows are streamed from a server-side cursor and folded into a few counters per
 * commune, so a province of a million households needs no more memory than a commune. The
 * counting is the engine's {@link WhatIf.Tally} into {@link TransitionMatrix} (one home
 * for both, issue 10) and the category the target's own rule, rather than a copy of it in
 * SQL: deficiencies the target does not define are dropped (and reported), indicators the
 * target adds were never assessed and count as not deficient, so the result is a lower
 * bound of poverty.
 */
@Repository
public class WhatIfQueries {

	private static final int FETCH_SIZE = 5_000;

	private final NamedParameterJdbcTemplate jdbc;

	public WhatIfQueries(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		// PostgreSQL only streams with a fetch size inside a transaction; otherwise it
		// reads the whole result first.
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
	}

	/**
	 * One commune's counts: households by current category → category under the target.
	 */
	public record CommuneResult(long communeId, String communeCode, String communeName, TransitionMatrix transitions) {
	}

	public record Result(String targetStandardId, int targetVersion, List<CommuneResult> communes,
			TransitionMatrix total, Set<String> droppedIndicators) {
	}

	/**
	 * @throws OutOfScopeException when the caller may not read household-level data
	 * (provincial viewer, admin): the comparison counts named households of their
	 * communes
	 */
	@Transactional(readOnly = true)
	public Result reclassify(PovertyStandard target, Scope scope) {
		if (!scope.mayListPeople()) {
			throw new OutOfScopeException("what-if refused to role " + scope.role());
		}
		if (scope.communeIds().isEmpty()) {
			return new Result(target.id(), target.version(), List.of(), new TransitionMatrix.Counter().build(),
					Set.of());
		}
		WhatIf.Tally<Long> tally = new WhatIf.Tally<>(target);
		Map<Long, String[]> names = new LinkedHashMap<>();
		// Scope is enforced here, in the SQL, not only by the URL rules.
		jdbc.query("""
				SELECT c.id AS commune_id, c.code AS commune_code, c.name AS commune_name, l.area_type,
				       l.monthly_income_per_capita, l.deficiencies, l.category
				FROM area c
				JOIN household h ON h.commune_id = c.id
				JOIN LATERAL (
				    SELECT a.area_type, a.monthly_income_per_capita, a.deficiencies, a.category
				    FROM poverty_assessment a
				    WHERE a.household_id = h.id
				    ORDER BY a.assessed_on DESC, a.id DESC
				    LIMIT 1
				) l ON TRUE
				WHERE c.id IN (:scope)
				""", new MapSqlParameterSource("scope", scope.communeIds()), rs -> {
			long communeId = rs.getLong("commune_id");
			if (!names.containsKey(communeId)) {
				names.put(communeId, new String[] { rs.getString("commune_code"), rs.getString("commune_name") });
			}
			Array array = rs.getArray("deficiencies");
			tally.add(communeId, AreaType.valueOf(rs.getString("area_type")), rs.getLong("monthly_income_per_capita"),
					Arrays.asList((String[]) array.getArray()), PovertyCategory.valueOf(rs.getString("category")));
		});
		Map<Long, TransitionMatrix> byCommune = tally.byArea();
		// Ordered afterwards, on the few commune rows, so the million-row stream needs no
		// sort.
		List<CommuneResult> ordered = new ArrayList<>();
		jdbc.query("SELECT id FROM area WHERE id IN (:scope) ORDER BY name COLLATE vietnamese, id",
				new MapSqlParameterSource("scope", scope.communeIds()), rs -> {
					long id = rs.getLong("id");
					TransitionMatrix m = byCommune.get(id);
					if (m != null) {
						ordered.add(new CommuneResult(id, names.get(id)[0], names.get(id)[1], m));
					}
				});
		return new Result(target.id(), target.version(), List.copyOf(ordered), tally.total(),
				tally.droppedIndicators());
	}

}

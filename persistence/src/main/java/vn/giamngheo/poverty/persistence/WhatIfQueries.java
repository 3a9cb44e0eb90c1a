package vn.giamngheo.poverty.persistence;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * "What if another standard applied?" over the stored assessments of the caller's communes: the latest assessment
 * of each household is reclassified under the target standard and the changes are counted per commune. Nothing is
 * written (domain README 7.2 principle 2: a new standard never rewrites past results).
 * <p>
 * The rows are streamed from a server-side cursor and folded into a few counters per commune, so a province of a
 * million households needs no more memory than a commune. The category comes from
 * {@link PovertyStandard#category}, the engine's own rule, rather than a copy of it in SQL; the semantics follow
 * {@link vn.giamngheo.poverty.WhatIf}: deficiencies the target does not define are dropped (and reported), indicators
 * the target adds were never assessed and count as not deficient, so the result is a lower bound of poverty.
 */
@Repository
public class WhatIfQueries {

	private static final int FETCH_SIZE = 5_000;

	private final NamedParameterJdbcTemplate jdbc;

	public WhatIfQueries(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		// PostgreSQL only streams with a fetch size inside a transaction; otherwise it reads the whole result first.
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
	}

	/** Counts of one commune (or the total): households by current category → category under the target. */
	public static final class Transitions {

		private static final int N = PovertyCategory.values().length;

		private final long[][] counts = new long[N][N];

		void add(PovertyCategory from, PovertyCategory to) {
			counts[from.ordinal()][to.ordinal()]++;
		}

		void addAll(Transitions other) {
			for (int i = 0; i < N; i++) {
				for (int j = 0; j < N; j++) {
					counts[i][j] += other.counts[i][j];
				}
			}
		}

		public long count(PovertyCategory from, PovertyCategory to) {
			return counts[from.ordinal()][to.ordinal()];
		}

		public long total() {
			long t = 0;
			for (long[] row : counts) {
				for (long c : row) {
					t += c;
				}
			}
			return t;
		}

		public long changed() {
			long c = 0;
			for (int i = 0; i < N; i++) {
				for (int j = 0; j < N; j++) {
					c += i == j ? 0 : counts[i][j];
				}
			}
			return c;
		}

		public long before(PovertyCategory category) {
			long c = 0;
			for (long n : counts[category.ordinal()]) {
				c += n;
			}
			return c;
		}

		public long after(PovertyCategory category) {
			long c = 0;
			for (long[] row : counts) {
				c += row[category.ordinal()];
			}
			return c;
		}

		/** The non-zero changes, poorest origin first: "POOR → NEAR_POOR: 12". */
		public List<Change> changes() {
			List<Change> list = new ArrayList<>();
			for (PovertyCategory from : PovertyCategory.values()) {
				for (PovertyCategory to : PovertyCategory.values()) {
					if (from != to && count(from, to) > 0) {
						list.add(new Change(from, to, count(from, to)));
					}
				}
			}
			return list;
		}
	}

	public record Change(PovertyCategory from, PovertyCategory to, long households) {
	}

	public record CommuneResult(long communeId, String communeCode, String communeName, Transitions transitions) {
	}

	public record Result(String targetStandardId, int targetVersion, List<CommuneResult> communes, Transitions total,
			Set<String> droppedIndicators) {
	}

	/**
	 * @throws OutOfScopeException when the caller may not read household-level data (provincial viewer, admin): the
	 *                             comparison counts named households of their communes
	 */
	@Transactional(readOnly = true)
	public Result reclassify(PovertyStandard target, Scope scope) {
		if (!scope.mayListPeople()) {
			throw new OutOfScopeException("what-if refused to role " + scope.role());
		}
		Map<Long, CommuneResult> byCommune = new LinkedHashMap<>();
		Set<String> dropped = new TreeSet<>();
		Transitions total = new Transitions();
		if (scope.communeIds().isEmpty()) {
			return new Result(target.id(), target.version(), List.of(), total, Set.of());
		}
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
			CommuneResult commune = byCommune.get(communeId);
			if (commune == null) {
				commune = new CommuneResult(communeId, rs.getString("commune_code"), rs.getString("commune_name"),
						new Transitions());
				byCommune.put(communeId, commune);
			}
			Array array = rs.getArray("deficiencies");
			int deficiencies = 0;
			for (String code : (String[]) array.getArray()) {
				if (target.defines(code)) {
					deficiencies++;
				}
				else {
					dropped.add(code);
				}
			}
			PovertyCategory before = PovertyCategory.valueOf(rs.getString("category"));
			PovertyCategory after = target.category(AreaType.valueOf(rs.getString("area_type")),
					rs.getLong("monthly_income_per_capita"), deficiencies);
			commune.transitions().add(before, after);
		});
		// Ordered afterwards, on the few commune rows, so the million-row stream needs no sort.
		List<CommuneResult> ordered = new ArrayList<>();
		jdbc.query("SELECT id FROM area WHERE id IN (:scope) ORDER BY name COLLATE vietnamese, id",
				new MapSqlParameterSource("scope", scope.communeIds()), rs -> {
					CommuneResult c = byCommune.get(rs.getLong("id"));
					if (c != null) {
						ordered.add(c);
						total.addAll(c.transitions());
					}
				});
		return new Result(target.id(), target.version(), List.copyOf(ordered), total,
				Collections.unmodifiableSet(dropped));
	}
}

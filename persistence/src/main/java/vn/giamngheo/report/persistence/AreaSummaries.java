package vn.giamngheo.report.persistence;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.PovertyStandards;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.report.Figure;

/**
 * Keeps {@code area_summary} (one row per commune and year) in step with the data, so that reports add up a few
 * hundred stored rows instead of a million households.
 * <p>
 * Categories of a year come from the year's approved or consolidated household reviews ({@code household_review},
 * latest final review per household); households without a final review that year keep the register's category. A
 * commune with no final review in a year gets a row only for the register's year (the year of the latest stored
 * poverty assessment, or this year when there is none), marked {@code REGISTER}. Deficiencies come from the review,
 * else from the latest {@code poverty_assessment}.
 * <p>
 * Called by the review feature after an approval: {@link #refresh(int, long)}. A full {@link #rebuild()} runs at
 * start-up when the table is empty and from the reports page ("Tính lại số liệu").
 */
@Service
public class AreaSummaries {

	private static final Logger log = LoggerFactory.getLogger(AreaSummaries.class);

	static final String FINAL_STATES = "('APPROVED', 'CONSOLIDATED')";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	/** The catalogue, not the built-in registry: a version an administrator stored must reach the sums (issue 10). */
	private final PovertyStandardCatalog catalog;

	public AreaSummaries(NamedParameterJdbcTemplate jdbc, Clock clock, PovertyStandardCatalog catalog) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.catalog = catalog;
	}

	/**
	 * Recomputes one commune's sums for one year, e.g. right after the commune's review list for {@code year} was
	 * approved or consolidated. Runs in the caller's transaction when there is one, so the sums commit with the
	 * approval.
	 */
	@Transactional
	public void refresh(int year, long communeId) {
		MapSqlParameterSource p = new MapSqlParameterSource("year", year).addValue("communes", List.of(communeId));
		jdbc.update("DELETE FROM area_summary WHERE year = :year AND commune_id IN (:communes)", p);
		jdbc.update("DELETE FROM area_summary_ethnicity WHERE year = :year AND commune_id IN (:communes)", p);
		insert(year, List.of(communeId), false);
	}

	/**
	 * Recomputes one commune's sums for a year over all its households (final reviews of the year, else the
	 * register's category), whether or not it has a final review: the figures an official record freezes.
	 */
	@Transactional
	public void refreshWhole(int year, long communeId) {
		MapSqlParameterSource p = new MapSqlParameterSource("year", year).addValue("communes", List.of(communeId));
		jdbc.update("DELETE FROM area_summary WHERE year = :year AND commune_id IN (:communes)", p);
		jdbc.update("DELETE FROM area_summary_ethnicity WHERE year = :year AND commune_id IN (:communes)", p);
		insert(year, List.of(communeId), true);
	}

	/** Recomputes every commune for every year that has final reviews, and the register's year. */
	@Transactional
	public void rebuild() {
		long start = System.nanoTime();
		jdbc.getJdbcTemplate().update("DELETE FROM area_summary_ethnicity");
		jdbc.getJdbcTemplate().update("DELETE FROM area_summary");
		List<Integer> years = yearsWithData();
		for (int year : years) {
			insert(year, null, false);
		}
		log.info("Area summaries rebuilt for years {} in {} ms", years, (System.nanoTime() - start) / 1_000_000);
	}

	/** Recomputes one year for every commune. */
	@Transactional
	public void rebuild(int year) {
		MapSqlParameterSource p = new MapSqlParameterSource("year", year);
		jdbc.update("DELETE FROM area_summary_ethnicity WHERE year = :year", p);
		jdbc.update("DELETE FROM area_summary WHERE year = :year", p);
		insert(year, null, false);
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return !Boolean.TRUE.equals(jdbc.getJdbcTemplate()
			.queryForObject("SELECT EXISTS (SELECT 1 FROM area_summary)", Boolean.class));
	}

	/** Years with at least one final review, plus the register's year. */
	List<Integer> yearsWithData() {
		List<Integer> years = new ArrayList<>(jdbc.getJdbcTemplate().queryForList(
				"SELECT DISTINCT year FROM household_review WHERE state IN " + FINAL_STATES, Integer.class));
		int register = registerYear();
		if (!years.contains(register)) {
			years.add(register);
		}
		years.sort(null);
		return years;
	}

	/** The year the register's current categories stand for: that of the latest stored assessment, else this year. */
	public int registerYear() {
		// One date of the whole register, no person in it, kept by the database in one row (V89).
		Integer year = jdbc.getJdbcTemplate().queryForObject(
				"SELECT CAST(extract(year FROM assessed_on) AS INTEGER) FROM register_year WHERE id = 1", Integer.class);
		return year != null ? year : LocalDate.now(clock).getYear();
	}

	/**
	 * The national standard applied to a year's sums: the one of the catalogue (built-in or stored, highest active
	 * version) valid on 31 December of that year. A version stored after the sums were made reaches them at the next
	 * refresh or rebuild ("Tính lại số liệu").
	 */
	public PovertyStandard standardFor(int year) {
		PovertyStandards standards = catalog.standards();
		return standards.applicableNational(LocalDate.of(year, 12, 31))
			.or(() -> standards.find("VN-2022-2025", 1))
			.orElseThrow();
	}

	private void insert(int year, List<Long> communes, boolean whole) {
		PovertyStandard standard = standardFor(year);
		List<String> codes = standard.indicatorCodes();
		boolean registerYear = whole || year == registerYear();
		MapSqlParameterSource p = new MapSqlParameterSource("year", year).addValue("registerYear", registerYear)
			.addValue("k", standard.minDeficiencies())
			.addValue("standardId", standard.id())
			.addValue("standardVersion", standard.version());
		String communeFilter = "";
		if (communes != null) {
			p.addValue("communes", communes);
			communeFilter = " AND h.commune_id IN (:communes)";
		}
		String codesArray = codes.stream().map(c -> "'" + c.replace("'", "") + "'")
			.collect(Collectors.joining(",", "ARRAY[", "]::text[]"));
		String base = """
				WITH fr AS (
				    SELECT DISTINCT ON (r.household_id) r.household_id, r.category, r.outcome, r.deficiencies
				    FROM household_review r JOIN household h ON h.id = r.household_id
				    WHERE r.year = :year AND r.state IN %s %s
				    ORDER BY r.household_id, r.id DESC
				), reviewed AS (
				    SELECT DISTINCT h.commune_id FROM fr JOIN household h ON h.id = fr.household_id
				), b AS (
				    SELECT h.commune_id, h.id AS household_id, h.ethnicity, h.no_labour_capacity, h.has_meritorious_member,
				           h.social_protection_beneficiary, greatest(h.member_count, 1) AS members,
				           coalesce(fr.category, h.category) AS category, fr.outcome,
				           coalesce(fr.deficiencies, a.deficiencies, '{}') AS defs,
				           (fr.household_id IS NOT NULL OR a.deficiencies IS NOT NULL) AS has_defs,
				           (h.commune_id IN (SELECT commune_id FROM reviewed)) AS by_review
				    FROM household h
				    LEFT JOIN fr ON fr.household_id = h.id
				    LEFT JOIN LATERAL (SELECT pa.deficiencies FROM poverty_assessment pa WHERE pa.household_id = h.id
				                       ORDER BY pa.assessed_on DESC, pa.id DESC LIMIT 1) a ON fr.household_id IS NULL
				    WHERE (:registerYear OR h.commune_id IN (SELECT commune_id FROM reviewed)) %s
				), bb AS (
				    SELECT b.*, (SELECT count(*) FROM unnest(%s) c WHERE c = ANY (b.defs)) AS n_defs,
				           m.n AS mem, m.ins
				    FROM b LEFT JOIN LATERAL (SELECT count(*) AS n, count(hm.health_insurance_card) AS ins
				                              FROM household_member hm WHERE hm.household_id = b.household_id) m
				           ON b.category IN ('POOR', 'NEAR_POOR')
				)
				""".formatted(FINAL_STATES, communeFilter, communeFilter, codesArray);
		String figureColumns = Stream.of(Figure.values()).map(Figure::column).collect(Collectors.joining(", "));
		String figureExpressions = Stream.of(Figure.values()).map(AreaSummaries::expression)
			.collect(Collectors.joining(",\n       "));
		String lacking = lackingArrays(codes);
		jdbc.update(base + """
				INSERT INTO area_summary (year, commune_id, source, standard_id, standard_version, min_deficiencies,
				                          %s, poor_lacking, near_poor_lacking, censored)
				SELECT :year, commune_id, CASE WHEN bool_or(by_review) THEN 'REVIEW' ELSE 'REGISTER' END,
				       :standardId, :standardVersion, :k,
				       %s,
				       %s
				FROM bb GROUP BY commune_id
				""".formatted(figureColumns, figureExpressions, lacking), p);
		jdbc.update(base + """
				INSERT INTO area_summary_ethnicity (year, commune_id, ethnicity, households, poor, near_poor)
				SELECT :year, commune_id, ethnicity, count(*), count(*) FILTER (WHERE category = 'POOR'),
				       count(*) FILTER (WHERE category = 'NEAR_POOR')
				FROM bb GROUP BY commune_id, ethnicity
				""", p);
	}

	private static String lackingArrays(List<String> codes) {
		StringBuilder sql = new StringBuilder();
		Map<String, String> filters = Map.of("poor", "category = 'POOR'", "near", "category = 'NEAR_POOR'",
				"censored", "has_defs AND n_defs >= :k");
		for (String which : List.of("poor", "near", "censored")) {
			if (!sql.isEmpty()) {
				sql.append(",\n       ");
			}
			sql.append(codes.stream()
				.map(c -> "count(*) FILTER (WHERE " + filters.get(which) + " AND '" + c.replace("'", "")
						+ "' = ANY (defs))")
				.collect(Collectors.joining(", ", "ARRAY[", "]::bigint[]")));
		}
		return sql.toString();
	}

	private static String expression(Figure f) {
		return switch (f) {
			case HOUSEHOLDS -> "count(*)";
			case POOR -> count("category = 'POOR'");
			case NEAR_POOR -> count("category = 'NEAR_POOR'");
			case AVERAGE_LIVING -> count("category = 'AVERAGE_LIVING'");
			case NOT_POOR -> count("category = 'NOT_POOR'");
			case NOT_REVIEWED -> count("category = 'NOT_REVIEWED'");
			case MINORITY_HOUSEHOLDS -> count("ethnicity <> 'KINH'");
			case POOR_MINORITY -> count("ethnicity <> 'KINH' AND category = 'POOR'");
			case NEAR_POOR_MINORITY -> count("ethnicity <> 'KINH' AND category = 'NEAR_POOR'");
			case KHMER_HOUSEHOLDS -> count("ethnicity = 'KHMER'");
			case POOR_KHMER -> count("ethnicity = 'KHMER' AND category = 'POOR'");
			case NEAR_POOR_KHMER -> count("ethnicity = 'KHMER' AND category = 'NEAR_POOR'");
			case POOR_NO_LABOUR -> count("no_labour_capacity AND category = 'POOR'");
			case NEAR_POOR_NO_LABOUR -> count("no_labour_capacity AND category = 'NEAR_POOR'");
			case POOR_MERIT -> count("has_meritorious_member AND category = 'POOR'");
			case NEAR_POOR_MERIT -> count("has_meritorious_member AND category = 'NEAR_POOR'");
			case POOR_SOCIAL_PROTECTION -> count("social_protection_beneficiary AND category = 'POOR'");
			case ESCAPED, NEWLY_POOR, RE_POOR, POOR_TO_NEAR_POOR, NEAR_POOR_TO_POOR, NEWLY_NEAR_POOR, RE_NEAR_POOR,
					ESCAPED_NEAR_POOR ->
				count("outcome = '" + f.name() + "'");
			case MEMBERS_POOR_NEAR_POOR -> "coalesce(sum(mem), 0)";
			case INSURED_POOR_NEAR_POOR -> "coalesce(sum(ins), 0)";
			case MPI_HOUSEHOLDS -> count("has_defs");
			case MPI_PERSONS -> "coalesce(sum(members) FILTER (WHERE has_defs), 0)";
			case MPI_POOR_HOUSEHOLDS -> count("has_defs AND n_defs >= :k");
			case MPI_POOR_PERSONS -> "coalesce(sum(members) FILTER (WHERE has_defs AND n_defs >= :k), 0)";
			case MPI_DEPRIVATIONS -> "coalesce(sum(n_defs) FILTER (WHERE has_defs AND n_defs >= :k), 0)";
			case MPI_DEPRIVATIONS_PERSONS -> "coalesce(sum(n_defs * members) FILTER (WHERE has_defs AND n_defs >= :k), 0)";
		};
	}

	private static String count(String condition) {
		return "count(*) FILTER (WHERE " + condition + ")";
	}

	static long[] longs(Array array) throws java.sql.SQLException {
		if (array == null) {
			return new long[0];
		}
		Object[] values = (Object[]) array.getArray();
		long[] out = new long[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = ((Number) values[i]).longValue();
		}
		return out;
	}
}

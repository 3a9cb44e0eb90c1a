package vn.giamngheo.report.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.giamngheo.report.AreaFigures;
import vn.giamngheo.report.Figure;

/**
 * The columns of {@code area_summary} both ways: the statements that add up one year's
 * households into a row per commune (and per commune and ethnicity), built for one
 * standard's indicator codes, and the reading of a stored row back into
 * {@link AreaFigures}. {@link AreaSummaries} runs the statements with the year's
 * parameters ({@code :year}, {@code :registerYear}, {@code :k}, {@code :standardId},
 * {@code :standardVersion} and, for some communes only, {@code :communes}).
 */
final class AreaSummarySql {

	static final String FINAL_STATES = "('APPROVED', 'CONSOLIDATED')";

	private final List<String> codes;

	private final String base;

	/**
	 * The statements for a standard's indicator codes, for every commune or only those of
	 * {@code :communes}.
	 */
	AreaSummarySql(List<String> codes, boolean someCommunes) {
		this.codes = codes;
		String communeFilter = someCommunes ? " AND h.commune_id IN (:communes)" : "";
		String codesArray = codes.stream()
			.map(c -> "'" + c.replace("'", "") + "'")
			.collect(Collectors.joining(",", "ARRAY[", "]::text[]"));
		this.base = """
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
				"""
			.formatted(FINAL_STATES, communeFilter, communeFilter, codesArray);
	}

	/**
	 * One row per commune of the year into {@code area_summary}: the figures and the
	 * lacking-indicator arrays.
	 */
	String insertSummaries() {
		String figureColumns = Stream.of(Figure.values()).map(Figure::column).collect(Collectors.joining(", "));
		String figureExpressions = Stream.of(Figure.values())
			.map(AreaSummarySql::expression)
			.collect(Collectors.joining(",\n       "));
		return base + """
				INSERT INTO area_summary (year, commune_id, source, standard_id, standard_version, min_deficiencies,
				                          %s, poor_lacking, near_poor_lacking, censored)
				SELECT :year, commune_id, CASE WHEN bool_or(by_review) THEN 'REVIEW' ELSE 'REGISTER' END,
				       :standardId, :standardVersion, :k,
				       %s,
				       %s
				FROM bb GROUP BY commune_id
				""".formatted(figureColumns, figureExpressions, lackingArrays());
	}

	/**
	 * One row per commune and ethnicity of the year into {@code area_summary_ethnicity}.
	 */
	String insertEthnicity() {
		return base + """
				INSERT INTO area_summary_ethnicity (year, commune_id, ethnicity, households, poor, near_poor)
				SELECT :year, commune_id, ethnicity, count(*), count(*) FILTER (WHERE category = 'POOR'),
				       count(*) FILTER (WHERE category = 'NEAR_POOR')
				FROM bb GROUP BY commune_id, ethnicity
				""";
	}

	/**
	 * A stored row of {@code area_summary} (or of an official record, which has the same
	 * columns) as figures.
	 */
	static AreaFigures figures(ResultSet rs) throws SQLException {
		Figure[] all = Figure.values();
		long[] values = new long[all.length];
		for (Figure f : all) {
			values[f.ordinal()] = rs.getLong(f.column());
		}
		return new AreaFigures(values, longs(rs.getArray("poor_lacking")), longs(rs.getArray("near_poor_lacking")),
				longs(rs.getArray("censored")));
	}

	private String lackingArrays() {
		StringBuilder sql = new StringBuilder();
		Map<String, String> filters = Map.of("poor", "category = 'POOR'", "near", "category = 'NEAR_POOR'", "censored",
				"has_defs AND n_defs >= :k");
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
			case MPI_DEPRIVATIONS_PERSONS ->
				"coalesce(sum(n_defs * members) FILTER (WHERE has_defs AND n_defs >= :k), 0)";
		};
	}

	private static String count(String condition) {
		return "count(*) FILTER (WHERE " + condition + ")";
	}

	static long[] longs(Array array) throws SQLException {
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

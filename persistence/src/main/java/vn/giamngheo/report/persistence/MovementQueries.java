package vn.giamngheo.report.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.report.MovementTally;

/**
 * Counts the movement tables of communes for a period: each household's category at the
 * start (the previous period's official end, on the approved lists of the commune's units
 * of that period: the commune itself, or the units merged into it through
 * {@code area_succession}) against its category at the end (an approved list, or the
 * register for a period still open). The counting rule is {@link MovementTally}'s; this
 * class only groups households in SQL so a province is counted in one query.
 * <p>
 * A unit split between several successors hands its start to the first of them (lowest
 * id); households that went to another part show there as moved in and here as moved out,
 * so every table still reconciles and the province is still the sum of its units.
 */
@Repository
public class MovementQueries {

	private static final String UNITS = """
			units AS (
			    SELECT c AS commune, c AS unit FROM unnest(CAST(:communes AS bigint[])) c
			    UNION
			    SELECT s.successor_id, s.predecessor_id FROM area_succession s
			    WHERE s.successor_id = ANY (CAST(:communes AS bigint[]))
			      AND s.successor_id = (SELECT min(x.successor_id) FROM area_succession x
			                            WHERE x.predecessor_id = s.predecessor_id)
			), prev AS (
			    SELECT sh.household_id AS hid, s.commune_id AS unit, sh.category
			    FROM official_snapshot s JOIN official_snapshot_household sh ON sh.snapshot_id = s.id
			    WHERE s.year = :prev AND s.status = 'APPROVED' AND s.commune_id IN (SELECT unit FROM units)
			), starts AS (
			    SELECT p.hid, u.commune, p.category FROM prev p JOIN units u ON u.unit = p.unit
			    UNION ALL
			    -- No official list of the previous period for the commune (the first period on record): the start is
			    -- each household's category before this period's review.
			    SELECT e.hid, e.commune, e.previous_category FROM ends e
			    WHERE e.previous_category IS NOT NULL
			      AND NOT EXISTS (SELECT 1 FROM prev p JOIN units u ON u.unit = p.unit WHERE u.commune = e.commune)
			)
			SELECT coalesce(e.commune, s.commune) AS commune, s.category AS start_category, e.category AS end_category,
			       (s.hid IS NULL AND EXISTS (
			           SELECT 1 FROM official_snapshot s3 JOIN official_snapshot_household sh3 ON sh3.snapshot_id = s3.id
			           WHERE sh3.household_id = e.hid AND s3.year = :prev AND s3.status = 'APPROVED')) AS elsewhere,
			       (e.hid IS NOT NULL AND EXISTS (
			           SELECT 1 FROM official_snapshot s2 JOIN official_snapshot_household sh2 ON sh2.snapshot_id = s2.id
			           WHERE s2.year < :prev AND s2.status = 'APPROVED' AND sh2.household_id = e.hid
			             AND sh2.category = e.category)) AS before,
			       count(*) AS n
			FROM ends e FULL JOIN starts s ON s.hid = e.hid AND s.commune = e.commune
			GROUP BY 1, 2, 3, 4, 5
			""";

	private final NamedParameterJdbcTemplate jdbc;

	public MovementQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Tables of communes whose period is still open: the end is today's register
	 * (provisional).
	 */
	public Map<Long, MovementTally.Tables> live(int year, Set<Long> communes) {
		if (communes.isEmpty()) {
			return Map.of();
		}
		String ends = """
				WITH ends AS (
				    SELECT h.id AS hid, h.commune_id AS commune, h.category, CAST(NULL AS varchar) AS previous_category
				    FROM household h WHERE h.commune_id = ANY (CAST(:communes AS bigint[]))
				), """;
		return count(ends, new MapSqlParameterSource(), year, communes);
	}

	/** The tables of one freshly written snapshot (its households are the end). */
	public MovementTally.Tables ofSnapshot(long snapshotId, int year, long communeId) {
		String ends = """
				WITH ends AS (
				    SELECT sh.household_id AS hid, CAST(:commune AS bigint) AS commune, sh.category, sh.previous_category
				    FROM official_snapshot_household sh WHERE sh.snapshot_id = :snapshot
				), """;
		return count(ends, new MapSqlParameterSource("snapshot", snapshotId).addValue("commune", communeId), year,
				Set.of(communeId))
			.getOrDefault(communeId, MovementTally.Tables.EMPTY);
	}

	private Map<Long, MovementTally.Tables> count(String ends, MapSqlParameterSource p, int year, Set<Long> communes) {
		p.addValue("communes", communes.toArray(Long[]::new)).addValue("prev", year - 1);
		Map<Long, MovementTally> tallies = new HashMap<>();
		jdbc.query(ends + UNITS, p, rs -> {
			tallies.computeIfAbsent(rs.getLong("commune"), k -> new MovementTally())
				.add(category(rs.getString("start_category")), category(rs.getString("end_category")),
						rs.getBoolean("elsewhere"), rs.getBoolean("before"), rs.getLong("n"));
		});
		Map<Long, MovementTally.Tables> out = new HashMap<>();
		tallies.forEach((k, v) -> out.put(k, v.tables()));
		return out;
	}

	private static HouseholdCategory category(String name) {
		return name == null ? null : HouseholdCategory.valueOf(name);
	}

}

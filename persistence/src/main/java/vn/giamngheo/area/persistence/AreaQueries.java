package vn.giamngheo.area.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.AreaView;
import vn.giamngheo.shared.persistence.CacheConfiguration;

/**
 * Pick-lists and aggregated counts by area. Counts never name a person, so provincial
 * viewers may read them.
 */
@Repository
@Transactional(readOnly = true)
@NamedInterface("tree")
public class AreaQueries {

	private final NamedParameterJdbcTemplate jdbc;

	private final AreaRepository areas;

	private final AreaTree tree;

	public AreaQueries(NamedParameterJdbcTemplate jdbc, AreaRepository areas, AreaTree tree) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.tree = tree;
	}

	public record Option(long id, String name, long parentId) {
	}

	/** Communes the caller may list households of, in Vietnamese order. */
	@Cacheable(cacheNames = CacheConfiguration.AREA_OPTIONS, key = "{'communes', #scope}")
	public List<Option> communesOf(Scope scope) {
		if (!scope.mayListPeople() || scope.communeIds().isEmpty()) {
			return List.of();
		}
		return options("level = 'COMMUNE' AND id IN (:ids)", scope.communeIds());
	}

	/** Villages of the caller's communes. */
	@Cacheable(cacheNames = CacheConfiguration.AREA_OPTIONS, key = "{'villages', #scope}")
	public List<Option> villagesOf(Scope scope) {
		if (!scope.mayListPeople() || scope.communeIds().isEmpty()) {
			return List.of();
		}
		return options("level = 'VILLAGE' AND parent_id IN (:ids)", scope.communeIds());
	}

	private List<Option> options(String where, Collection<Long> ids) {
		return jdbc.query(
				"SELECT id, name, coalesce(parent_id, 0) AS parent_id FROM area WHERE " + where
						+ " ORDER BY name COLLATE vietnamese",
				new MapSqlParameterSource("ids", ids),
				(rs, i) -> new Option(rs.getLong("id"), rs.getString("name"), rs.getLong("parent_id")));
	}

	/**
	 * Household counts by category for one area and everything under it, summed from its
	 * communes.
	 */
	public record Counts(long areaId, String areaName, long households, long poor, long nearPoor, long averageLiving,
			long minorityHouseholds) {

		public double poorRate() {
			return households == 0 ? 0 : 100.0 * poor / households;
		}

		public double nearPoorRate() {
			return households == 0 ? 0 : 100.0 * nearPoor / households;
		}
	}

	/**
	 * One row per child area of {@code parentId} valid {@code on} the day (e.g. each
	 * district of a province), summed over its communes from the live working counts
	 * (V40), which the database keeps on every write. A child that has ended (a district
	 * after the 2025 reform) is replaced by its children still valid, so today's province
	 * lists its communes directly once the district level is gone
	 * ({@link AreaTree#unitsUnder}).
	 *
	 * <p>
	 * Only the communes whose figures {@code scope} reads are summed (a provincial
	 * viewer's province, an officer's communes), and a child holding none of them is left
	 * out: the query checks the scope instead of trusting its caller (issue 10).
	 */
	public List<Counts> countsByChild(long parentId, LocalDate on, Scope scope) {
		Set<Long> readable = tree.communesReadBy(scope);
		Map<Long, Long> rootOf = new HashMap<>();
		tree.unitsUnder(parentId, on)
			.forEach(
					(root, communes) -> communes.stream().filter(readable::contains).forEach(c -> rootOf.put(c, root)));
		if (rootOf.isEmpty()) {
			return List.of();
		}
		Map<Long, long[]> sums = new HashMap<>();
		jdbc.query("SELECT w.commune_id AS id, ''::text AS name," + SUMS + """
				FROM household_commune_count w WHERE w.commune_id IN (:communes) GROUP BY w.commune_id""",
				new MapSqlParameterSource("communes", rootOf.keySet()), rs -> {
					Counts c = counts(rs, 0);
					long[] into = sums.computeIfAbsent(rootOf.get(c.areaId()), k -> new long[5]);
					into[0] += c.households();
					into[1] += c.poor();
					into[2] += c.nearPoor();
					into[3] += c.averageLiving();
					into[4] += c.minorityHouseholds();
				});
		return jdbc.query("SELECT id, name FROM area WHERE id IN (:roots) ORDER BY name COLLATE vietnamese",
				new MapSqlParameterSource("roots", Set.copyOf(rootOf.values())), (rs, i) -> {
					long[] s = sums.getOrDefault(rs.getLong("id"), new long[5]);
					return new Counts(rs.getLong("id"), rs.getString("name"), s[0], s[1], s[2], s[3], s[4]);
				});
	}

	/**
	 * One row per commune of {@code communeIds} valid on {@code on}, grouped by the unit
	 * above (district or province) and in Vietnamese order within it, from the live
	 * working counts.
	 */
	public List<Counts> countsOfCommunes(Collection<Long> communeIds, LocalDate on) {
		if (communeIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query("""
				SELECT r.id, r.name,""" + SUMS + """
				FROM area r
				LEFT JOIN area p ON p.id = r.parent_id
				LEFT JOIN household_commune_count w ON w.commune_id = r.id
				WHERE r.id IN (:ids) AND r.level = 'COMMUNE' AND r.valid_from <= :on
				  AND (r.valid_to IS NULL OR r.valid_to >= :on)
				GROUP BY r.id, r.name, p.name
				ORDER BY p.name COLLATE vietnamese, r.name COLLATE vietnamese
				""", new MapSqlParameterSource("ids", communeIds).addValue("on", on), AreaQueries::counts);
	}

	private static final String SUMS = """

			       coalesce(sum(w.households), 0) AS households,
			       coalesce(sum(w.households) FILTER (WHERE w.category = 'POOR'), 0) AS poor,
			       coalesce(sum(w.households) FILTER (WHERE w.category = 'NEAR_POOR'), 0) AS near_poor,
			       coalesce(sum(w.households) FILTER (WHERE w.category = 'AVERAGE_LIVING'), 0) AS average_living,
			       coalesce(sum(w.households) FILTER (WHERE w.ethnicity <> 'KINH'), 0) AS minority
			""";

	private static Counts counts(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new Counts(rs.getLong("id"), rs.getString("name"), rs.getLong("households"), rs.getLong("poor"),
				rs.getLong("near_poor"), rs.getLong("average_living"), rs.getLong("minority"));
	}

	/**
	 * One area; cached, since every page shows area names, evicted by the writes that
	 * change units (an import, an end date, a reform). Read with SQL into the value, not
	 * through the entity: a JDBC write earlier in the same transaction (the reform's) is
	 * seen, which the persistence context's copy of the entity would hide.
	 */
	@Cacheable(CacheConfiguration.AREAS)
	public AreaView get(long id) {
		return find(id).orElseThrow(() -> new vn.giamngheo.shared.persistence.NotFoundException("area", id));
	}

	public Optional<AreaView> find(long id) {
		return views("id = :id", new MapSqlParameterSource("id", id)).stream().findFirst();
	}

	/**
	 * The unit with this official code (the General Statistics Office's code), at any
	 * level.
	 */
	public Optional<AreaView> byCode(String code) {
		return views("code = :code", new MapSqlParameterSource("code", code)).stream().findFirst();
	}

	/** The given units that exist, by name. */
	public List<AreaView> all(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : views("id IN (:ids)", new MapSqlParameterSource("ids", ids));
	}

	/** Every unit of one level, ended ones included, by name. */
	public List<AreaView> byLevel(AreaLevel level) {
		return views("level = :level", new MapSqlParameterSource("level", level.name()));
	}

	/** The units directly under one, ended ones included, by name. */
	public List<AreaView> children(long parentId) {
		return views("parent_id = :parent", new MapSqlParameterSource("parent", parentId));
	}

	/**
	 * The reforms a unit took part in, as predecessor or successor (the area pages show
	 * them).
	 */
	public List<AreaSuccession> successionsOf(long areaId) {
		return areas.findSuccessionsOf(areaId);
	}

	/** The unit directly above, if any. */
	public Optional<AreaView> parentOf(long id) {
		Long parent = get(id).parentId();
		return parent == null ? Optional.empty() : find(parent);
	}

	/**
	 * The province above a unit ({@link AreaTree#provinceOf}), or the unit itself when it
	 * has no parent. The tree holds no villages, so a village asks from its commune.
	 */
	public AreaView provinceOf(long id) {
		AreaView unit = get(id);
		return get(
				tree.provinceOf(unit.level() == AreaLevel.VILLAGE && unit.parentId() != null ? unit.parentId() : id));
	}

	/**
	 * In the order of the entity's repository ({@code OrderByName}), which the pages
	 * showed before.
	 */
	private List<AreaView> views(String where, MapSqlParameterSource params) {
		return jdbc.query("""
				SELECT id, code, name, level, kind, parent_id, area_type, especially_difficult, program_135,
				       ethnic_minority_region, valid_from, valid_to
				FROM area WHERE\s""" + where + " ORDER BY name, id", params, (rs, i) -> {
			long parent = rs.getLong("parent_id");
			Long parentId = rs.wasNull() ? null : parent;
			String type = rs.getString("area_type");
			java.sql.Date to = rs.getDate("valid_to");
			return new AreaView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					AreaLevel.valueOf(rs.getString("level")), vn.giamngheo.area.AreaKind.valueOf(rs.getString("kind")),
					parentId, type == null ? null : vn.giamngheo.area.AreaType.valueOf(type),
					rs.getBoolean("especially_difficult"), rs.getBoolean("program_135"),
					rs.getBoolean("ethnic_minority_region"), rs.getDate("valid_from").toLocalDate(),
					to == null ? null : to.toLocalDate());
		});
	}

}

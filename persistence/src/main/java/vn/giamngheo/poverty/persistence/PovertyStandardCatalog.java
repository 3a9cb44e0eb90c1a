package vn.giamngheo.poverty.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.AreaThresholds;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.PovertyStandards;
import vn.giamngheo.poverty.StandardBuilder;
import vn.giamngheo.poverty.StandardStatus;
import vn.giamngheo.shared.persistence.CacheConfiguration;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * Every poverty standard the application knows: the national ones shipped with the code
 * ({@link PovertyStandards#builtIn()}) plus those an administrator stored (provincial
 * standards, new versions). The merged registry is kept in Spring's cache
 * {@link CacheConfiguration#STANDARDS} (issue 12: no hand-made caches), because each
 * classification needs it and standards change a few times a decade; saving a standard
 * evicts it, and again once the transaction commits, so the next request sees it. The
 * cache is per JVM: a second node sees a new standard after the cache's expiry
 * (src-docs/developer/scaling.md).
 */
@Service
@NamedInterface("standards")
public class PovertyStandardCatalog {

	private final NamedParameterJdbcTemplate jdbc;

	private final Cache cache;

	/**
	 * What the cache holds: the merged registry and the admin list, both built from one
	 * reading.
	 */
	record Snapshot(PovertyStandards standards, List<CatalogEntry> entries) {
	}

	public PovertyStandardCatalog(NamedParameterJdbcTemplate jdbc, CacheManager caches) {
		this.jdbc = jdbc;
		this.cache = caches.getCache(CacheConfiguration.STANDARDS);
	}

	/**
	 * The registry to classify with: choose by province and date with
	 * {@link PovertyStandards#applicable}.
	 */
	public PovertyStandards standards() {
		return snapshot().standards();
	}

	/**
	 * All standards for the admin list: national first, then by jurisdiction, validity
	 * and version.
	 */
	public List<CatalogEntry> entries() {
		return snapshot().entries();
	}

	public Optional<CatalogEntry> find(String id, int version) {
		return entries().stream()
			.filter(e -> e.standard().id().equals(id) && e.standard().version() == version)
			.findFirst();
	}

	/** The next free version number for {@code id} (1 for a new id). */
	public int nextVersion(String id) {
		return entries().stream()
			.filter(e -> e.standard().id().equals(id))
			.mapToInt(e -> e.standard().version())
			.max()
			.orElse(0) + 1;
	}

	/**
	 * Stores a standard built (and so validated) by the engine.
	 * @throws FieldProblem on {@code standardId} when the id and version exist already,
	 * on {@code jurisdiction} when no province has that code
	 */
	@Transactional
	public void save(PovertyStandard standard, String username) {
		if (find(standard.id(), standard.version()).isPresent()) {
			throw new FieldProblem("standardId", "poverty.standard.duplicate");
		}
		if (!standard.isNational() && !Boolean.TRUE
			.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM area WHERE code = :code AND level = 'PROVINCE')",
					new MapSqlParameterSource("code", standard.jurisdiction()), Boolean.class))) {
			throw new FieldProblem("jurisdiction", "poverty.standard.jurisdiction.unknown");
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(
				"""
						INSERT INTO poverty_standard (standard_id, version, jurisdiction, valid_from, valid_to, status,
						    indicator_codes, min_deficiencies, b2_points_per_deficiency, legal_reference, unconfirmed, created_by,
						    %s)
						VALUES (:id, :version, :jurisdiction, :validFrom, :validTo, :status, :indicators, :min, :b2, :legal,
						    :unconfirmed, :by, %s)
						"""
					.formatted(String.join(", ", CUTOFF_COLUMNS.values()),
							CUTOFF_COLUMNS.keySet().stream().map(name -> ":" + name).collect(Collectors.joining(", "))),
				cutoffs(new MapSqlParameterSource(), standard.cutoffs()).addValue("id", standard.id())
					.addValue("version", standard.version())
					.addValue("jurisdiction", standard.jurisdiction())
					.addValue("validFrom", standard.validFrom())
					.addValue("validTo", standard.validTo())
					.addValue("status", standard.status().name())
					.addValue("indicators", standard.indicatorCodes().toArray(String[]::new))
					.addValue("min", standard.minDeficiencies())
					.addValue("b2",
							standard.b2PointsPerDeficiency().isPresent() ? standard.b2PointsPerDeficiency().getAsInt()
									: null)
					.addValue("legal", standard.legalReference())
					.addValue("unconfirmed", standard.unconfirmed().toArray(String[]::new))
					.addValue("by", username),
				key, new String[] { "id" });
		long pk = key.getKey().longValue();
		for (AreaType area : AreaType.values()) {
			AreaThresholds t = standard.thresholds(area);
			jdbc.update("""
					INSERT INTO poverty_standard_threshold (standard_pk, area_type, absolute_poor_line, income_line,
					    average_living_ceiling, b1_cutoff)
					VALUES (:pk, :area, :absolute, :line, :ceiling, :b1)
					""",
					new MapSqlParameterSource("pk", pk).addValue("area", area.name())
						.addValue("absolute", t.absolutePoorLine())
						.addValue("line", t.incomeLine())
						.addValue("ceiling", t.averageLivingCeiling())
						.addValue("b1", t.b1Cutoff()));
		}
		refresh();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// A reader between the insert and the commit may have cached the old state:
			// drop it again after commit.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					refresh();
				}
			});
		}
	}

	/** The columns of V80 by cut-off name ({@link IndicatorCutoffs#byName()}). */
	static final Map<String, String> CUTOFF_COLUMNS = IndicatorCutoffs.DECREE_07_2021.byName()
		.keySet()
		.stream()
		.collect(Collectors.toMap(name -> name, PovertyStandardCatalog::column, (a, b) -> a, LinkedHashMap::new));

	/** workingAgeMin → working_age_min. */
	private static String column(String name) {
		return name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
	}

	private static MapSqlParameterSource cutoffs(MapSqlParameterSource p, IndicatorCutoffs cutoffs) {
		cutoffs.byName().forEach(p::addValue);
		return p;
	}

	private static IndicatorCutoffs cutoffs(ResultSet rs) throws SQLException {
		Map<String, Number> values = new LinkedHashMap<>();
		for (Map.Entry<String, String> c : CUTOFF_COLUMNS.entrySet()) {
			values.put(c.getKey(), (Number) rs.getObject(c.getValue()));
		}
		// BigDecimal for the area, Integer for the ages: IndicatorCutoffs.of takes each
		// as the number it needs
		return IndicatorCutoffs.of(values, IndicatorCutoffs.DECREE_07_2021);
	}

	/** Drops the cache; the next call reads the database again. */
	public void refresh() {
		cache.evict(SNAPSHOT);
	}

	private static final String SNAPSHOT = "all";

	private Snapshot snapshot() {
		return cache.get(SNAPSHOT, this::load);
	}

	private Snapshot load() {
		PovertyStandards registry = PovertyStandards.builtIn();
		List<CatalogEntry> entries = new ArrayList<>();
		registry.all().forEach(standard -> entries.add(new CatalogEntry(standard, true, null, null)));
		Map<Long, StandardBuilder> builders = new LinkedHashMap<>();
		Map<Long, Object[]> audit = new LinkedHashMap<>();
		jdbc.query("SELECT * FROM poverty_standard ORDER BY id", rs -> {
			long pk = rs.getLong("id");
			StandardBuilder b = PovertyStandard.builder(rs.getString("standard_id"), rs.getInt("version"))
				.jurisdiction(rs.getString("jurisdiction"))
				.valid(rs.getObject("valid_from", java.time.LocalDate.class),
						rs.getObject("valid_to", java.time.LocalDate.class))
				.status(StandardStatus.valueOf(rs.getString("status")))
				.indicators(strings(rs.getArray("indicator_codes")))
				.minDeficiencies(rs.getInt("min_deficiencies"))
				.b2PointsPerDeficiency((Integer) rs.getObject("b2_points_per_deficiency"))
				.cutoffs(cutoffs(rs))
				.legalReference(rs.getString("legal_reference"));
			strings(rs.getArray("unconfirmed")).forEach(b::unconfirmed);
			builders.put(pk, b);
			Timestamp at = rs.getTimestamp("created_at");
			audit.put(pk, new Object[] { rs.getString("created_by"), at.toInstant() });
		});
		jdbc.query("SELECT * FROM poverty_standard_threshold", rs -> {
			builders.get(rs.getLong("standard_pk"))
				.thresholds(AreaType.valueOf(rs.getString("area_type")),
						new AreaThresholds(longOrNull(rs, "absolute_poor_line"), rs.getLong("income_line"),
								longOrNull(rs, "average_living_ceiling"), (Integer) rs.getObject("b1_cutoff")));
		});
		for (Map.Entry<Long, StandardBuilder> e : builders.entrySet()) {
			PovertyStandard standard = e.getValue().build();
			registry = registry.with(standard);
			Object[] a = audit.get(e.getKey());
			entries.add(new CatalogEntry(standard, false, (String) a[0], (java.time.Instant) a[1]));
		}
		entries.sort(Comparator.comparing((CatalogEntry e) -> e.standard().jurisdiction())
			.thenComparing(e -> e.standard().validFrom())
			.thenComparing(e -> e.standard().id())
			.thenComparingInt(e -> e.standard().version()));
		return new Snapshot(registry, List.copyOf(entries));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Long longOrNull(ResultSet rs, String column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : v;
	}

}

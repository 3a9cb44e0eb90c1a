package vn.giamngheo.plan.persistence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.plan.persistence.PlanRecords.Actual;
import vn.giamngheo.plan.persistence.PlanRecords.Allocation;
import vn.giamngheo.plan.persistence.PlanRecords.Commune;
import vn.giamngheo.plan.persistence.PlanRecords.Plan;
import vn.giamngheo.plan.persistence.PlanRecords.Target;
import vn.giamngheo.shared.persistence.NotFoundException;

/**
 * The rows of plans, targets, allocations and actuals, read through {@link JdbcClient}
 * into the records of {@link PlanRecords} (columns match the records' components by
 * name). No scope here: the use-case classes check it with {@link PlanAccess} before they
 * read or write.
 */
@Repository
class PlanRows {

	private static final String PLAN_SELECT = """
			SELECT p.*, a.name AS area_name FROM plan p JOIN area a ON a.id = p.area_id""";

	private static final String ACTUAL_SELECT = """
			SELECT t.*, c.name AS commune_name FROM target_actual t LEFT JOIN area c ON c.id = t.commune_id""";

	private final JdbcClient jdbc;

	private final vn.giamngheo.area.persistence.AreaTree tree;

	PlanRows(NamedParameterJdbcTemplate jdbc, vn.giamngheo.area.persistence.AreaTree tree) {
		this.jdbc = JdbcClient.create(jdbc);
		this.tree = tree;
	}

	/**
	 * Plans with at least one commune of {@code communes} in their area, newest first.
	 */
	List<Plan> plansReaching(Set<Long> communes) {
		return jdbc.sql(PLAN_SELECT + """

				WHERE EXISTS (SELECT 1 FROM area c WHERE (c.parent_id = p.area_id OR c.id = p.area_id)
				              AND c.level = 'COMMUNE' AND c.id IN (:scope))
				ORDER BY p.year DESC, p.issued_on DESC, p.id DESC""").param("scope", communes).query(Plan.class).list();
	}

	Plan plan(long id) {
		return jdbc.sql(PLAN_SELECT + " WHERE p.id = :id")
			.param("id", id)
			.query(Plan.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("plan", id));
	}

	Target target(long id) {
		return jdbc.sql("SELECT * FROM plan_target WHERE id = :id")
			.param("id", id)
			.query(Target.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("target", id));
	}

	List<Target> targetsOf(long planId) {
		return jdbc.sql("SELECT * FROM plan_target WHERE plan_id = :id ORDER BY position, id")
			.param("id", planId)
			.query(Target.class)
			.list();
	}

	List<Allocation> allocationsOf(long targetId) {
		return jdbc.sql("""
				SELECT a.*, c.name AS commune_name FROM target_allocation a JOIN area c ON c.id = a.commune_id
				WHERE a.target_id = :id ORDER BY c.name COLLATE vietnamese""")
			.param("id", targetId)
			.query(Allocation.class)
			.list();
	}

	/** Every figure entered for a target, newest first. */
	List<Actual> actualsOf(long targetId) {
		return jdbc.sql(ACTUAL_SELECT + " WHERE t.target_id = :id ORDER BY t.as_of DESC, t.id DESC")
			.param("id", targetId)
			.query(Actual.class)
			.list();
	}

	/**
	 * The latest figure entered for a target per commune, and under the key null for the
	 * whole plan area.
	 */
	Map<Long, Actual> latestActuals(long targetId) {
		Map<Long, Actual> latest = new LinkedHashMap<>();
		jdbc.sql(ACTUAL_SELECT.replace("SELECT t.*", "SELECT DISTINCT ON (t.commune_id) t.*")
				+ " WHERE t.target_id = :id ORDER BY t.commune_id, t.as_of DESC, t.id DESC")
			.param("id", targetId)
			.query(Actual.class)
			.list()
			.forEach(a -> latest.put(a.communeId(), a));
		return latest;
	}

	/**
	 * Communes of an area: its communes when it is a district (or province: all below),
	 * itself when a commune.
	 */
	List<Commune> communesOfArea(long areaId) {
		Set<Long> communes = tree.communesUnder(areaId);
		if (communes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT id, name FROM area WHERE id IN (:ids) ORDER BY name COLLATE vietnamese")
			.param("ids", communes)
			.query(Commune.class)
			.list();
	}

	/**
	 * The day the report sums of these communes for {@code year} were last refreshed
	 * (Vietnam time), or null.
	 */
	LocalDate dataDate(int year, Set<Long> communes) {
		if (communes.isEmpty()) {
			return null;
		}
		java.sql.Timestamp at = jdbc
			.sql("SELECT max(refreshed_at) FROM area_summary WHERE year = :year AND commune_id IN (:c)")
			.param("year", year)
			.param("c", communes)
			.query(java.sql.Timestamp.class)
			.optional()
			.orElse(null);
		return at == null ? null : at.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
	}

	/**
	 * Marks the plan as changed by {@code user}, so a form opened on an older version is
	 * refused.
	 */
	void touch(long planId, String user) {
		jdbc.sql("UPDATE plan SET updated_by = :user, updated_at = now(), version = version + 1 WHERE id = :id")
			.param("id", planId)
			.param("user", user)
			.update();
	}

}

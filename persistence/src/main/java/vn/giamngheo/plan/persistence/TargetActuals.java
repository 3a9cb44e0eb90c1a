package vn.giamngheo.plan.persistence;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.plan.persistence.PlanRecords.Actual;
import vn.giamngheo.plan.persistence.PlanRecords.Plan;
import vn.giamngheo.plan.persistence.PlanRecords.Target;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * The figures officers enter for targets the data does not hold (jobs, workers abroad,
 * trained workers, ...), for one commune or for the whole plan area, each as it stood on
 * a day. Figures of data-held targets are never entered.
 */
@Service
@Transactional
public class TargetActuals {

	private final PlanRows rows;

	private final PlanAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	TargetActuals(PlanRows rows, PlanAccess access, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.rows = rows;
		this.access = access;
		this.jdbc = JdbcClient.create(jdbc);
		this.clock = clock;
	}

	/**
	 * The figures entered for a target, newest first: the caller's communes', and the
	 * whole area's for those who read the whole area.
	 */
	@Transactional(readOnly = true)
	public List<Actual> actuals(long targetId, Scope scope) {
		Target target = rows.target(targetId);
		Plan plan = access.visible(target.planId(), scope);
		Set<Long> visible = access.visibleCommunes(plan, scope);
		boolean wholeArea = access.mayReadWholeArea(scope);
		return rows.actualsOf(targetId)
			.stream()
			.filter(a -> a.communeId() == null ? wholeArea : visible.contains(a.communeId()))
			.toList();
	}

	/**
	 * Records an officer's figure for one commune or, with {@code communeId} null, for
	 * the whole plan area, as it stood on {@code asOf}.
	 */
	public long recordActual(long targetId, Long communeId, BigDecimal value, LocalDate asOf, String note, Scope scope,
			String user) {
		access.requirePlanManager(scope);
		Target target = rows.target(targetId);
		Plan plan = access.editable(target.planId(), scope);
		if (target.indicator().computed()) {
			throw new FieldProblem("value", "plan.actual.computed");
		}
		if (!target.kind().admits(value)) {
			throw new FieldProblem("value", "plan.actual.invalid");
		}
		if (asOf == null || asOf.isAfter(LocalDate.now(clock))) {
			throw new FieldProblem("asOf", "plan.actual.future");
		}
		if (communeId != null && rows.communesOfArea(plan.areaId()).stream().noneMatch(c -> c.id() == communeId)) {
			throw new FieldProblem("communeId", "plan.allocation.notInArea");
		}
		return jdbc.sql("""
				INSERT INTO target_actual (target_id, commune_id, value, as_of, note, entered_by)
				VALUES (:target, :commune, :value, :asOf, :note, :user) RETURNING id""")
			.param("target", targetId)
			.param("commune", communeId)
			.param("value", value)
			.param("asOf", asOf)
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("user", user)
			.query(Long.class)
			.single();
	}

}

package vn.giamngheo.plan.persistence;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.plan.persistence.PlanRecords.Plan;
import vn.giamngheo.plan.persistence.PlanRecords.Target;
import vn.giamngheo.plan.persistence.PlanRecords.TargetCommand;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * The targets of a plan: reading them, and adding, changing and removing one (district
 * officers, or the commune that owns its plan, see {@link PlanAccess}).
 */
@Service
@Transactional
public class PlanTargets {

	private static final BigDecimal MAX_VALUE = new BigDecimal("999999999999");

	private static final BigDecimal MAX_BASELINE = new BigDecimal("99999");

	private final PlanRows rows;

	private final PlanAccess access;

	private final JdbcClient jdbc;

	PlanTargets(PlanRows rows, PlanAccess access, NamedParameterJdbcTemplate jdbc) {
		this.rows = rows;
		this.access = access;
		this.jdbc = JdbcClient.create(jdbc);
	}

	@Transactional(readOnly = true)
	public List<Target> targets(long planId, Scope scope) {
		access.visible(planId, scope);
		return rows.targetsOf(planId);
	}

	@Transactional(readOnly = true)
	public Target target(long targetId, Scope scope) {
		Target target = rows.target(targetId);
		access.visible(target.planId(), scope);
		return target;
	}

	public long addTarget(long planId, TargetCommand command, Scope scope, String user) {
		access.editable(planId, scope);
		check(command);
		int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM plan_target WHERE plan_id = :p")
			.param("p", planId)
			.query(Integer.class)
			.single();
		long id = bind(jdbc.sql("""
				INSERT INTO plan_target (plan_id, position, indicator, kind, label, value, baseline)
				VALUES (:plan, :position, :indicator, :kind, :label, :value, :baseline) RETURNING id"""), command)
			.param("plan", planId)
			.param("position", position)
			.query(Long.class)
			.single();
		rows.touch(planId, user);
		return id;
	}

	public void updateTarget(long targetId, long expectedVersion, TargetCommand command, Scope scope, String user) {
		access.requirePlanManager(scope);
		Target target = rows.target(targetId);
		Plan plan = access.editable(target.planId(), scope);
		if (target.version() != expectedVersion) {
			throw new ConcurrentEditException(plan.updatedBy());
		}
		check(command);
		bind(jdbc.sql("""
				UPDATE plan_target SET indicator = :indicator, kind = :kind, label = :label, value = :value,
				       baseline = :baseline, version = version + 1 WHERE id = :id"""), command).param("id", targetId)
			.update();
		rows.touch(plan.id(), user);
	}

	public void removeTarget(long targetId, Scope scope, String user) {
		access.requirePlanManager(scope);
		Target target = rows.target(targetId);
		access.editable(target.planId(), scope);
		jdbc.sql("DELETE FROM plan_target WHERE id = :id").param("id", targetId).update();
		rows.touch(target.planId(), user);
	}

	private static void check(TargetCommand c) {
		if (c.indicator() == null) {
			throw new FieldProblem("indicator", "plan.target.indicator.required");
		}
		if (c.kind() == null || !c.indicator().accepts(c.kind())) {
			throw new FieldProblem("kind", "plan.target.kind.invalid");
		}
		if (!c.kind().admits(c.value())) {
			throw new FieldProblem("value", "plan.target.value.invalid");
		}
		if (c.label() == null || c.label().isBlank()) {
			throw new FieldProblem("label", "plan.target.label.required");
		}
		Plans.tooLong("label", c.label(), 300);
		if (c.value().compareTo(MAX_VALUE) > 0) {
			throw new FieldProblem("value", "plan.target.value.invalid");
		}
		if (c.baseline() != null && (c.baseline().signum() < 0 || c.baseline().compareTo(MAX_BASELINE) > 0)) {
			throw new FieldProblem("baseline", "plan.target.baseline.invalid");
		}
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, TargetCommand c) {
		return sql.param("indicator", c.indicator().name())
			.param("kind", c.kind().name())
			.param("label", c.label().strip())
			.param("value", c.value())
			.param("baseline", c.baseline());
	}

}

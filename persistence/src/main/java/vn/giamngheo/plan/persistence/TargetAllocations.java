package vn.giamngheo.plan.persistence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.plan.AllocationCheck;
import vn.giamngheo.plan.IndicatorFigures;
import vn.giamngheo.plan.persistence.PlanRecords.Allocation;
import vn.giamngheo.plan.persistence.PlanRecords.AllocationCommand;
import vn.giamngheo.plan.persistence.PlanRecords.Plan;
import vn.giamngheo.plan.persistence.PlanRecords.Target;
import vn.giamngheo.report.AreaFigures;
import vn.giamngheo.report.persistence.ReportQueries;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * A target's allocation to the communes of the plan area (the plan's appendix), and the
 * check that the communes' shares add up to the target ({@link AllocationCheck}, with
 * each rate weighed by the commune's base from the data where the officer entered none).
 */
@Service
@Transactional
public class TargetAllocations {

	private final PlanRows rows;

	private final PlanAccess access;

	private final ReportQueries reports;

	private final JdbcClient jdbc;

	TargetAllocations(PlanRows rows, PlanAccess access, ReportQueries reports, NamedParameterJdbcTemplate jdbc) {
		this.rows = rows;
		this.access = access;
		this.reports = reports;
		this.jdbc = JdbcClient.create(jdbc);
	}

	/** The target's allocations to the communes the caller may see. */
	@Transactional(readOnly = true)
	public List<Allocation> allocations(long targetId, Scope scope) {
		Target target = rows.target(targetId);
		Plan plan = access.visible(target.planId(), scope);
		Set<Long> visible = access.visibleCommunes(plan, scope);
		return rows.allocationsOf(targetId).stream().filter(a -> visible.contains(a.communeId())).toList();
	}

	/**
	 * Replaces a target's allocation to communes and returns the check that they add up
	 * to the target. Allocations that do not add up are kept (officers enter an appendix
	 * a commune at a time) and the plan page shows the difference until they do.
	 */
	public AllocationCheck.Result allocate(long targetId, long expectedVersion, List<AllocationCommand> allocations,
			Scope scope, String user) {
		access.requirePlanManager(scope);
		Target target = rows.target(targetId);
		Plan plan = access.editable(target.planId(), scope);
		if (target.version() != expectedVersion) {
			throw new ConcurrentEditException(plan.updatedBy());
		}
		Set<Long> communes = new TreeSet<>();
		rows.communesOfArea(plan.areaId()).forEach(c -> communes.add(c.id()));
		for (AllocationCommand a : allocations) {
			if (!communes.contains(a.communeId())) {
				throw new FieldProblem("allocations", "plan.allocation.notInArea");
			}
			if (!target.kind().admits(a.value())) {
				throw new FieldProblem("allocations", "plan.allocation.invalid");
			}
		}
		jdbc.sql("DELETE FROM target_allocation WHERE target_id = :id").param("id", targetId).update();
		for (AllocationCommand a : allocations) {
			jdbc.sql("""
					INSERT INTO target_allocation (target_id, commune_id, value, base, baseline)
					VALUES (:id, :commune, :value, :base, :baseline)""")
				.param("id", targetId)
				.param("commune", a.communeId())
				.param("value", a.value())
				.param("base", a.base())
				.param("baseline", a.baseline())
				.update();
		}
		jdbc.sql("UPDATE plan_target SET version = version + 1 WHERE id = :id").param("id", targetId).update();
		rows.touch(plan.id(), user);
		return check(target, plan, rows.allocationsOf(targetId), scope);
	}

	/**
	 * Whether {@code allocations} add up to the target; null when nothing is allocated. A
	 * rate's commune without an entered base weighs by its data base of the year before
	 * the plan (of the plan year when the data holds no earlier one).
	 */
	AllocationCheck.Result check(Target target, Plan plan, List<Allocation> allocations, Scope scope) {
		if (allocations.isEmpty()) {
			return null;
		}
		Set<Long> ids = new TreeSet<>();
		allocations.forEach(a -> ids.add(a.communeId()));
		Map<Long, AreaFigures> baseFigures = target.kind().additive() ? Map.of() : baseFigures(plan, ids, scope);
		List<AllocationCheck.Share> shares = allocations.stream()
			.map(a -> new AllocationCheck.Share(a.communeId(), a.value(),
					a.base() != null ? a.base()
							: IndicatorFigures.base(target.indicator(), baseFigures.get(a.communeId()))))
			.toList();
		return AllocationCheck.check(target.kind(), target.value(), shares);
	}

	private Map<Long, AreaFigures> baseFigures(Plan plan, Set<Long> communes, Scope scope) {
		Map<Long, AreaFigures> before = reports.figuresOf(plan.year() - 1, plan.areaId(), communes, scope);
		return before.isEmpty() ? reports.figuresOf(plan.year(), plan.areaId(), communes, scope) : before;
	}

}

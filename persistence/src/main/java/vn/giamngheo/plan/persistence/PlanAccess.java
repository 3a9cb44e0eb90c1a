package vn.giamngheo.plan.persistence;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.plan.persistence.PlanRecords.Commune;
import vn.giamngheo.plan.persistence.PlanRecords.Plan;
import vn.giamngheo.report.persistence.ReportQueries;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Who may see and who may change which plan: the one home of the plan feature's
 * permission questions.
 * <ul>
 * <li>A plan is <b>visible</b> to a caller with at least one commune of its area:
 * district officers and the province see the whole area, a commune official their own
 * commune's part.</li>
 * <li>A plan is <b>editable</b> by a caller who {@link #mayEdit(Scope) may edit plans at
 * all} and whose communes hold the plan's whole area.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class PlanAccess {

	private final PlanRows rows;

	private final ReportQueries reports;

	private final JdbcClient jdbc;

	private final vn.giamngheo.area.persistence.AreaTree tree;

	PlanAccess(PlanRows rows, ReportQueries reports, NamedParameterJdbcTemplate jdbc,
			vn.giamngheo.area.persistence.AreaTree tree) {
		this.tree = tree;
		this.rows = rows;
		this.reports = reports;
		this.jdbc = JdbcClient.create(jdbc);
	}

	/**
	 * Whether the caller may make plans and enter figures at all: district (or provincial
	 * department) officers, and a commune official where the commune's province lets
	 * communes own their plan (issue 14, table province_plan_setting, V66). Which plans:
	 * those wholly within the caller's communes ({@link #editable}), so a commune
	 * official reaches only the plan of their own commune.
	 */
	public boolean mayEdit(Scope scope) {
		// Only a commune official's answer depends on the province's setting; nobody else
		// pays for the look-up.
		boolean communeOwnsPlan = scope.role() == Role.COMMUNE_OFFICIAL && !scope.communeIds().isEmpty()
				&& communeOwnsPlan(scope.communeIds());
		return scope.mayManagePlans(communeOwnsPlan);
	}

	/**
	 * Whether the caller may edit this plan (the pages show the forms only then; the
	 * writes check again).
	 */
	public boolean mayEdit(long planId, Scope scope) {
		return mayEdit(scope) && holdsWholeArea(rows.plan(planId).areaId(), scope);
	}

	/**
	 * District officers and the province read the whole plan area; a commune official
	 * only their commune.
	 */
	boolean mayReadWholeArea(Scope scope) {
		return scope.mayReadWholePlanArea();
	}

	/** The plan, when the caller sees any of it; else {@link OutOfScopeException}. */
	Plan visible(long planId, Scope scope) {
		Plan plan = rows.plan(planId);
		if (visibleCommunes(plan, scope).isEmpty()) {
			throw new OutOfScopeException("plan " + planId + " is outside the caller's scope");
		}
		return plan;
	}

	/**
	 * Communes of the plan's area that the caller may see; empty when the plan is outside
	 * the scope.
	 */
	Set<Long> visibleCommunes(Plan plan, Scope scope) {
		Set<Long> mine = reports.communesOf(scope);
		Set<Long> visible = new TreeSet<>();
		for (Commune c : rows.communesOfArea(plan.areaId())) {
			if (mine.contains(c.id())) {
				visible.add(c.id());
			}
		}
		return visible;
	}

	/** The plan, when the caller may change it; else {@link OutOfScopeException}. */
	Plan editable(long planId, Scope scope) {
		requirePlanManager(scope);
		Plan plan = rows.plan(planId);
		if (!holdsWholeArea(plan.areaId(), scope)) {
			throw new OutOfScopeException("plan " + planId + " is not wholly within the caller's communes");
		}
		return plan;
	}

	/**
	 * Refuses a caller who may not make or change plans at all
	 * ({@link Scope#mayManagePlans}).
	 */
	void requirePlanManager(Scope scope) {
		if (!mayEdit(scope)) {
			throw new OutOfScopeException("role " + scope.role() + " may not edit plans");
		}
	}

	/**
	 * Every commune of the area is the caller's (an area without communes is nobody's).
	 */
	boolean holdsWholeArea(long areaId, Scope scope) {
		List<Commune> communes = rows.communesOfArea(areaId);
		return !communes.isEmpty() && communes.stream().allMatch(c -> scope.communeIds().contains(c.id()));
	}

	/** Every commune's province has turned on "the commune owns its plan". */
	private boolean communeOwnsPlan(Set<Long> communeIds) {
		Set<Long> provinces = new TreeSet<>();
		communeIds.forEach(c -> provinces.add(tree.provinceOf(c)));
		List<Long> owning = jdbc.sql("""
				SELECT province_id FROM province_plan_setting WHERE commune_owns_plan AND province_id IN (:p)""")
			.param("p", provinces)
			.query(Long.class)
			.list();
		return owning.containsAll(provinces);
	}

}

package vn.giamngheo.plan.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.plan.AllocationCheck;
import vn.giamngheo.plan.AreaActual;
import vn.giamngheo.plan.IndicatorFigures;
import vn.giamngheo.plan.Progress;
import vn.giamngheo.plan.persistence.PlanRecords.Actual;
import vn.giamngheo.plan.persistence.PlanRecords.Allocation;
import vn.giamngheo.plan.persistence.PlanRecords.Commune;
import vn.giamngheo.plan.persistence.PlanRecords.CommuneProgress;
import vn.giamngheo.plan.persistence.PlanRecords.Plan;
import vn.giamngheo.plan.persistence.PlanRecords.Target;
import vn.giamngheo.plan.persistence.PlanRecords.TargetProgress;
import vn.giamngheo.report.AreaFigures;
import vn.giamngheo.report.Coverage;
import vn.giamngheo.report.persistence.ReportQueries;

/**
 * Where a plan stands: every target's figure for the plan area and for each commune, from
 * the data (approved reviews or the register, via the report sums) or as entered,
 * measured by {@link Progress}. The arithmetic is core-domain's
 * ({@link IndicatorFigures}, {@link AreaActual}, {@link Progress},
 * {@link AllocationCheck}); this class gathers the figures within the caller's scope.
 */
@Service
@Transactional(readOnly = true)
public class PlanProgress {

	private static final String DATA = "DATA";

	private static final String ENTERED = "ENTERED";

	private final PlanRows rows;

	private final PlanAccess access;

	private final TargetAllocations allocations;

	private final ReportQueries reports;

	PlanProgress(PlanRows rows, PlanAccess access, TargetAllocations allocations, ReportQueries reports) {
		this.rows = rows;
		this.access = access;
		this.allocations = allocations;
		this.reports = reports;
	}

	/**
	 * How many communes of the plan's area have an approved list for the plan's year:
	 * progress computed from data is provisional until every one has (issue 9, "complete
	 * or flagged").
	 */
	public Coverage coverage(long planId, Scope scope) {
		Plan plan = access.visible(planId, scope);
		return reports.ofCommunes(plan.year(), allCommunes(plan)).coverage();
	}

	/**
	 * Progress of every target of a plan on {@code today}, for the communes the caller
	 * may see.
	 */
	public List<TargetProgress> progress(long planId, Scope scope, LocalDate today) {
		Plan plan = access.visible(planId, scope);
		Set<Long> visible = access.visibleCommunes(plan, scope);
		Figures figures = figures(plan, scope);
		boolean wholeArea = access.mayReadWholeArea(scope);
		List<Commune> communes = rows.communesOfArea(plan.areaId())
			.stream()
			.filter(c -> visible.contains(c.id()))
			.toList();
		List<TargetProgress> out = new ArrayList<>();
		for (Target target : rows.targetsOf(planId)) {
			Map<Long, Allocation> allocated = new HashMap<>();
			rows.allocationsOf(target.id()).forEach(a -> allocated.put(a.communeId(), a));
			Map<Long, Actual> latest = rows.latestActuals(target.id());
			List<CommuneProgress> communeRows = communes.stream()
				.map(c -> commune(plan, target, c, allocated.get(c.id()), latest.get(c.id()), figures, today))
				.toList();
			Stand area = wholeArea ? area(target, allocated, latest, figures) : Stand.NONE;
			BigDecimal baseline = target.baseline() != null ? target.baseline()
					: IndicatorFigures.actual(target.indicator(), IndicatorFigures.sum(figures.before().values()));
			Progress.Result progress = Progress.of(target.kind(), target.value(), baseline, area.actual(), plan.year(),
					today);
			AllocationCheck.Result check = wholeArea
					? allocations.check(target, plan, new ArrayList<>(allocated.values()), scope) : null;
			out.add(new TargetProgress(target, area.actual(), area.asOf(), area.source(), progress, check,
					communeRows));
		}
		return out;
	}

	/**
	 * One commune on one target; without an allocation it has no plan to measure against
	 * (NO_DATA).
	 */
	private static CommuneProgress commune(Plan plan, Target target, Commune c, Allocation allocation, Actual entered,
			Figures figures, LocalDate today) {
		BigDecimal baseline = allocation != null && allocation.baseline() != null ? allocation.baseline()
				: IndicatorFigures.actual(target.indicator(), figures.before().get(c.id()));
		Stand stand;
		if (target.indicator().computed()) {
			stand = Stand.data(IndicatorFigures.actual(target.indicator(), figures.now().get(c.id())), figures.date());
		}
		else {
			stand = entered == null ? Stand.NONE : new Stand(entered.value(), entered.asOf(), ENTERED);
		}
		BigDecimal planned = allocation == null ? null : allocation.value();
		Progress.Result progress = planned == null
				? Progress.of(target.kind(), BigDecimal.ZERO, null, null, plan.year(), today)
				: Progress.of(target.kind(), planned, baseline, stand.actual(), plan.year(), today);
		return new CommuneProgress(c.id(), c.name(), planned, stand.actual(), stand.asOf(), stand.source(), progress);
	}

	/**
	 * The whole plan area on one target: from the data, or what was entered for it or its
	 * communes.
	 */
	private static Stand area(Target target, Map<Long, Allocation> allocated, Map<Long, Actual> latest,
			Figures figures) {
		if (target.indicator().computed()) {
			return Stand.data(IndicatorFigures.actual(target.indicator(), IndicatorFigures.sum(figures.now().values())),
					figures.date());
		}
		Actual whole = latest.get(null);
		List<AreaActual.CommuneFigure> communes = latest.entrySet().stream().filter(e -> e.getKey() != null).map(e -> {
			Allocation a = allocated.get(e.getKey());
			return new AreaActual.CommuneFigure(e.getValue().value(), e.getValue().asOf(), a == null ? null : a.base());
		}).toList();
		Optional<AreaActual.Entered> actual = AreaActual.of(target.kind(),
				whole == null ? null : new AreaActual.Entered(whole.value(), whole.asOf()), communes);
		return actual.map(a -> new Stand(a.value(), a.asOf(), a.value() == null ? null : ENTERED)).orElse(Stand.NONE);
	}

	/**
	 * The report sums of the plan's communes for the plan year and the year before, and
	 * when they were refreshed.
	 */
	private Figures figures(Plan plan, Scope scope) {
		Set<Long> all = allCommunes(plan);
		return new Figures(reports.figuresOf(plan.year(), plan.areaId(), all, scope),
				reports.figuresOf(plan.year() - 1, plan.areaId(), all, scope), rows.dataDate(plan.year(), all));
	}

	private Set<Long> allCommunes(Plan plan) {
		Set<Long> all = new TreeSet<>();
		rows.communesOfArea(plan.areaId()).forEach(c -> all.add(c.id()));
		return all;
	}

	private record Figures(Map<Long, AreaFigures> now, Map<Long, AreaFigures> before, LocalDate date) {
	}

	/**
	 * A figure, its day and where it comes from ({@code DATA} or {@code ENTERED}); all
	 * null when there is none.
	 */
	private record Stand(BigDecimal actual, LocalDate asOf, String source) {

		static final Stand NONE = new Stand(null, null, null);

		static Stand data(BigDecimal actual, LocalDate date) {
			return actual == null ? NONE : new Stand(actual, date, DATA);
		}
	}

}

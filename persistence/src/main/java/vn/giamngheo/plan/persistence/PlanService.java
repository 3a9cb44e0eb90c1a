package vn.giamngheo.plan.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.plan.AllocationCheck;
import vn.giamngheo.plan.Progress;
import vn.giamngheo.plan.TargetIndicator;
import vn.giamngheo.plan.TargetKind;
import vn.giamngheo.plan.persistence.PlanRecords.Actual;
import vn.giamngheo.plan.persistence.PlanRecords.Allocation;
import vn.giamngheo.plan.persistence.PlanRecords.AllocationCommand;
import vn.giamngheo.plan.persistence.PlanRecords.Commune;
import vn.giamngheo.plan.persistence.PlanRecords.CommuneProgress;
import vn.giamngheo.plan.persistence.PlanRecords.Plan;
import vn.giamngheo.plan.persistence.PlanRecords.PlanCommand;
import vn.giamngheo.plan.persistence.PlanRecords.Target;
import vn.giamngheo.plan.persistence.PlanRecords.TargetCommand;
import vn.giamngheo.plan.persistence.PlanRecords.TargetProgress;
import vn.giamngheo.report.AreaFigures;
import vn.giamngheo.report.Figure;
import vn.giamngheo.report.persistence.ReportQueries;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Plans, their targets, the targets' allocation to communes, the figures officers enter, and progress. Every method
 * takes the caller's {@link Scope}: district officers edit plans whose communes all lie in their scope; commune
 * officials read their own commune's part, read-only; provincial viewers read plans of their province, read-only.
 */
@Service
@Transactional
public class PlanService {

	private static final int RATE_SCALE = 10;

	private final NamedParameterJdbcTemplate jdbc;

	private final ReportQueries reports;

	private final Clock clock;

	public PlanService(NamedParameterJdbcTemplate jdbc, ReportQueries reports, Clock clock) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public List<Plan> plans(Scope scope) {
		Set<Long> communes = reports.communesOf(scope);
		if (communes.isEmpty()) {
			return List.of();
		}
		return jdbc.query(PLAN_SELECT + """
				WHERE EXISTS (SELECT 1 FROM area c WHERE (c.parent_id = p.area_id OR c.id = p.area_id)
				              AND c.level = 'COMMUNE' AND c.id IN (:scope))
				ORDER BY p.year DESC, p.issued_on DESC, p.id DESC
				""", new MapSqlParameterSource("scope", communes), PlanService::plan);
	}

	@Transactional(readOnly = true)
	public Plan get(long id, Scope scope) {
		Plan plan = find(id);
		if (visibleCommunes(plan, scope).isEmpty()) {
			throw new OutOfScopeException("plan " + id + " is outside the caller's scope");
		}
		return plan;
	}

	@Transactional(readOnly = true)
	public List<Target> targets(long planId, Scope scope) {
		get(planId, scope);
		return jdbc.query("SELECT * FROM plan_target WHERE plan_id = :id ORDER BY position, id",
				new MapSqlParameterSource("id", planId), PlanService::target);
	}

	@Transactional(readOnly = true)
	public Target target(long targetId, Scope scope) {
		Target target = findTarget(targetId);
		get(target.planId(), scope);
		return target;
	}

	/** The communes of the plan's area the caller may see (all of them for district officers and the province). */
	@Transactional(readOnly = true)
	public List<Commune> communes(long planId, Scope scope) {
		Plan plan = get(planId, scope);
		Set<Long> visible = visibleCommunes(plan, scope);
		return communesOfArea(plan.areaId()).stream().filter(c -> visible.contains(c.id())).toList();
	}

	@Transactional(readOnly = true)
	public List<Allocation> allocations(long targetId, Scope scope) {
		Target target = target(targetId, scope);
		Set<Long> visible = visibleCommunes(find(target.planId()), scope);
		return allocationsOf(targetId).stream().filter(a -> visible.contains(a.communeId())).toList();
	}

	@Transactional(readOnly = true)
	public List<Actual> actuals(long targetId, Scope scope) {
		Target target = target(targetId, scope);
		Set<Long> visible = visibleCommunes(find(target.planId()), scope);
		boolean wholeArea = mayReadWholeArea(scope);
		return jdbc.query("""
				SELECT t.*, c.name AS commune_name FROM target_actual t LEFT JOIN area c ON c.id = t.commune_id
				WHERE t.target_id = :id ORDER BY t.as_of DESC, t.id DESC
				""", new MapSqlParameterSource("id", targetId), PlanService::actual)
			.stream()
			.filter(a -> a.communeId() == null ? wholeArea : visible.contains(a.communeId()))
			.toList();
	}

	// ---------------------------------------------------------------- writing

	public long create(PlanCommand command, Scope scope, String user) {
		requireEditor(scope);
		checkPlan(command, scope);
		return jdbc.queryForObject("""
				INSERT INTO plan (area_id, year, number, issued_on, issuer, title, created_by, updated_by)
				VALUES (:area, :year, :number, :issuedOn, :issuer, :title, :user, :user) RETURNING id
				""", planParams(command).addValue("user", user), Long.class);
	}

	public void update(long id, long expectedVersion, PlanCommand command, Scope scope, String user) {
		requireEditor(scope);
		Plan plan = editable(id, scope);
		checkVersion(plan.version(), expectedVersion, plan.updatedBy());
		checkPlan(command, scope);
		jdbc.update("""
				UPDATE plan SET area_id = :area, year = :year, number = :number, issued_on = :issuedOn, issuer = :issuer,
				       title = :title, updated_by = :user, updated_at = now(), version = version + 1
				WHERE id = :id
				""", planParams(command).addValue("user", user).addValue("id", id));
	}

	public long addTarget(long planId, TargetCommand command, Scope scope, String user) {
		requireEditor(scope);
		editable(planId, scope);
		checkTarget(command);
		Integer position = jdbc.queryForObject("SELECT coalesce(max(position), 0) + 1 FROM plan_target WHERE plan_id = :p",
				new MapSqlParameterSource("p", planId), Integer.class);
		long id = jdbc.queryForObject("""
				INSERT INTO plan_target (plan_id, position, indicator, kind, label, value, baseline)
				VALUES (:plan, :position, :indicator, :kind, :label, :value, :baseline) RETURNING id
				""", targetParams(command).addValue("plan", planId).addValue("position", position), Long.class);
		touch(planId, user);
		return id;
	}

	public void updateTarget(long targetId, long expectedVersion, TargetCommand command, Scope scope, String user) {
		requireEditor(scope);
		Target target = findTarget(targetId);
		Plan plan = editable(target.planId(), scope);
		checkVersion(target.version(), expectedVersion, plan.updatedBy());
		checkTarget(command);
		jdbc.update("""
				UPDATE plan_target SET indicator = :indicator, kind = :kind, label = :label, value = :value,
				       baseline = :baseline, version = version + 1 WHERE id = :id
				""", targetParams(command).addValue("id", targetId));
		touch(plan.id(), user);
	}

	public void removeTarget(long targetId, Scope scope, String user) {
		requireEditor(scope);
		Target target = findTarget(targetId);
		editable(target.planId(), scope);
		jdbc.update("DELETE FROM plan_target WHERE id = :id", new MapSqlParameterSource("id", targetId));
		touch(target.planId(), user);
	}

	/**
	 * Replaces a target's allocation to communes (the plan's appendix) and returns the check that they add up to the
	 * target. Allocations that do not add up are kept (officers enter an appendix a commune at a time) and the plan
	 * page shows the difference until they do.
	 */
	public AllocationCheck.Result allocate(long targetId, long expectedVersion, List<AllocationCommand> allocations,
			Scope scope, String user) {
		requireEditor(scope);
		Target target = findTarget(targetId);
		Plan plan = editable(target.planId(), scope);
		checkVersion(target.version(), expectedVersion, plan.updatedBy());
		Set<Long> communes = new TreeSet<>();
		communesOfArea(plan.areaId()).forEach(c -> communes.add(c.id()));
		for (AllocationCommand a : allocations) {
			if (!communes.contains(a.communeId())) {
				throw new FieldProblem("allocations", "plan.allocation.notInArea");
			}
			if (a.value() == null || a.value().signum() < 0
					|| (target.kind().rate() && a.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
				throw new FieldProblem("allocations", "plan.allocation.invalid");
			}
		}
		MapSqlParameterSource id = new MapSqlParameterSource("id", targetId);
		jdbc.update("DELETE FROM target_allocation WHERE target_id = :id", id);
		for (AllocationCommand a : allocations) {
			jdbc.update("""
					INSERT INTO target_allocation (target_id, commune_id, value, base, baseline)
					VALUES (:id, :commune, :value, :base, :baseline)
					""", new MapSqlParameterSource("id", targetId).addValue("commune", a.communeId())
				.addValue("value", a.value()).addValue("base", a.base()).addValue("baseline", a.baseline()));
		}
		jdbc.update("UPDATE plan_target SET version = version + 1 WHERE id = :id", id);
		touch(plan.id(), user);
		return check(target, plan, allocationsOf(targetId));
	}

	/**
	 * Records an officer's figure for a target the data does not hold (jobs, workers abroad, ...), for one commune or,
	 * with {@code communeId} null, for the whole plan area, as it stood on {@code asOf}.
	 */
	public long recordActual(long targetId, Long communeId, BigDecimal value, LocalDate asOf, String note, Scope scope,
			String user) {
		requireEditor(scope);
		Target target = findTarget(targetId);
		Plan plan = editable(target.planId(), scope);
		if (target.indicator().computed()) {
			throw new FieldProblem("value", "plan.actual.computed");
		}
		if (value == null || value.signum() < 0 || (target.kind().rate() && value.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new FieldProblem("value", "plan.actual.invalid");
		}
		if (asOf == null || asOf.isAfter(LocalDate.now(clock))) {
			throw new FieldProblem("asOf", "plan.actual.future");
		}
		if (communeId != null && communesOfArea(plan.areaId()).stream().noneMatch(c -> c.id() == communeId)) {
			throw new FieldProblem("communeId", "plan.allocation.notInArea");
		}
		return jdbc.queryForObject("""
				INSERT INTO target_actual (target_id, commune_id, value, as_of, note, entered_by)
				VALUES (:target, :commune, :value, :asOf, :note, :user) RETURNING id
				""", new MapSqlParameterSource("target", targetId).addValue("commune", communeId)
			.addValue("value", value).addValue("asOf", asOf).addValue("note", blankToNull(note))
			.addValue("user", user), Long.class);
	}

	// ---------------------------------------------------------------- progress

	/**
	 * How many communes of the plan's area have an approved list for the plan's year: progress computed from data is
	 * provisional until every one has (issue 9, "complete or flagged").
	 */
	@Transactional(readOnly = true)
	public vn.giamngheo.report.Coverage coverage(long planId, Scope scope) {
		Plan plan = get(planId, scope);
		Set<Long> all = new TreeSet<>();
		communesOfArea(plan.areaId()).forEach(c -> all.add(c.id()));
		return reports.ofCommunes(plan.year(), all).coverage();
	}

	/** Progress of every target of a plan on {@code today}, for the communes the caller may see. */
	@Transactional(readOnly = true)
	public List<TargetProgress> progress(long planId, Scope scope, LocalDate today) {
		Plan plan = get(planId, scope);
		Set<Long> visible = visibleCommunes(plan, scope);
		List<Commune> communes = communesOfArea(plan.areaId()).stream().filter(c -> visible.contains(c.id())).toList();
		Set<Long> all = new TreeSet<>();
		communesOfArea(plan.areaId()).forEach(c -> all.add(c.id()));
		Map<Long, AreaFigures> now = reports.figuresOf(plan.year(), all);
		Map<Long, AreaFigures> before = reports.figuresOf(plan.year() - 1, all);
		LocalDate dataDate = dataDate(plan.year(), all);
		boolean wholeArea = mayReadWholeArea(scope);
		List<TargetProgress> out = new ArrayList<>();
		for (Target target : targetsOf(planId)) {
			Map<Long, Allocation> allocations = new HashMap<>();
			allocationsOf(target.id()).forEach(a -> allocations.put(a.communeId(), a));
			Map<Long, Actual> latest = latestActuals(target.id());
			List<CommuneProgress> rows = new ArrayList<>();
			for (Commune c : communes) {
				Allocation allocation = allocations.get(c.id());
				BigDecimal actual;
				LocalDate asOf;
				String source;
				BigDecimal baseline = allocation != null && allocation.baseline() != null ? allocation.baseline()
						: computed(target.indicator(), before.get(c.id()));
				if (target.indicator().computed()) {
					actual = computed(target.indicator(), now.get(c.id()));
					asOf = actual == null ? null : dataDate;
					source = actual == null ? null : "DATA";
				}
				else {
					Actual a = latest.get(c.id());
					actual = a == null ? null : a.value();
					asOf = a == null ? null : a.asOf();
					source = a == null ? null : "ENTERED";
				}
				BigDecimal planned = allocation == null ? null : allocation.value();
				// Without an allocation the commune has no plan to measure against: NO_DATA.
				Progress.Result progress = planned == null
						? Progress.of(target.kind(), BigDecimal.ZERO, null, null, plan.year(), today)
						: Progress.of(target.kind(), planned, baseline, actual, plan.year(), today);
				rows.add(new CommuneProgress(c.id(), c.name(), planned, actual, asOf, source, progress));
			}
			BigDecimal actual;
			LocalDate asOf;
			String source;
			BigDecimal baseline = target.baseline() != null ? target.baseline()
					: computed(target.indicator(), sum(before.values()));
			if (!wholeArea) {
				actual = null;
				asOf = null;
				source = null;
			}
			else if (target.indicator().computed()) {
				actual = computed(target.indicator(), sum(now.values()));
				asOf = actual == null ? null : dataDate;
				source = actual == null ? null : "DATA";
			}
			else {
				Actual district = latest.get(null);
				LocalDate latestCommune = latest.entrySet().stream().filter(e -> e.getKey() != null)
					.map(e -> e.getValue().asOf()).max(Comparator.naturalOrder()).orElse(null);
				if (district != null && (latestCommune == null || !district.asOf().isBefore(latestCommune))) {
					actual = district.value();
					asOf = district.asOf();
				}
				else if (latestCommune != null) {
					actual = combine(target.kind(), latest, allocations);
					asOf = latestCommune;
				}
				else {
					actual = null;
					asOf = null;
				}
				source = actual == null ? null : "ENTERED";
			}
			Progress.Result progress = Progress.of(target.kind(), target.value(), baseline, actual, plan.year(), today);
			AllocationCheck.Result check = wholeArea ? check(target, plan, new ArrayList<>(allocations.values())) : null;
			out.add(new TargetProgress(target, actual, asOf, source, progress, check, rows));
		}
		return out;
	}

	/** The computed figure of a data-held indicator for an area, in percent, or null when the data holds none. */
	static BigDecimal computed(TargetIndicator indicator, AreaFigures f) {
		if (f == null) {
			return null;
		}
		return switch (indicator) {
			case POVERTY_RATE -> percent(f.get(Figure.POOR), f.get(Figure.HOUSEHOLDS));
			case POVERTY_RATE_KHMER -> percent(f.get(Figure.POOR_KHMER), f.get(Figure.KHMER_HOUSEHOLDS));
			case NEAR_POVERTY_RATE -> percent(f.get(Figure.NEAR_POOR), f.get(Figure.HOUSEHOLDS));
			case HEALTH_INSURANCE_COVERAGE ->
				percent(f.get(Figure.INSURED_POOR_NEAR_POOR), f.get(Figure.MEMBERS_POOR_NEAR_POOR));
			default -> null;
		};
	}

	/** The base that weighs a commune's rate in the allocation check, from the data where it holds one. */
	static Long dataBase(TargetIndicator indicator, AreaFigures f) {
		if (f == null) {
			return null;
		}
		return switch (indicator) {
			case POVERTY_RATE, NEAR_POVERTY_RATE -> f.get(Figure.HOUSEHOLDS);
			case POVERTY_RATE_KHMER -> f.get(Figure.KHMER_HOUSEHOLDS);
			case HEALTH_INSURANCE_COVERAGE -> f.get(Figure.MEMBERS_POOR_NEAR_POOR);
			default -> null;
		};
	}

	private AllocationCheck.Result check(Target target, Plan plan, List<Allocation> allocations) {
		if (allocations.isEmpty()) {
			return null;
		}
		Set<Long> ids = new TreeSet<>();
		allocations.forEach(a -> ids.add(a.communeId()));
		Map<Long, AreaFigures> baseFigures = target.kind().additive() ? Map.of()
				: reports.figuresOf(plan.year() - 1, ids).isEmpty() ? reports.figuresOf(plan.year(), ids)
						: reports.figuresOf(plan.year() - 1, ids);
		List<AllocationCheck.Share> shares = allocations.stream()
			.map(a -> new AllocationCheck.Share(a.communeId(), a.value(),
					a.base() != null ? a.base() : dataBase(target.indicator(), baseFigures.get(a.communeId()))))
			.toList();
		return AllocationCheck.check(target.kind(), target.value(), shares);
	}

	private static BigDecimal combine(TargetKind kind, Map<Long, Actual> latest, Map<Long, Allocation> allocations) {
		List<Actual> communes = latest.entrySet().stream().filter(e -> e.getKey() != null).map(Map.Entry::getValue)
			.toList();
		if (kind.additive()) {
			return communes.stream().map(Actual::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		boolean weighted = communes.stream().allMatch(a -> allocations.containsKey(a.communeId())
				&& allocations.get(a.communeId()).base() != null);
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Actual a : communes) {
			BigDecimal w = weighted ? BigDecimal.valueOf(allocations.get(a.communeId()).base()) : BigDecimal.ONE;
			sum = sum.add(a.value().multiply(w));
			weights = weights.add(w);
		}
		return weights.signum() == 0 ? null : sum.divide(weights, RATE_SCALE, RoundingMode.HALF_EVEN);
	}

	private static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_EVEN);
	}

	private static AreaFigures sum(java.util.Collection<AreaFigures> figures) {
		if (figures.isEmpty()) {
			return null;
		}
		return AreaFigures.sum(List.copyOf(figures), figures.iterator().next().indicatorCount());
	}

	private LocalDate dataDate(int year, Set<Long> communes) {
		if (communes.isEmpty()) {
			return null;
		}
		java.sql.Timestamp at = jdbc.queryForObject(
				"SELECT max(refreshed_at) FROM area_summary WHERE year = :year AND commune_id IN (:c)",
				new MapSqlParameterSource("year", year).addValue("c", communes), java.sql.Timestamp.class);
		return at == null ? null : at.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
	}

	private Map<Long, Actual> latestActuals(long targetId) {
		Map<Long, Actual> latest = new LinkedHashMap<>();
		jdbc.query("""
				SELECT DISTINCT ON (t.commune_id) t.*, c.name AS commune_name
				FROM target_actual t LEFT JOIN area c ON c.id = t.commune_id
				WHERE t.target_id = :id ORDER BY t.commune_id, t.as_of DESC, t.id DESC
				""", new MapSqlParameterSource("id", targetId), PlanService::actual)
			.forEach(a -> latest.put(a.communeId(), a));
		return latest;
	}

	// ---------------------------------------------------------------- scope and checks

	/** Communes of the plan's area that the caller may see; empty when the plan is outside the scope. */
	private Set<Long> visibleCommunes(Plan plan, Scope scope) {
		Set<Long> mine = reports.communesOf(scope);
		Set<Long> visible = new TreeSet<>();
		for (Commune c : communesOfArea(plan.areaId())) {
			if (mine.contains(c.id())) {
				visible.add(c.id());
			}
		}
		return visible;
	}

	/** District officers and the province read the whole plan area; a commune official only their commune. */
	private static boolean mayReadWholeArea(Scope scope) {
		return scope.role() != Role.COMMUNE_OFFICIAL;
	}

	private Plan editable(long planId, Scope scope) {
		Plan plan = find(planId);
		Set<Long> mine = scope.communeIds();
		List<Commune> communes = communesOfArea(plan.areaId());
		if (communes.isEmpty() || !communes.stream().allMatch(c -> mine.contains(c.id()))) {
			throw new OutOfScopeException("plan " + planId + " is not wholly within the caller's communes");
		}
		return plan;
	}

	private void checkPlan(PlanCommand c, Scope scope) {
		// Issue 11, finding 7: values the table's CHECK or column length would refuse are field messages, not 500s.
		if (c.year() < 2016 || c.year() > 2100) {
			throw new FieldProblem("year", "plan.year.range");
		}
		if (c.number() == null || c.number().isBlank()) {
			throw new FieldProblem("number", "plan.number.required");
		}
		tooLong("number", c.number(), 50);
		tooLong("issuer", c.issuer(), 200);
		tooLong("title", c.title(), 300);
		if (c.issuedOn() == null) {
			throw new FieldProblem("issuedOn", "plan.issuedOn.required");
		}
		if (c.issuedOn().getYear() > c.year() || c.issuedOn().getYear() < c.year() - 1) {
			throw new FieldProblem("issuedOn", "plan.issuedOn.year");
		}
		List<Commune> communes = communesOfArea(c.areaId());
		if (communes.isEmpty()) {
			throw new FieldProblem("areaId", "plan.area.required");
		}
		if (!communes.stream().allMatch(x -> scope.communeIds().contains(x.id()))) {
			throw new OutOfScopeException("area " + c.areaId() + " is not wholly within the caller's communes");
		}
	}

	private static void checkTarget(TargetCommand c) {
		if (c.indicator() == null) {
			throw new FieldProblem("indicator", "plan.target.indicator.required");
		}
		if (c.kind() == null || !c.indicator().accepts(c.kind())) {
			throw new FieldProblem("kind", "plan.target.kind.invalid");
		}
		if (c.value() == null || c.value().signum() < 0
				|| (c.kind().rate() && c.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new FieldProblem("value", "plan.target.value.invalid");
		}
		if (c.label() == null || c.label().isBlank()) {
			throw new FieldProblem("label", "plan.target.label.required");
		}
		tooLong("label", c.label(), 300);
		if (c.value().compareTo(new BigDecimal("999999999999")) > 0) {
			throw new FieldProblem("value", "plan.target.value.invalid");
		}
		if (c.baseline() != null && (c.baseline().signum() < 0 || c.baseline().compareTo(new BigDecimal("99999")) > 0)) {
			throw new FieldProblem("baseline", "plan.target.baseline.invalid");
		}
	}

	private static void tooLong(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new FieldProblem(field, "plan.field.tooLong");
		}
	}

	private void requireEditor(Scope scope) {
		if (!mayEdit(scope)) {
			throw new OutOfScopeException("role " + scope.role() + " may not edit plans");
		}
	}

	/**
	 * Whether the caller may make plans and enter figures at all: district (or provincial department) officers, and
	 * a commune official where the commune's province lets communes own their plan (issue 14, table
	 * province_plan_setting, V66). Which plans: those wholly within the caller's communes ({@link #editable}), so a
	 * commune official reaches only the plan of their own commune.
	 */
	public boolean mayEdit(Scope scope) {
		if (scope.role() == Role.DISTRICT_OFFICER) {
			return true;
		}
		return scope.role() == Role.COMMUNE_OFFICIAL && !scope.communeIds().isEmpty()
				&& communeOwnsPlan(scope.communeIds());
	}

	/** Whether the caller may edit this plan (the pages show the forms only then; the writes check again). */
	public boolean mayEdit(long planId, Scope scope) {
		if (!mayEdit(scope)) {
			return false;
		}
		List<Commune> communes = communesOfArea(find(planId).areaId());
		return !communes.isEmpty() && communes.stream().allMatch(c -> scope.communeIds().contains(c.id()));
	}

	/** Every commune's province has turned on "the commune owns its plan". */
	private boolean communeOwnsPlan(Set<Long> communeIds) {
		Boolean all = jdbc.queryForObject("""
				WITH RECURSIVE up AS (
				    SELECT id AS commune_id, id, parent_id FROM area WHERE id IN (:ids)
				    UNION ALL
				    SELECT up.commune_id, a.id, a.parent_id FROM area a JOIN up ON a.id = up.parent_id)
				SELECT count(DISTINCT up.commune_id) = :n FROM up
				  JOIN province_plan_setting s ON s.province_id = up.id AND s.commune_owns_plan
				 WHERE up.parent_id IS NULL""", new MapSqlParameterSource("ids", communeIds)
			.addValue("n", communeIds.size()), Boolean.class);
		return Boolean.TRUE.equals(all);
	}

	private static void checkVersion(long actual, long expected, String lastEditor) {
		if (actual != expected) {
			throw new ConcurrentEditException(lastEditor);
		}
	}

	private void touch(long planId, String user) {
		jdbc.update("UPDATE plan SET updated_by = :user, updated_at = now(), version = version + 1 WHERE id = :id",
				new MapSqlParameterSource("id", planId).addValue("user", user));
	}

	// ---------------------------------------------------------------- rows

	/** Communes of an area: its communes when it is a district (or province: all below), itself when a commune. */
	public List<Commune> communesOfArea(long areaId) {
		return jdbc.query("""
				WITH RECURSIVE tree AS (
				    SELECT id, name, level FROM area WHERE id = :area
				    UNION ALL
				    SELECT a.id, a.name, a.level FROM area a JOIN tree t ON a.parent_id = t.id WHERE t.level <> 'COMMUNE'
				)
				SELECT id, name FROM tree WHERE level = 'COMMUNE' ORDER BY name COLLATE vietnamese
				""", new MapSqlParameterSource("area", areaId), (rs, i) -> new Commune(rs.getLong("id"),
				rs.getString("name")));
	}

	private Plan find(long id) {
		return jdbc.query(PLAN_SELECT + " WHERE p.id = :id", new MapSqlParameterSource("id", id), PlanService::plan)
			.stream().findFirst().orElseThrow(() -> new NotFoundException("plan", id));
	}

	private Target findTarget(long id) {
		return jdbc.query("SELECT * FROM plan_target WHERE id = :id", new MapSqlParameterSource("id", id),
				PlanService::target).stream().findFirst().orElseThrow(() -> new NotFoundException("target", id));
	}

	private List<Target> targetsOf(long planId) {
		return jdbc.query("SELECT * FROM plan_target WHERE plan_id = :id ORDER BY position, id",
				new MapSqlParameterSource("id", planId), PlanService::target);
	}

	private List<Allocation> allocationsOf(long targetId) {
		return jdbc.query("""
				SELECT a.*, c.name FROM target_allocation a JOIN area c ON c.id = a.commune_id
				WHERE a.target_id = :id ORDER BY c.name COLLATE vietnamese
				""", new MapSqlParameterSource("id", targetId),
				(rs, i) -> new Allocation(rs.getLong("commune_id"), rs.getString("name"), rs.getBigDecimal("value"),
						(Long) rs.getObject("base", Long.class), rs.getBigDecimal("baseline")));
	}

	private static final String PLAN_SELECT = """
			SELECT p.*, a.name AS area_name FROM plan p JOIN area a ON a.id = p.area_id
			""";

	private static Plan plan(ResultSet rs, int i) throws SQLException {
		return new Plan(rs.getLong("id"), rs.getLong("area_id"), rs.getString("area_name"), rs.getInt("year"),
				rs.getString("number"), rs.getObject("issued_on", LocalDate.class), rs.getString("issuer"),
				rs.getString("title"), rs.getLong("version"), rs.getString("updated_by"));
	}

	private static Target target(ResultSet rs, int i) throws SQLException {
		return new Target(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("position"),
				TargetIndicator.valueOf(rs.getString("indicator")), TargetKind.valueOf(rs.getString("kind")),
				rs.getString("label"), rs.getBigDecimal("value"), rs.getBigDecimal("baseline"), rs.getLong("version"));
	}

	private static Actual actual(ResultSet rs, int i) throws SQLException {
		return new Actual(rs.getLong("id"), rs.getLong("target_id"), (Long) rs.getObject("commune_id", Long.class),
				rs.getString("commune_name"), rs.getBigDecimal("value"), rs.getObject("as_of", LocalDate.class),
				rs.getString("note"), rs.getString("entered_by"));
	}

	private static MapSqlParameterSource planParams(PlanCommand c) {
		return new MapSqlParameterSource("area", c.areaId()).addValue("year", c.year())
			.addValue("number", c.number().strip()).addValue("issuedOn", c.issuedOn())
			.addValue("issuer", c.issuer() == null ? "" : c.issuer().strip())
			.addValue("title", c.title() == null || c.title().isBlank() ? c.number().strip() : c.title().strip());
	}

	private static MapSqlParameterSource targetParams(TargetCommand c) {
		return new MapSqlParameterSource("indicator", c.indicator().name()).addValue("kind", c.kind().name())
			.addValue("label", c.label().strip()).addValue("value", c.value()).addValue("baseline", c.baseline());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}

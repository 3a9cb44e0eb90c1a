package vn.giamngheo.plan.persistence;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.plan.persistence.PlanRecords.Commune;
import vn.giamngheo.plan.persistence.PlanRecords.Plan;
import vn.giamngheo.plan.persistence.PlanRecords.PlanCommand;
import vn.giamngheo.report.persistence.ReportQueries;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Plans themselves (the decision: area, year, number, date, issuer, title): the list a
 * caller sees, one plan, the communes of its area, and making and changing a plan. Who
 * may do what is {@link PlanAccess}'s.
 */
@Service
@Transactional
public class Plans {

	private final PlanRows rows;

	private final PlanAccess access;

	private final ReportQueries reports;

	private final JdbcClient jdbc;

	Plans(PlanRows rows, PlanAccess access, ReportQueries reports, NamedParameterJdbcTemplate jdbc) {
		this.rows = rows;
		this.access = access;
		this.reports = reports;
		this.jdbc = JdbcClient.create(jdbc);
	}

	/** The plans with any commune of the caller's scope in their area, newest first. */
	@Transactional(readOnly = true)
	public List<Plan> plans(Scope scope) {
		Set<Long> communes = reports.communesOf(scope);
		return communes.isEmpty() ? List.of() : rows.plansReaching(communes);
	}

	@Transactional(readOnly = true)
	public Plan get(long id, Scope scope) {
		return access.visible(id, scope);
	}

	/**
	 * The communes of the plan's area the caller may see (all of them for district
	 * officers and the province).
	 */
	@Transactional(readOnly = true)
	public List<Commune> communes(long planId, Scope scope) {
		Plan plan = access.visible(planId, scope);
		Set<Long> visible = access.visibleCommunes(plan, scope);
		return rows.communesOfArea(plan.areaId()).stream().filter(c -> visible.contains(c.id())).toList();
	}

	/**
	 * Communes of an area: its communes when it is a district (or province: all below),
	 * itself when a commune.
	 */
	@Transactional(readOnly = true)
	public List<Commune> communesOfArea(long areaId) {
		return rows.communesOfArea(areaId);
	}

	public long create(PlanCommand command, Scope scope, String user) {
		access.requirePlanManager(scope);
		check(command, scope);
		return bind(jdbc.sql("""
				INSERT INTO plan (area_id, year, number, issued_on, issuer, title, created_by, updated_by)
				VALUES (:area, :year, :number, :issuedOn, :issuer, :title, :user, :user) RETURNING id"""), command)
			.param("user", user)
			.query(Long.class)
			.single();
	}

	public void update(long id, long expectedVersion, PlanCommand command, Scope scope, String user) {
		Plan plan = access.editable(id, scope);
		if (plan.version() != expectedVersion) {
			throw new ConcurrentEditException(plan.updatedBy());
		}
		check(command, scope);
		bind(jdbc
			.sql("""
					UPDATE plan SET area_id = :area, year = :year, number = :number, issued_on = :issuedOn, issuer = :issuer,
					       title = :title, updated_by = :user, updated_at = now(), version = version + 1
					WHERE id = :id"""),
				command)
			.param("user", user)
			.param("id", id)
			.update();
	}

	private void check(PlanCommand c, Scope scope) {
		// Issue 11, finding 7: values the table's CHECK or column length would refuse are
		// field messages, not 500s.
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
		if (rows.communesOfArea(c.areaId()).isEmpty()) {
			throw new FieldProblem("areaId", "plan.area.required");
		}
		if (!access.holdsWholeArea(c.areaId(), scope)) {
			throw new OutOfScopeException("area " + c.areaId() + " is not wholly within the caller's communes");
		}
	}

	/**
	 * A text longer than its column is a field message (key {@code plan.field.tooLong}),
	 * not a database error.
	 */
	static void tooLong(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new FieldProblem(field, "plan.field.tooLong");
		}
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, PlanCommand c) {
		return sql.param("area", c.areaId())
			.param("year", c.year())
			.param("number", c.number().strip())
			.param("issuedOn", c.issuedOn())
			.param("issuer", c.issuer() == null ? "" : c.issuer().strip())
			.param("title", c.title() == null || c.title().isBlank() ? c.number().strip() : c.title().strip());
	}

}

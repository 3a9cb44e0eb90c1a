package vn.giamngheo.support.persistence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.support.ProgramKind;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/** VBSP loans of the caller's communes, and outstanding balances by credit program. */
@Service
@Transactional
public class LoanService {

	private final NamedParameterJdbcTemplate jdbc;

	private final SupportCatalogue catalogue;

	private final SupportHouseholds households;

	private final Clock clock;

	public LoanService(NamedParameterJdbcTemplate jdbc, SupportCatalogue catalogue, SupportHouseholds households,
			Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.households = households;
		this.clock = clock;
	}

	public record LoanRow(long id, long householdId, String householdCode, String headName, String commune,
			String programCode, String programName, LocalDate requestedOn, long requestedAmount, LoanStatus status,
			Long amount, LocalDate lentOn, LocalDate dueOn, long balance, boolean overdue, String updatedBy,
			long version) {
	}

	public record Balance(String programCode, String programName, long loans, long lent, long balance,
			long overdueBalance) {
	}

	private static final String ROW_SQL = """
			SELECT l.id, l.household_id, h.code, h.head_name, c.name AS commune, p.code AS program_code,
			       p.name AS program_name, l.requested_on, l.requested_amount, l.status, l.amount, l.lent_on, l.due_on,
			       l.balance, l.updated_by, l.version
			FROM support_loan l JOIN household h ON h.id = l.household_id JOIN area c ON c.id = l.commune_id
			JOIN support_program p ON p.id = l.program_id""";

	private RowMapper<LoanRow> row() {
		LocalDate today = LocalDate.now(clock);
		return (rs, i) -> {
			LocalDate due = rs.getDate("due_on") == null ? null : rs.getDate("due_on").toLocalDate();
			long balance = rs.getLong("balance");
			return new LoanRow(rs.getLong("id"), rs.getLong("household_id"), rs.getString("code"),
					rs.getString("head_name"), rs.getString("commune"), rs.getString("program_code"),
					rs.getString("program_name"), rs.getDate("requested_on").toLocalDate(),
					rs.getLong("requested_amount"), LoanStatus.valueOf(rs.getString("status")),
					(Long) rs.getObject("amount"),
					rs.getDate("lent_on") == null ? null : rs.getDate("lent_on").toLocalDate(), due, balance,
					due != null && balance > 0 && due.isBefore(today), rs.getString("updated_by"),
					rs.getLong("version"));
		};
	}

	@Transactional(readOnly = true)
	public List<LoanRow> list(Long communeId, Scope scope, int limit) {
		if (!scope.mayListPeople() || scope.communeIds().isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("scope", scope.communeIds()).addValue("limit", limit);
		String where = " WHERE l.commune_id IN (:scope)";
		if (communeId != null) {
			where += " AND l.commune_id = :commune";
			params.addValue("commune", communeId);
		}
		return jdbc.query(ROW_SQL + where + " ORDER BY l.requested_on DESC, l.id DESC LIMIT :limit", params, row());
	}

	@Transactional(readOnly = true)
	public LoanRow get(long id, Scope scope) {
		LoanRow loan = jdbc.query(ROW_SQL + " WHERE l.id = :id", new MapSqlParameterSource("id", id), row())
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("loan", id));
		long commune = jdbc.queryForObject("SELECT commune_id FROM support_loan WHERE id = :id",
				new MapSqlParameterSource("id", id), Long.class);
		if (!scope.covers(commune)) {
			throw new OutOfScopeException("commune " + commune + " is outside the caller's scope");
		}
		return loan;
	}

	/**
	 * Outstanding balances by credit program in the caller's communes (aggregates: open
	 * to the province).
	 */
	@Transactional(readOnly = true)
	public List<Balance> balances(Long communeId, Scope scope) {
		if (scope.communeIds().isEmpty()) {
			return List.of();
		}
		if (communeId != null && !scope.communeIds().contains(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " is outside the caller's scope");
		}
		MapSqlParameterSource params = new MapSqlParameterSource("scope", scope.communeIds())
			.addValue("today", Date.valueOf(LocalDate.now(clock)))
			.addValue("commune", communeId);
		// Sums without names, limited to the caller's communes by the query: read
		// unrestricted (as the support
		// totals), since row security's per-loan check of the household made the
		// province's page slow (issue 12).
		return vn.giamngheo.shared.persistence.rowsecurity.RowSecurity.unrestricted(jdbc.getJdbcTemplate(),
				() -> jdbc.query("""
						SELECT p.code, p.name, count(*) FILTER (WHERE l.status IN ('LENT', 'REPAID')) AS loans,
						       coalesce(sum(l.amount) FILTER (WHERE l.status IN ('LENT', 'REPAID')), 0) AS lent,
						       coalesce(sum(l.balance), 0) AS balance,
						       coalesce(sum(l.balance) FILTER (WHERE l.due_on < :today), 0) AS overdue
						FROM support_loan l JOIN support_program p ON p.id = l.program_id
						WHERE l.commune_id IN (:scope) AND (CAST(:commune AS BIGINT) IS NULL OR l.commune_id = :commune)
						GROUP BY p.code, p.name ORDER BY p.code""", params, (rs, i) -> new Balance(rs.getString(1),
						rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))));
	}

	public long create(LoanCommand c, Scope scope, String user) {
		Disbursements.requireRecorder(scope);
		var household = households.household(c.householdId(), scope);
		check(c);
		return jdbc.queryForObject("""
				INSERT INTO support_loan (program_id, household_id, commune_id, requested_on, requested_amount, status,
				    amount, lent_on, due_on, balance, recorded_by, updated_by, updated_at)
				VALUES (:program, :household, :commune, :requested, :requestedAmount, :status, :amount, :lent, :due,
				    :balance, :user, :user, :now) RETURNING id""",
				params(c, user).addValue("household", c.householdId()).addValue("commune", household.communeId()),
				Long.class);
	}

	public void update(long id, long expectedVersion, LoanCommand c, Scope scope, String user) {
		Disbursements.requireRecorder(scope);
		LoanRow current = get(id, scope);
		if (current.version() != expectedVersion) {
			throw new ConcurrentEditException(current.updatedBy());
		}
		check(c);
		int n = jdbc.update("""
				UPDATE support_loan SET program_id = :program, requested_on = :requested,
				    requested_amount = :requestedAmount, status = :status, amount = :amount, lent_on = :lent,
				    due_on = :due, balance = :balance, updated_by = :user, updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version""",
				params(c, user).addValue("id", id).addValue("version", expectedVersion));
		if (n == 0) {
			throw new ConcurrentEditException(current.updatedBy());
		}
	}

	private void check(LoanCommand c) {
		SupportProgram program = catalogue.get(c.programId());
		if (program.kind() != ProgramKind.CREDIT) {
			throw new FieldProblem("programId", "support.loan.program.notCredit");
		}
		boolean lent = c.status() == LoanStatus.LENT || c.status() == LoanStatus.REPAID;
		if (lent) {
			if (c.amount() == null) {
				throw new FieldProblem("amount", "support.loan.amount.required");
			}
			if (c.lentOn() == null) {
				throw new FieldProblem("lentOn", "support.loan.lentOn.required");
			}
			if (c.dueOn() == null) {
				throw new FieldProblem("dueOn", "support.loan.dueOn.required");
			}
			if (!c.dueOn().isAfter(c.lentOn())) {
				throw new FieldProblem("dueOn", "support.loan.dueOn.beforeLent");
			}
			if (c.lentOn().isBefore(c.requestedOn())) {
				throw new FieldProblem("lentOn", "support.loan.lentOn.beforeRequest");
			}
			if (c.balance() > c.amount()) {
				throw new FieldProblem("balance", "support.loan.balance.aboveAmount");
			}
		}
		else if (c.balance() != 0) {
			throw new FieldProblem("balance", "support.loan.balance.notLent");
		}
		if (c.status() == LoanStatus.REPAID && c.balance() != 0) {
			throw new FieldProblem("balance", "support.loan.balance.repaid");
		}
		if (c.requestedOn().isAfter(LocalDate.now(clock))) {
			throw new FieldProblem("requestedOn", "support.loan.requestedOn.future");
		}
	}

	private MapSqlParameterSource params(LoanCommand c, String user) {
		boolean lent = c.status() == LoanStatus.LENT || c.status() == LoanStatus.REPAID;
		return new MapSqlParameterSource("program", c.programId()).addValue("requested", Date.valueOf(c.requestedOn()))
			.addValue("requestedAmount", c.requestedAmount())
			.addValue("status", c.status().name())
			.addValue("amount", lent ? c.amount() : null)
			.addValue("lent", lent ? Date.valueOf(c.lentOn()) : null)
			.addValue("due", lent ? Date.valueOf(c.dueOn()) : null)
			.addValue("balance", c.balance())
			.addValue("user", user)
			.addValue("now", java.sql.Timestamp.from(clock.instant()));
	}

}

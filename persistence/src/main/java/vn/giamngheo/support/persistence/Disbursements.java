package vn.giamngheo.support.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.support.Beneficiary;
import vn.giamngheo.support.Ineligibility;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Support given to one household or person at a time. At entry the household's
 * eligibility is checked (a warning the officer may accept) and a duplicate of the same
 * benefit in the same period is refused unless overridden with a reason, which is stored
 * with the record. A household outside the caller's scope is refused.
 */
@Service
@Transactional
public class Disbursements {

	/** An override reason shorter than this is refused: it must say why. */
	static final int MIN_OVERRIDE_REASON = 10;

	private final SupportCatalogue catalogue;

	private final SupportHouseholds households;

	private final DisbursementWriter writer;

	private final JdbcClient jdbc;

	private final Clock clock;

	Disbursements(SupportCatalogue catalogue, SupportHouseholds households, DisbursementWriter writer,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.catalogue = catalogue;
		this.households = households;
		this.writer = writer;
		this.jdbc = JdbcClient.create(jdbc);
		this.clock = clock;
	}

	/**
	 * What the entry form shows before saving: the eligibility warning, if any, and the
	 * grants it would duplicate.
	 */
	public record EntryCheck(Optional<Ineligibility> warning, List<DisbursementRow> duplicates) {
	}

	@Transactional(readOnly = true)
	public EntryCheck check(DisbursementCommand c, Scope scope) {
		SupportProgram program = catalogue.get(c.programId());
		SupportHousehold h = households.household(c.householdId(), scope);
		return new EntryCheck(program.eligibility().check(h.profile(), c.disbursedOn()),
				duplicatesOf(program, c.householdId(), c.memberId(), c.disbursedOn()));
	}

	/**
	 * Records one disbursement.
	 * @throws EligibilityWarning the household does not qualify and the officer has not
	 * accepted the warning
	 * @throws DuplicateBenefit the same benefit is recorded in the period and no override
	 * reason was given
	 */
	public long record(DisbursementCommand c, Scope scope, String user) {
		requireRecorder(scope);
		SupportProgram program = catalogue.get(c.programId());
		SupportHousehold h = households.household(c.householdId(), scope);
		checkShape(program, c, h);
		Optional<Ineligibility> warning = program.eligibility().check(h.profile(), c.disbursedOn());
		if (warning.isPresent() && !c.acceptIneligible()) {
			throw new EligibilityWarning(warning.get());
		}
		List<DisbursementRow> duplicates = duplicatesOf(program, c.householdId(), c.memberId(), c.disbursedOn());
		String reason = c.overrideReason() == null ? "" : c.overrideReason().strip();
		if (!duplicates.isEmpty() && reason.isEmpty()) {
			throw new DuplicateBenefit(duplicates);
		}
		if (!duplicates.isEmpty() && reason.length() < MIN_OVERRIDE_REASON) {
			throw new FieldProblem("overrideReason", "support.override.tooShort");
		}
		return writer.insert(
				new DisbursementWriter.NewDisbursement(program, h.communeId(), c.householdId(), c.memberId(),
						c.disbursedOn(), c.amount(), c.quantity(), c.fundingSource(), c.decisionRef().strip(), null,
						warning.map(Ineligibility::messageKey).orElse(null), duplicates.isEmpty() ? null : reason),
				user);
	}

	/** The support a household received, newest first. */
	@Transactional(readOnly = true)
	public List<DisbursementRow> disbursementsOf(long householdId, Scope scope) {
		households.household(householdId, scope);
		return jdbc.sql(SupportQueries.ROW_SQL + " WHERE d.household_id = :id ORDER BY d.disbursed_on DESC, d.id DESC")
			.param("id", householdId)
			.query(DisbursementRow.class)
			.list();
	}

	/**
	 * Refuses a caller who may not record support (or loans),
	 * {@link Scope#mayRecordSupport()}.
	 */
	static void requireRecorder(Scope scope) {
		if (!scope.mayRecordSupport()) {
			throw new OutOfScopeException("role " + scope.role() + " may not record support");
		}
	}

	private List<DisbursementRow> duplicatesOf(SupportProgram program, long householdId, Long memberId, LocalDate on) {
		String period = program.duplicatePeriod().key(on);
		if (period == null) {
			return List.of();
		}
		return jdbc.sql(SupportQueries.ROW_SQL + " WHERE d.program_id = :program AND d.household_id = :household"
				+ " AND d.period_key = :period AND coalesce(d.member_id, 0) = :member ORDER BY d.disbursed_on, d.id")
			.param("program", program.id())
			.param("household", householdId)
			.param("period", period)
			.param("member", memberId == null ? 0L : memberId)
			.query(DisbursementRow.class)
			.list();
	}

	private void checkShape(SupportProgram program, DisbursementCommand c, SupportHousehold h) {
		if (!program.active()) {
			throw new FieldProblem("programId", "support.program.inactive");
		}
		if (c.disbursedOn().isAfter(LocalDate.now(clock))) {
			throw new FieldProblem("disbursedOn", "support.disbursedOn.future");
		}
		if (program.beneficiary() == Beneficiary.PERSON) {
			if (c.memberId() == null) {
				throw new FieldProblem("memberId", "support.member.required");
			}
			boolean belongs = jdbc
				.sql("SELECT EXISTS (SELECT 1 FROM household_member WHERE id = :m AND household_id = :h)")
				.param("m", c.memberId())
				.param("h", h.id())
				.query(Boolean.class)
				.single();
			if (!belongs) {
				throw new FieldProblem("memberId", "support.member.notInHousehold");
			}
		}
		else if (c.memberId() != null) {
			throw new FieldProblem("memberId", "support.member.householdProgram");
		}
		program.checkAmounts(c.amount(), c.quantity());
		program.checkSource(c.fundingSource());
	}

}

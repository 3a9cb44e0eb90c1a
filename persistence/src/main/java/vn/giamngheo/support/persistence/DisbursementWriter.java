package vn.giamngheo.support.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.giamngheo.support.FundingSource;

/**
 * The one writer of {@code support_disbursement}: single and bulk disbursements both
 * insert here, with the period key of the program's duplicate rule, so the partial unique
 * index {@code support_disbursement_no_duplicate} sees them alike.
 */
@Repository
class DisbursementWriter {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	DisbursementWriter(NamedParameterJdbcTemplate jdbc, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = JdbcClient.create(jdbc);
		this.clock = clock;
		this.events = events;
	}

	/**
	 * One disbursement to write; {@code batch}, {@code warning} and
	 * {@code overrideReason} may be null.
	 */
	record NewDisbursement(SupportProgram program, long communeId, long householdId, Long memberId, LocalDate on,
			Long amount, BigDecimal quantity, FundingSource source, String decision, Long batch, String warning,
			String overrideReason) {
	}

	long insert(NewDisbursement g, String user) {
		events.publishEvent(new vn.giamngheo.support.event.SupportRecordsChanged("disbursement"));
		return jdbc.sql("""
				INSERT INTO support_disbursement (program_id, household_id, member_id, commune_id, disbursed_on,
				    period_key, amount, quantity, funding_source, decision_ref, batch_id, eligibility_warning,
				    override_reason, recorded_by, recorded_at)
				VALUES (:program, :household, :member, :commune, :on, :period, :amount, :quantity, :source, :decision,
				    :batch, :warning, :reason, :user, :now) RETURNING id""")
			.param("program", g.program().id())
			.param("household", g.householdId())
			.param("member", g.memberId())
			.param("commune", g.communeId())
			.param("on", Date.valueOf(g.on()))
			.param("period", g.program().duplicatePeriod().key(g.on()))
			.param("amount", g.amount())
			.param("quantity", g.quantity())
			.param("source", g.source().name())
			.param("decision", g.decision())
			.param("batch", g.batch())
			.param("warning", g.warning())
			.param("reason", g.overrideReason())
			.param("user", user)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

}

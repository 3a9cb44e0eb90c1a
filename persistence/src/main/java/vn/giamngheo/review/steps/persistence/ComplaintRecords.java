package vn.giamngheo.review.steps.persistence;

import static vn.giamngheo.review.steps.persistence.StepRows.blankToNull;
import static vn.giamngheo.review.steps.persistence.StepRows.params;
import static vn.giamngheo.review.steps.persistence.StepRows.period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.steps.ComplaintOutcome;
import vn.giamngheo.review.steps.StepProblem;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.StepsRefused;
import vn.giamngheo.review.steps.persistence.StepsRecords.Posting;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.NotFoundException;

/**
 * Complaints received during the public posting and their settlement (Decision
 * 24/2021/QĐ-TTg, Art. 4(4)): upheld with the re-check it led to, or rejected. Written
 * through the same gate as every recorded step ({@link StepRows#writable});
 * {@link ReviewStepRecords} is the front door.
 */
@Service
@Transactional
class ComplaintRecords {

	private final NamedParameterJdbcTemplate jdbc;

	private final StepRows rows;

	private final Clock clock;

	ComplaintRecords(NamedParameterJdbcTemplate jdbc, StepRows rows, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.clock = clock;
	}

	long add(long campaignId, long communeId, String householdCode, StepRules.Complaint complaint, Scope scope,
			String user) {
		rows.writable(campaignId, communeId, scope);
		Long household = householdCode == null || householdCode.isBlank() ? null
				: rows.householdOf(communeId, householdCode);
		List<StepProblem> problems = new ArrayList<>(StepRules.checkComplaint(complaint,
				rows.posting(campaignId, communeId).map(Posting::record).orElse(null), LocalDate.now(clock)));
		if (householdCode != null && !householdCode.isBlank() && household == null) {
			problems.add(new StepProblem("householdCode", "steps.application.householdUnknown"));
		}
		StepsRefused.throwIfAny(problems);
		return jdbc.queryForObject("""
				INSERT INTO review_complaint (campaign_id, commune_id, household_id, complainant, received_on, content,
				    recorded_by) VALUES (:c, :m, :h, :who, :on, :content, :user) RETURNING id""",
				params(campaignId, communeId).addValue("h", household)
					.addValue("who", complaint.complainant().strip())
					.addValue("on", complaint.receivedOn())
					.addValue("content", complaint.content().strip())
					.addValue("user", user),
				Long.class);
	}

	void settle(long complaintId, ComplaintOutcome outcome, LocalDate settledOn, String recheckNote,
			long expectedVersion, Scope scope, String user) {
		Map<String, Object> row = jdbc.queryForList(
				"SELECT campaign_id, commune_id, received_on, version, settled_by FROM review_complaint WHERE id = :id",
				Map.of("id", complaintId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("complaint", complaintId));
		long campaignId = ((Number) row.get("campaign_id")).longValue();
		long communeId = ((Number) row.get("commune_id")).longValue();
		Campaign campaign = rows.writable(campaignId, communeId, scope);
		StepsRefused.throwIfAny(StepRules.checkSettlement(outcome, settledOn, recheckNote,
				((java.sql.Date) row.get("received_on")).toLocalDate(), period(campaign), LocalDate.now(clock)));
		int updated = jdbc.update("""
				UPDATE review_complaint SET outcome = :outcome, settled_on = :on, recheck_note = :note,
				    settled_by = :user, version = version + 1
				WHERE id = :id AND version = :version""",
				new MapSqlParameterSource("id", complaintId).addValue("outcome", outcome.name())
					.addValue("on", settledOn)
					.addValue("note", blankToNull(recheckNote))
					.addValue("user", user)
					.addValue("version", expectedVersion));
		if (updated == 0) {
			throw new ConcurrentEditException((String) row.get("settled_by"));
		}
	}

}

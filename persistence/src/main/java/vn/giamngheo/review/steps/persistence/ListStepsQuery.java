package vn.giamngheo.review.steps.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.review.persistence.ReviewCampaigns;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.persistence.StepsRecords.Application;
import vn.giamngheo.review.steps.persistence.StepsRecords.Complaint;
import vn.giamngheo.review.steps.persistence.StepsRecords.Decision;
import vn.giamngheo.review.steps.persistence.StepsRecords.ListSteps;
import vn.giamngheo.review.steps.persistence.StepsRecords.Meeting;
import vn.giamngheo.review.steps.persistence.StepsRecords.PreliminaryRow;
import vn.giamngheo.review.steps.persistence.StepsRecords.Scan;
import vn.giamngheo.shared.persistence.NotFoundException;

/**
 * Reads what is recorded for a commune's list (the steps page) and the stored scans, for
 * anyone whose scope covers the commune. Read models come through {@link JdbcClient} into
 * the records of {@link StepsRecords} where the columns name the components.
 */
@Service
@Transactional(readOnly = true)
class ListStepsQuery {

	private final NamedParameterJdbcTemplate jdbc;

	private final JdbcClient client;

	private final StepRows rows;

	private final ReviewCampaigns campaigns;

	private final Clock clock;

	ListStepsQuery(NamedParameterJdbcTemplate jdbc, StepRows rows, ReviewCampaigns campaigns, Clock clock) {
		this.jdbc = jdbc;
		this.client = JdbcClient.create(jdbc);
		this.rows = rows;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	ListSteps steps(long campaignId, long communeId, Scope scope) {
		Campaign campaign = campaigns.campaignOf(campaignId, communeId, scope);
		MapSqlParameterSource p = StepRows.params(campaignId, communeId);
		LocalDate today = LocalDate.now(clock);
		String communeName = jdbc.queryForObject("SELECT name FROM area WHERE id = :m", p, String.class);
		Map<String, Object> list = jdbc.queryForList("""
				SELECT locked, decision_number, decision_date, decision_signer FROM commune_review_list
				WHERE campaign_id = :c AND commune_id = :m""", p).stream().findFirst().orElse(Map.of("locked", false));
		List<Application> applications = jdbc.query(StepRows.APPLICATIONS + """
				WHERE a.campaign_id = :c AND a.commune_id = :m ORDER BY a.received_on, a.id""", p,
				(rs, i) -> StepRows.application(rs, today));
		List<PreliminaryRow> preliminary = client.sql("""
				SELECT r.id AS review_id, h.code AS household_code, h.head_name, v.name AS village, r.category, r.state
				FROM household_review r JOIN household h ON h.id = r.household_id JOIN area v ON v.id = h.village_id
				WHERE r.campaign_id = :c AND r.commune_id = :m ORDER BY v.name, h.sort_key, h.id""")
			.paramSource(p)
			.query(PreliminaryRow.class)
			.list();
		List<Meeting> meetings = jdbc.query("""
				SELECT id, village, held_on, attendees, votes_for, votes_against, minutes IS NOT NULL AS has_minutes,
				       minutes_name, recorded_by
				FROM review_meeting WHERE campaign_id = :c AND commune_id = :m ORDER BY held_on, id""", p,
				(rs, i) -> new Meeting(rs.getLong("id"),
						new StepRules.Meeting(rs.getDate("held_on").toLocalDate(), rs.getString("village"),
								rs.getInt("attendees"), rs.getInt("votes_for"), rs.getInt("votes_against")),
						rs.getBoolean("has_minutes"), rs.getString("minutes_name"), rs.getString("recorded_by")));
		List<Complaint> complaints = client.sql("""
				SELECT k.id, h.code AS household_code, h.head_name, k.complainant, k.received_on, k.content, k.outcome,
				       k.settled_on, k.recheck_note, k.version
				FROM review_complaint k LEFT JOIN household h ON h.id = k.household_id
				WHERE k.campaign_id = :c AND k.commune_id = :m ORDER BY k.received_on, k.id""")
			.paramSource(p)
			.query(Complaint.class)
			.list();
		Map<String, Object> scan = jdbc
			.queryForList("SELECT file_name FROM review_decision_scan WHERE campaign_id = :c AND commune_id = :m", p)
			.stream()
			.findFirst()
			.orElse(null);
		java.sql.Date decisionDate = (java.sql.Date) list.get("decision_date");
		Decision decision = new Decision((String) list.get("decision_number"),
				decisionDate == null ? null : decisionDate.toLocalDate(), (String) list.get("decision_signer"),
				scan != null, scan == null ? null : (String) scan.get("file_name"));
		List<String> villages = jdbc.queryForList("SELECT name FROM area WHERE parent_id = :m ORDER BY name", p,
				String.class);
		return new ListSteps(campaign, communeId, communeName, ReviewStepRecords.mayWrite(scope, communeId),
				Boolean.TRUE.equals(list.get("locked")), applications, preliminary, meetings,
				rows.posting(campaignId, communeId).orElse(null), complaints, decision, villages);
	}

	Scan minutes(long meetingId, Scope scope) {
		Map<String, Object> row = jdbc.queryForList("""
				SELECT campaign_id, commune_id, minutes, minutes_type, minutes_name FROM review_meeting
				WHERE id = :id AND minutes IS NOT NULL""", Map.of("id", meetingId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("minutes", meetingId));
		campaigns.campaignOf(((Number) row.get("campaign_id")).longValue(),
				((Number) row.get("commune_id")).longValue(), scope);
		return new Scan((byte[]) row.get("minutes"), (String) row.get("minutes_type"),
				(String) row.get("minutes_name"));
	}

	Scan decisionScan(long campaignId, long communeId, Scope scope) {
		campaigns.campaignOf(campaignId, communeId, scope);
		return client.sql("""
				SELECT content, content_type, file_name FROM review_decision_scan
				WHERE campaign_id = :c AND commune_id = :m""")
			.paramSource(StepRows.params(campaignId, communeId))
			.query(Scan.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("decision scan", campaignId));
	}

}

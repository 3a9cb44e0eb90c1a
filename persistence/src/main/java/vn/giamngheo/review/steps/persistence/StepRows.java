package vn.giamngheo.review.steps.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giamngheo.account.Scope;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.persistence.ReviewCampaigns;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.steps.ApplicationForm;
import vn.giamngheo.review.steps.Period;
import vn.giamngheo.review.steps.RegularDeadline;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.StepsRefused;
import vn.giamngheo.review.steps.persistence.StepsRecords.Application;
import vn.giamngheo.review.steps.persistence.StepsRecords.Posting;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * What the recorded steps share between reading, writing and the list's guards: the gate
 * every write passes (the commune's own official, the list's row lock taken and the list
 * open), the agreed meeting, the posting, a household by code, and the applications with
 * what their review decided.
 */
@Component
class StepRows {

	/**
	 * Applications with what the household's review decided, for the steps page and the
	 * deadline lists.
	 */
	static final String APPLICATIONS = """
			SELECT a.id, a.form, a.household_id, h.code, h.head_name, v.name AS village, a.received_on,
			       d.category AS decided_category, d.decision_date, d.decision_number
			FROM review_application a JOIN household h ON h.id = a.household_id JOIN area v ON v.id = h.village_id
			LEFT JOIN LATERAL (
			    SELECT r.category, r.decision_date, r.decision_number FROM household_review r
			    WHERE r.household_id = a.household_id AND r.state IN ('APPROVED', 'CONSOLIDATED')
			      AND r.decision_date IS NOT NULL AND r.decision_date >= a.received_on
			      AND ((a.form = 'FORM_04' AND r.kind = 'REGULAR') OR r.campaign_id = a.campaign_id)
			    ORDER BY r.decision_date, r.id LIMIT 1) d ON TRUE
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final ReviewCampaigns campaigns;

	StepRows(NamedParameterJdbcTemplate jdbc, ReviewCampaigns campaigns) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
	}

	/**
	 * The gate of every write: the campaign in the caller's scope, the commune's own
	 * official, the list open.
	 */
	Campaign writable(long campaignId, long communeId, Scope scope) {
		Campaign campaign = campaigns.campaignOf(campaignId, communeId, scope);
		requireWriter(scope, communeId);
		if (lockList(campaignId, communeId)) {
			throw new StepsRefused("action", "steps.locked");
		}
		return campaign;
	}

	static void requireWriter(Scope scope, long communeId) {
		if (!ReviewStepRecords.mayWrite(scope, communeId)) {
			throw new OutOfScopeException("only the commune's official records the steps of commune " + communeId);
		}
	}

	/**
	 * Takes the commune list's row lock (as {@code CommuneLists.lock} does); true when
	 * the list is approved.
	 */
	boolean lockList(long campaignId, long communeId) {
		MapSqlParameterSource p = params(campaignId, communeId);
		jdbc.update("""
				INSERT INTO commune_review_list (campaign_id, commune_id) VALUES (:c, :m)
				ON CONFLICT (campaign_id, commune_id) DO NOTHING""", p);
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT locked FROM commune_review_list WHERE campaign_id = :c AND commune_id = :m FOR UPDATE", p,
				Boolean.class));
	}

	Optional<LocalDate> agreedMeeting(long campaignId, long communeId) {
		return Optional.ofNullable(jdbc.queryForObject("""
				SELECT max(held_on) FROM review_meeting
				WHERE campaign_id = :c AND commune_id = :m AND votes_for * 2 >= attendees""",
				params(campaignId, communeId), LocalDate.class));
	}

	Optional<Posting> posting(long campaignId, long communeId) {
		return jdbc
			.query("""
					SELECT starts_on, ends_on, place, version, recorded_by FROM review_posting
					WHERE campaign_id = :c AND commune_id = :m""", params(campaignId, communeId),
					(rs, i) -> new Posting(new StepRules.Posting(rs.getDate(1).toLocalDate(),
							rs.getDate(2).toLocalDate(), rs.getString(3)), rs.getLong(4), rs.getString(5)))
			.stream()
			.findFirst();
	}

	Long householdOf(long communeId, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return jdbc
			.queryForList("SELECT id FROM household WHERE commune_id = :m AND code = :code",
					Map.of("m", communeId, "code", code.strip()), Long.class)
			.stream()
			.findFirst()
			.orElse(null);
	}

	static Period period(Campaign campaign) {
		return new Period(campaign.startsOn(), campaign.endsOn());
	}

	static MapSqlParameterSource params(long campaignId, long communeId) {
		return new MapSqlParameterSource("c", campaignId).addValue("m", communeId);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/**
	 * One row of {@link #APPLICATIONS}, with the deadline of a Form 04 and its status
	 * today.
	 */
	static Application application(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate received = rs.getDate("received_on").toLocalDate();
		ApplicationForm form = ApplicationForm.valueOf(rs.getString("form"));
		LocalDate decided = rs.getDate("decision_date") == null ? null : rs.getDate("decision_date").toLocalDate();
		var deadline = form == ApplicationForm.FORM_04 ? RegularDeadline.of(received) : null;
		return new Application(rs.getLong("id"), form, rs.getLong("household_id"), rs.getString("code"),
				rs.getString("head_name"), rs.getString("village"), received,
				rs.getString("decided_category") == null ? null
						: PovertyCategory.valueOf(rs.getString("decided_category")),
				decided, rs.getString("decision_number"), deadline,
				deadline == null ? null : deadline.status(decided, today));
	}

}

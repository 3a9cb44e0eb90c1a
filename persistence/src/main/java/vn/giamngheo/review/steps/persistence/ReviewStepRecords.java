package vn.giamngheo.review.steps.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.ReviewRefused;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewCampaigns;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.steps.ApplicationForm;
import vn.giamngheo.review.steps.ComplaintOutcome;
import vn.giamngheo.review.steps.Period;
import vn.giamngheo.review.steps.ScanFile;
import vn.giamngheo.review.steps.StepProblem;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.StepsRefused;
import vn.giamngheo.review.steps.persistence.StepsRecords.Application;
import vn.giamngheo.review.steps.persistence.StepsRecords.Complaint;
import vn.giamngheo.review.steps.persistence.StepsRecords.Decision;
import vn.giamngheo.review.steps.persistence.StepsRecords.ListSteps;
import vn.giamngheo.review.steps.persistence.StepsRecords.Meeting;
import vn.giamngheo.review.steps.persistence.StepsRecords.Posting;
import vn.giamngheo.review.steps.persistence.StepsRecords.PreliminaryRow;
import vn.giamngheo.review.steps.persistence.StepsRecords.Scan;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * The recorded steps of a commune's list in a periodic review (Decision 24/2021/QĐ-TTg, Art. 4): Form 01
 * applications, the preliminary list, the village meeting with its minutes, the public posting, complaints and their
 * re-check, and the scan of the chair's decision. Only the commune's own official writes; district officers in scope
 * read. Writes take the commune list's row lock first, like every other write into a campaign's list, so a step
 * recorded and the list moved on can never interleave.
 */
@Service
@Transactional
public class ReviewStepRecords {

	private final NamedParameterJdbcTemplate jdbc;

	private final ReviewCampaigns campaigns;

	private final Clock clock;

	public ReviewStepRecords(NamedParameterJdbcTemplate jdbc, ReviewCampaigns campaigns, Clock clock) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	// --- reading ---

	@Transactional(readOnly = true)
	public ListSteps steps(long campaignId, long communeId, Scope scope) {
		Campaign campaign = campaigns.campaignOf(campaignId, communeId, scope);
		MapSqlParameterSource p = params(campaignId, communeId);
		LocalDate today = LocalDate.now(clock);
		String communeName = jdbc.queryForObject("SELECT name FROM area WHERE id = :m", p, String.class);
		Map<String, Object> list = jdbc.queryForList("""
				SELECT locked, decision_number, decision_date, decision_signer FROM commune_review_list
				WHERE campaign_id = :c AND commune_id = :m""", p).stream().findFirst().orElse(Map.of("locked", false));
		List<Application> applications = jdbc.query(APPLICATIONS + """
				 WHERE a.campaign_id = :c AND a.commune_id = :m ORDER BY a.received_on, a.id""", p,
				(rs, i) -> application(rs, today));
		List<PreliminaryRow> preliminary = jdbc.query("""
				SELECT r.id, h.code, h.head_name, v.name AS village, r.category, r.state
				FROM household_review r JOIN household h ON h.id = r.household_id JOIN area v ON v.id = h.village_id
				WHERE r.campaign_id = :c AND r.commune_id = :m ORDER BY v.name, h.sort_key, h.id""", p,
				(rs, i) -> new PreliminaryRow(rs.getLong("id"), rs.getString("code"), rs.getString("head_name"),
						rs.getString("village"), PovertyCategory.valueOf(rs.getString("category")),
						ReviewState.valueOf(rs.getString("state"))));
		List<Meeting> meetings = jdbc.query("""
				SELECT id, village, held_on, attendees, votes_for, votes_against, minutes IS NOT NULL AS has_minutes,
				       minutes_name, recorded_by
				FROM review_meeting WHERE campaign_id = :c AND commune_id = :m ORDER BY held_on, id""", p,
				(rs, i) -> new Meeting(rs.getLong("id"),
						new StepRules.Meeting(rs.getDate("held_on").toLocalDate(), rs.getString("village"),
								rs.getInt("attendees"), rs.getInt("votes_for"), rs.getInt("votes_against")),
						rs.getBoolean("has_minutes"), rs.getString("minutes_name"), rs.getString("recorded_by")));
		List<Complaint> complaints = jdbc.query("""
				SELECT k.id, h.code, h.head_name, k.complainant, k.received_on, k.content, k.outcome, k.settled_on,
				       k.recheck_note, k.version
				FROM review_complaint k LEFT JOIN household h ON h.id = k.household_id
				WHERE k.campaign_id = :c AND k.commune_id = :m ORDER BY k.received_on, k.id""", p,
				(rs, i) -> new Complaint(rs.getLong("id"), rs.getString("code"), rs.getString("head_name"),
						rs.getString("complainant"), rs.getDate("received_on").toLocalDate(), rs.getString("content"),
						rs.getString("outcome") == null ? null : ComplaintOutcome.valueOf(rs.getString("outcome")),
						rs.getDate("settled_on") == null ? null : rs.getDate("settled_on").toLocalDate(),
						rs.getString("recheck_note"), rs.getLong("version")));
		Map<String, Object> scan = jdbc.queryForList(
				"SELECT file_name FROM review_decision_scan WHERE campaign_id = :c AND commune_id = :m", p).stream()
			.findFirst().orElse(null);
		java.sql.Date decisionDate = (java.sql.Date) list.get("decision_date");
		Decision decision = new Decision((String) list.get("decision_number"),
				decisionDate == null ? null : decisionDate.toLocalDate(), (String) list.get("decision_signer"),
				scan != null, scan == null ? null : (String) scan.get("file_name"));
		List<String> villages = jdbc.queryForList(
				"SELECT name FROM area WHERE parent_id = :m ORDER BY name", p, String.class);
		return new ListSteps(campaign, communeId, communeName, mayWrite(scope, communeId),
				Boolean.TRUE.equals(list.get("locked")), applications, preliminary, meetings,
				posting(campaignId, communeId).orElse(null), complaints, decision, villages);
	}

	public static boolean mayWrite(Scope scope, long communeId) {
		return scope.role() == Role.COMMUNE_OFFICIAL && scope.covers(communeId);
	}

	@Transactional(readOnly = true)
	public Scan minutes(long meetingId, Scope scope) {
		Map<String, Object> row = jdbc.queryForList("""
				SELECT campaign_id, commune_id, minutes, minutes_type, minutes_name FROM review_meeting
				WHERE id = :id AND minutes IS NOT NULL""", Map.of("id", meetingId)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("minutes", meetingId));
		campaigns.campaignOf(((Number) row.get("campaign_id")).longValue(), ((Number) row.get("commune_id")).longValue(),
				scope);
		return new Scan((byte[]) row.get("minutes"), (String) row.get("minutes_type"), (String) row.get("minutes_name"));
	}

	@Transactional(readOnly = true)
	public Scan decisionScan(long campaignId, long communeId, Scope scope) {
		campaigns.campaignOf(campaignId, communeId, scope);
		return jdbc.query("""
				SELECT content, content_type, file_name FROM review_decision_scan
				WHERE campaign_id = :c AND commune_id = :m""", params(campaignId, communeId),
				(rs, i) -> new Scan(rs.getBytes(1), rs.getString(2), rs.getString(3))).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("decision scan", campaignId));
	}

	// --- writing ---

	/** A Form 01 received for a household of the commune (Art. 4(1)), dated within the campaign. */
	public long addApplication(long campaignId, long communeId, String householdCode, LocalDate receivedOn,
			String note, Scope scope, String user) {
		Campaign campaign = writable(campaignId, communeId, scope);
		Long household = householdOf(communeId, householdCode);
		List<StepProblem> problems = new ArrayList<>(StepRules.checkApplication(household, receivedOn,
				period(campaign), LocalDate.now(clock)));
		if (householdCode != null && !householdCode.isBlank() && household == null) {
			problems.removeIf(pr -> pr.field().equals("householdCode"));
			problems.add(0, new StepProblem("householdCode", "steps.application.householdUnknown"));
		}
		if (note != null && note.strip().length() > 500) {
			problems.add(new StepProblem("note", "steps.tooLong"));
		}
		StepsRefused.throwIfAny(problems);
		return jdbc.queryForObject("""
				INSERT INTO review_application (campaign_id, commune_id, household_id, form, received_on, note,
				    created_by) VALUES (:c, :m, :h, 'FORM_01', :on, :note, :user) RETURNING id""",
				params(campaignId, communeId).addValue("h", household).addValue("on", receivedOn)
					.addValue("note", blankToNull(note)).addValue("user", user), Long.class);
	}

	/** The village meeting (Art. 4(3)) with its minutes' scan, if one is given. */
	public long recordMeeting(long campaignId, long communeId, StepRules.Meeting meeting, ScanFile minutes,
			Scope scope, String user) {
		Campaign campaign = writable(campaignId, communeId, scope);
		StepsRefused.throwIfAny(StepRules.checkMeeting(meeting, period(campaign), LocalDate.now(clock)));
		return jdbc.queryForObject("""
				INSERT INTO review_meeting (campaign_id, commune_id, village, held_on, attendees, votes_for,
				    votes_against, minutes, minutes_type, minutes_name, recorded_by)
				VALUES (:c, :m, :village, :on, :att, :for, :against, :minutes, :type, :name, :user) RETURNING id""",
				params(campaignId, communeId).addValue("village", meeting.village().strip())
					.addValue("on", meeting.heldOn()).addValue("att", meeting.attendees())
					.addValue("for", meeting.votesFor()).addValue("against", meeting.votesAgainst())
					.addValue("minutes", minutes == null ? null : minutes.content())
					.addValue("type", minutes == null ? null : minutes.contentType())
					.addValue("name", minutes == null ? null : minutes.fileName()).addValue("user", user),
				Long.class);
	}

	/**
	 * The public posting (Art. 4(4)), after a meeting that agreed. Recorded once, then edited from the version the
	 * form was loaded at ({@code expectedVersion}; -1 for a first record).
	 */
	public void recordPosting(long campaignId, long communeId, StepRules.Posting posting, long expectedVersion,
			Scope scope, String user) {
		Campaign campaign = writable(campaignId, communeId, scope);
		StepsRefused.throwIfAny(StepRules.checkPosting(posting, period(campaign), agreedMeeting(campaignId, communeId)));
		MapSqlParameterSource p = params(campaignId, communeId).addValue("from", posting.startsOn())
			.addValue("to", posting.endsOn()).addValue("place", posting.place().strip()).addValue("user", user)
			.addValue("version", expectedVersion);
		Optional<Posting> existing = posting(campaignId, communeId);
		int updated;
		if (existing.isEmpty()) {
			if (expectedVersion >= 0) {
				throw new ConcurrentEditException(user);
			}
			updated = jdbc.update("""
					INSERT INTO review_posting (campaign_id, commune_id, starts_on, ends_on, place, recorded_by)
					VALUES (:c, :m, :from, :to, :place, :user) ON CONFLICT DO NOTHING""", p);
		}
		else {
			updated = jdbc.update("""
					UPDATE review_posting SET starts_on = :from, ends_on = :to, place = :place, recorded_by = :user,
					    recorded_at = now(), version = version + 1
					WHERE campaign_id = :c AND commune_id = :m AND version = :version""", p);
		}
		if (updated == 0) {
			throw new ConcurrentEditException(existing.map(Posting::recordedBy).orElse(user));
		}
	}

	/** A complaint received during the posting, about a household of the list or the list as a whole. */
	public long addComplaint(long campaignId, long communeId, String householdCode, StepRules.Complaint complaint,
			Scope scope, String user) {
		writable(campaignId, communeId, scope);
		Long household = householdCode == null || householdCode.isBlank() ? null : householdOf(communeId, householdCode);
		List<StepProblem> problems = new ArrayList<>(StepRules.checkComplaint(complaint,
				posting(campaignId, communeId).map(Posting::record).orElse(null), LocalDate.now(clock)));
		if (householdCode != null && !householdCode.isBlank() && household == null) {
			problems.add(new StepProblem("householdCode", "steps.application.householdUnknown"));
		}
		StepsRefused.throwIfAny(problems);
		return jdbc.queryForObject("""
				INSERT INTO review_complaint (campaign_id, commune_id, household_id, complainant, received_on, content,
				    recorded_by) VALUES (:c, :m, :h, :who, :on, :content, :user) RETURNING id""",
				params(campaignId, communeId).addValue("h", household)
					.addValue("who", complaint.complainant().strip()).addValue("on", complaint.receivedOn())
					.addValue("content", complaint.content().strip()).addValue("user", user), Long.class);
	}

	/** Settles a complaint: upheld with the re-check it led to, or rejected; from the version the form showed. */
	public void settleComplaint(long complaintId, ComplaintOutcome outcome, LocalDate settledOn, String recheckNote,
			long expectedVersion, Scope scope, String user) {
		Map<String, Object> row = jdbc.queryForList(
				"SELECT campaign_id, commune_id, received_on, version, settled_by FROM review_complaint WHERE id = :id",
				Map.of("id", complaintId)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("complaint", complaintId));
		long campaignId = ((Number) row.get("campaign_id")).longValue();
		long communeId = ((Number) row.get("commune_id")).longValue();
		Campaign campaign = writable(campaignId, communeId, scope);
		StepsRefused.throwIfAny(StepRules.checkSettlement(outcome, settledOn, recheckNote,
				((java.sql.Date) row.get("received_on")).toLocalDate(), period(campaign), LocalDate.now(clock)));
		int updated = jdbc.update("""
				UPDATE review_complaint SET outcome = :outcome, settled_on = :on, recheck_note = :note,
				    settled_by = :user, version = version + 1
				WHERE id = :id AND version = :version""", new MapSqlParameterSource("id", complaintId)
			.addValue("outcome", outcome.name()).addValue("on", settledOn).addValue("note", blankToNull(recheckNote))
			.addValue("user", user).addValue("version", expectedVersion));
		if (updated == 0) {
			throw new ConcurrentEditException((String) row.get("settled_by"));
		}
	}

	/** The scan of the chair's signed decision, once the decision (number, date, signer) is recorded. */
	public void storeDecisionScan(long campaignId, long communeId, ScanFile scan, Scope scope, String user) {
		campaigns.campaignOf(campaignId, communeId, scope);
		requireWriter(scope, communeId);
		lockList(campaignId, communeId);
		Boolean decided = jdbc.queryForObject("""
				SELECT coalesce(bool_or(decision_number IS NOT NULL AND locked), FALSE) FROM commune_review_list
				WHERE campaign_id = :c AND commune_id = :m""", params(campaignId, communeId), Boolean.class);
		if (!Boolean.TRUE.equals(decided)) {
			throw new StepsRefused("scan", "steps.decision.notYet");
		}
		jdbc.update("""
				INSERT INTO review_decision_scan (campaign_id, commune_id, content, content_type, file_name, uploaded_by)
				VALUES (:c, :m, :content, :type, :name, :user)
				ON CONFLICT (campaign_id, commune_id) DO UPDATE SET content = excluded.content,
				    content_type = excluded.content_type, file_name = excluded.file_name,
				    uploaded_by = excluded.uploaded_by, uploaded_at = now()""",
				params(campaignId, communeId).addValue("content", scan.content()).addValue("type", scan.contentType())
					.addValue("name", scan.fileName()).addValue("user", user));
	}

	// --- the guards the list steps call (hooked into ReviewSteps) ---

	/**
	 * Before the list is marked posted: a village meeting with at least 50% agreeing, then a posting of the minimum
	 * length that has ended (Art. 4(3)–(4)). Called by {@code ReviewSteps.markPosted} under the list's lock.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void requireReadyToPost(long campaignId, long communeId) {
		StepRules.missingBeforePosted(agreedMeeting(campaignId, communeId),
				posting(campaignId, communeId).map(Posting::record).orElse(null), LocalDate.now(clock))
			.ifPresent(key -> {
				throw new ReviewRefused("action", key);
			});
	}

	/** Before the chair's decision: every complaint received during the posting is settled. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void requireComplaintsSettled(long campaignId, long communeId) {
		Long open = jdbc.queryForObject("""
				SELECT count(*) FROM review_complaint WHERE campaign_id = :c AND commune_id = :m AND outcome IS NULL""",
				params(campaignId, communeId), Long.class);
		StepRules.missingBeforeDecision(open).ifPresent(key -> {
			throw new ReviewRefused("action", key);
		});
	}

	// --- helpers ---

	private Campaign writable(long campaignId, long communeId, Scope scope) {
		Campaign campaign = campaigns.campaignOf(campaignId, communeId, scope);
		requireWriter(scope, communeId);
		if (lockList(campaignId, communeId)) {
			throw new StepsRefused("action", "steps.locked");
		}
		return campaign;
	}

	private static void requireWriter(Scope scope, long communeId) {
		if (!mayWrite(scope, communeId)) {
			throw new OutOfScopeException("only the commune's official records the steps of commune " + communeId);
		}
	}

	/** Takes the commune list's row lock (as {@code CommuneLists.lock} does); true when the list is approved. */
	private boolean lockList(long campaignId, long communeId) {
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
		return jdbc.query("""
				SELECT starts_on, ends_on, place, version, recorded_by FROM review_posting
				WHERE campaign_id = :c AND commune_id = :m""", params(campaignId, communeId),
				(rs, i) -> new Posting(new StepRules.Posting(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(),
						rs.getString(3)), rs.getLong(4), rs.getString(5)))
			.stream().findFirst();
	}

	private Long householdOf(long communeId, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return jdbc.queryForList("SELECT id FROM household WHERE commune_id = :m AND code = :code",
				Map.of("m", communeId, "code", code.strip()), Long.class).stream().findFirst().orElse(null);
	}

	private static Period period(Campaign campaign) {
		return new Period(campaign.startsOn(), campaign.endsOn());
	}

	private static MapSqlParameterSource params(long campaignId, long communeId) {
		return new MapSqlParameterSource("c", campaignId).addValue("m", communeId);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** Applications with what the household's review decided, for the steps page and the deadline lists. */
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

	static Application application(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate received = rs.getDate("received_on").toLocalDate();
		ApplicationForm form = ApplicationForm.valueOf(rs.getString("form"));
		LocalDate decided = rs.getDate("decision_date") == null ? null : rs.getDate("decision_date").toLocalDate();
		var deadline = form == ApplicationForm.FORM_04 ? vn.giamngheo.review.steps.RegularDeadline.of(received) : null;
		return new Application(rs.getLong("id"), form, rs.getLong("household_id"), rs.getString("code"),
				rs.getString("head_name"), rs.getString("village"), received,
				rs.getString("decided_category") == null ? null
						: PovertyCategory.valueOf(rs.getString("decided_category")),
				decided, rs.getString("decision_number"), deadline,
				deadline == null ? null : deadline.status(decided, today));
	}
}

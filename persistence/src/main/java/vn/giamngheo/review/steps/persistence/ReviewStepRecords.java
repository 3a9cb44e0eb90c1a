package vn.giamngheo.review.steps.persistence;

import static vn.giamngheo.review.steps.persistence.StepRows.blankToNull;
import static vn.giamngheo.review.steps.persistence.StepRows.params;
import static vn.giamngheo.review.steps.persistence.StepRows.period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.review.ReviewRefused;
import vn.giamngheo.review.persistence.ReviewCampaigns;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.steps.ComplaintOutcome;
import vn.giamngheo.review.steps.ScanFile;
import vn.giamngheo.review.steps.StepProblem;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.StepsRefused;
import vn.giamngheo.review.steps.persistence.StepsRecords.ListSteps;
import vn.giamngheo.review.steps.persistence.StepsRecords.Posting;
import vn.giamngheo.review.steps.persistence.StepsRecords.Scan;
import vn.giamngheo.shared.persistence.ConcurrentEditException;

/**
 * The recorded steps of a commune's list in a periodic review (Decision 24/2021/QĐ-TTg,
 * Art. 4): Form 01 applications, the preliminary list, the village meeting with its
 * minutes, the public posting, complaints and their re-check, and the scan of the chair's
 * decision. Only the commune's own official writes; district officers in scope read.
 * Writes take the commune list's row lock first, like every other write into a campaign's
 * list, so a step recorded and the list moved on can never interleave.
 *
 * <p>
 * The front door of the steps: reading is {@link ListStepsQuery}, complaints are
 * {@link ComplaintRecords}, what they share (the write gate, the posting, the agreed
 * meeting) is {@link StepRows}.
 */
@Service
@Transactional
public class ReviewStepRecords {

	private final NamedParameterJdbcTemplate jdbc;

	private final StepRows rows;

	private final ListStepsQuery query;

	private final ComplaintRecords complaints;

	private final ReviewCampaigns campaigns;

	private final Clock clock;

	ReviewStepRecords(NamedParameterJdbcTemplate jdbc, StepRows rows, ListStepsQuery query, ComplaintRecords complaints,
			ReviewCampaigns campaigns, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.query = query;
		this.complaints = complaints;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	// --- reading (ListStepsQuery) ---

	/** Everything recorded for the commune's list in the campaign, for the steps page. */
	@Transactional(readOnly = true)
	public ListSteps steps(long campaignId, long communeId, Scope scope) {
		return query.steps(campaignId, communeId, scope);
	}

	public static boolean mayWrite(Scope scope, long communeId) {
		return scope.role() == Role.COMMUNE_OFFICIAL && scope.covers(communeId);
	}

	@Transactional(readOnly = true)
	public Scan minutes(long meetingId, Scope scope) {
		return query.minutes(meetingId, scope);
	}

	@Transactional(readOnly = true)
	public Scan decisionScan(long campaignId, long communeId, Scope scope) {
		return query.decisionScan(campaignId, communeId, scope);
	}

	// --- writing ---

	/**
	 * A Form 01 received for a household of the commune (Art. 4(1)), dated within the
	 * campaign.
	 */
	public long addApplication(long campaignId, long communeId, String householdCode, LocalDate receivedOn, String note,
			Scope scope, String user) {
		Campaign campaign = rows.writable(campaignId, communeId, scope);
		Long household = rows.householdOf(communeId, householdCode);
		List<StepProblem> problems = new ArrayList<>(
				StepRules.checkApplication(household, receivedOn, period(campaign), LocalDate.now(clock)));
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
				params(campaignId, communeId).addValue("h", household)
					.addValue("on", receivedOn)
					.addValue("note", blankToNull(note))
					.addValue("user", user),
				Long.class);
	}

	/** The village meeting (Art. 4(3)) with its minutes' scan, if one is given. */
	public long recordMeeting(long campaignId, long communeId, StepRules.Meeting meeting, ScanFile minutes, Scope scope,
			String user) {
		Campaign campaign = rows.writable(campaignId, communeId, scope);
		StepsRefused.throwIfAny(StepRules.checkMeeting(meeting, period(campaign), LocalDate.now(clock)));
		return jdbc.queryForObject("""
				INSERT INTO review_meeting (campaign_id, commune_id, village, held_on, attendees, votes_for,
				    votes_against, minutes, minutes_type, minutes_name, recorded_by)
				VALUES (:c, :m, :village, :on, :att, :for, :against, :minutes, :type, :name, :user) RETURNING id""",
				params(campaignId, communeId).addValue("village", meeting.village().strip())
					.addValue("on", meeting.heldOn())
					.addValue("att", meeting.attendees())
					.addValue("for", meeting.votesFor())
					.addValue("against", meeting.votesAgainst())
					.addValue("minutes", minutes == null ? null : minutes.content())
					.addValue("type", minutes == null ? null : minutes.contentType())
					.addValue("name", minutes == null ? null : minutes.fileName())
					.addValue("user", user),
				Long.class);
	}

	/**
	 * The public posting (Art. 4(4)), after a meeting that agreed. Recorded once, then
	 * edited from the version the form was loaded at ({@code expectedVersion}; -1 for a
	 * first record).
	 */
	public void recordPosting(long campaignId, long communeId, StepRules.Posting posting, long expectedVersion,
			Scope scope, String user) {
		Campaign campaign = rows.writable(campaignId, communeId, scope);
		StepsRefused
			.throwIfAny(StepRules.checkPosting(posting, period(campaign), rows.agreedMeeting(campaignId, communeId)));
		MapSqlParameterSource p = params(campaignId, communeId).addValue("from", posting.startsOn())
			.addValue("to", posting.endsOn())
			.addValue("place", posting.place().strip())
			.addValue("user", user)
			.addValue("version", expectedVersion);
		Optional<Posting> existing = rows.posting(campaignId, communeId);
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

	/**
	 * A complaint received during the posting, about a household of the list or the list
	 * as a whole.
	 */
	public long addComplaint(long campaignId, long communeId, String householdCode, StepRules.Complaint complaint,
			Scope scope, String user) {
		return complaints.add(campaignId, communeId, householdCode, complaint, scope, user);
	}

	/**
	 * Settles a complaint: upheld with the re-check it led to, or rejected; from the
	 * version the form showed.
	 */
	public void settleComplaint(long complaintId, ComplaintOutcome outcome, LocalDate settledOn, String recheckNote,
			long expectedVersion, Scope scope, String user) {
		complaints.settle(complaintId, outcome, settledOn, recheckNote, expectedVersion, scope, user);
	}

	/**
	 * The scan of the chair's signed decision, once the decision (number, date, signer)
	 * is recorded.
	 */
	public void storeDecisionScan(long campaignId, long communeId, ScanFile scan, Scope scope, String user) {
		campaigns.campaignOf(campaignId, communeId, scope);
		StepRows.requireWriter(scope, communeId);
		rows.lockList(campaignId, communeId);
		Boolean decided = jdbc.queryForObject("""
				SELECT coalesce(bool_or(decision_number IS NOT NULL AND locked), FALSE) FROM commune_review_list
				WHERE campaign_id = :c AND commune_id = :m""", params(campaignId, communeId), Boolean.class);
		if (!Boolean.TRUE.equals(decided)) {
			throw new StepsRefused("scan", "steps.decision.notYet");
		}
		jdbc.update(
				"""
						INSERT INTO review_decision_scan (campaign_id, commune_id, content, content_type, file_name, uploaded_by)
						VALUES (:c, :m, :content, :type, :name, :user)
						ON CONFLICT (campaign_id, commune_id) DO UPDATE SET content = excluded.content,
						    content_type = excluded.content_type, file_name = excluded.file_name,
						    uploaded_by = excluded.uploaded_by, uploaded_at = now()""",
				params(campaignId, communeId).addValue("content", scan.content())
					.addValue("type", scan.contentType())
					.addValue("name", scan.fileName())
					.addValue("user", user));
	}

	// --- the guards the list steps call (hooked into ReviewSteps) ---

	/**
	 * Before the list is marked posted: a village meeting with at least 50% agreeing,
	 * then a posting of the minimum length that has ended (Art. 4(3)–(4)). Called by
	 * {@code ReviewSteps.markPosted} under the list's lock.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void requireReadyToPost(long campaignId, long communeId) {
		StepRules
			.missingBeforePosted(rows.agreedMeeting(campaignId, communeId),
					rows.posting(campaignId, communeId).map(Posting::record).orElse(null), LocalDate.now(clock))
			.ifPresent(key -> {
				throw new ReviewRefused("action", key);
			});
	}

	/**
	 * Before the chair's decision: every complaint received during the posting is
	 * settled.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void requireComplaintsSettled(long campaignId, long communeId) {
		Long open = jdbc.queryForObject("""
				SELECT count(*) FROM review_complaint WHERE campaign_id = :c AND commune_id = :m AND outcome IS NULL""",
				params(campaignId, communeId), Long.class);
		StepRules.missingBeforeDecision(open).ifPresent(key -> {
			throw new ReviewRefused("action", key);
		});
	}

}

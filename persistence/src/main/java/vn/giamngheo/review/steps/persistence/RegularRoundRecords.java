package vn.giamngheo.review.steps.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.review.ReviewRefused;
import vn.giamngheo.review.steps.Period;
import vn.giamngheo.review.steps.RegularRound;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.StepsRefused;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Steps 3 and 4 of the regular review (Decision 24/2021/QĐ-TTg, Art. 5, applying Art.
 * 4(3)–(4)): the village meetings and public postings of a commune's regular round, and
 * the guard the chair's decision of a regular review passes ({@link RegularRound}). Only
 * the commune's own official records; officers in scope read.
 */
@Service
@Transactional
public class RegularRoundRecords {

	/** A meeting of the round as recorded. */
	public record Meeting(long id, StepRules.Meeting record, String recordedBy) {
	}

	/** A posting of the round as recorded. */
	public record Posting(long id, StepRules.Posting record, String recordedBy) {
	}

	/** The commune's regular round: its meetings and postings, newest first. */
	public record Round(long communeId, List<Meeting> meetings, List<Posting> postings) {
	}

	/** Any date may hold a regular review's step: it has no campaign dates. */
	private static final Period ANY_DAY = new Period(LocalDate.MIN, LocalDate.MAX);

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	public RegularRoundRecords(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Round round(long communeId, Scope scope) {
		if (!scope.covers(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " is outside the caller's communes");
		}
		MapSqlParameterSource p = new MapSqlParameterSource("m", communeId);
		List<Meeting> meetings = jdbc.query("""
				SELECT id, village, held_on, attendees, votes_for, votes_against, recorded_by
				FROM regular_review_meeting WHERE commune_id = :m ORDER BY held_on DESC, id DESC""", p,
				(rs, i) -> new Meeting(rs.getLong("id"),
						new StepRules.Meeting(rs.getDate("held_on").toLocalDate(), rs.getString("village"),
								rs.getInt("attendees"), rs.getInt("votes_for"), rs.getInt("votes_against")),
						rs.getString("recorded_by")));
		List<Posting> postings = jdbc.query("""
				SELECT id, starts_on, ends_on, place, recorded_by
				FROM regular_review_posting WHERE commune_id = :m ORDER BY starts_on DESC, id DESC""", p,
				(rs, i) -> new Posting(rs.getLong("id"),
						new StepRules.Posting(rs.getDate("starts_on").toLocalDate(),
								rs.getDate("ends_on").toLocalDate(), rs.getString("place")),
						rs.getString("recorded_by")));
		return new Round(communeId, meetings, postings);
	}

	public long recordMeeting(long communeId, StepRules.Meeting meeting, Scope scope, String user) {
		requireWriter(scope, communeId);
		StepsRefused.throwIfAny(StepRules.checkMeeting(meeting, ANY_DAY, LocalDate.now(clock)));
		return jdbc.queryForObject("""
				INSERT INTO regular_review_meeting (commune_id, village, held_on, attendees, votes_for, votes_against,
				    recorded_by)
				VALUES (:m, :village, :heldOn, :attendees, :for, :against, :user) RETURNING id""",
				new MapSqlParameterSource("m", communeId).addValue("village", meeting.village().strip())
					.addValue("heldOn", meeting.heldOn())
					.addValue("attendees", meeting.attendees())
					.addValue("for", meeting.votesFor())
					.addValue("against", meeting.votesAgainst())
					.addValue("user", user),
				Long.class);
	}

	/**
	 * A posting follows an agreeing meeting of the round (step 3 before step 4) and lasts
	 * 3 working days.
	 */
	public long recordPosting(long communeId, StepRules.Posting posting, Scope scope, String user) {
		requireWriter(scope, communeId);
		Optional<LocalDate> agreed = jdbc
			.queryForList("""
					SELECT max(held_on) FROM regular_review_meeting
					WHERE commune_id = :m AND votes_for * 2 >= attendees AND held_on <= :today""",
					new MapSqlParameterSource("m", communeId).addValue("today", LocalDate.now(clock)), LocalDate.class)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
		StepsRefused.throwIfAny(StepRules.checkPosting(posting, ANY_DAY, agreed));
		return jdbc.queryForObject("""
				INSERT INTO regular_review_posting (commune_id, starts_on, ends_on, place, recorded_by)
				VALUES (:m, :startsOn, :endsOn, :place, :user) RETURNING id""",
				new MapSqlParameterSource("m", communeId).addValue("startsOn", posting.startsOn())
					.addValue("endsOn", posting.endsOn())
					.addValue("place", posting.place().strip())
					.addValue("user", user),
				Long.class);
	}

	/**
	 * Before the chair decides a regular review: an agreeing meeting and an ended posting
	 * of the commune's round cover the household
	 * ({@link RegularRound#missingBeforeDecision}). Its review began on the day the
	 * commune received its latest Form 04 up to the day the review was entered, else on
	 * that day. Runs inside the step's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void requireCovered(long reviewId, LocalDate decisionDate) {
		Map<String, Object> review = jdbc.queryForMap("""
				SELECT r.commune_id,
				       coalesce((SELECT max(a.received_on) FROM review_application a
				                 WHERE a.household_id = r.household_id AND a.form = 'FORM_04'
				                   AND a.received_on <= (r.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date),
				                (r.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS began
				FROM household_review r WHERE r.id = :id""", Map.of("id", reviewId));
		MapSqlParameterSource p = new MapSqlParameterSource("m", review.get("commune_id"));
		List<RegularRound.HeldMeeting> meetings = jdbc.query("""
				SELECT held_on, votes_for * 2 >= attendees AS agreed FROM regular_review_meeting
				WHERE commune_id = :m""", p,
				(rs, i) -> new RegularRound.HeldMeeting(rs.getDate(1).toLocalDate(), rs.getBoolean(2)));
		List<RegularRound.HeldPosting> postings = jdbc.query("""
				SELECT starts_on, ends_on FROM regular_review_posting WHERE commune_id = :m""", p,
				(rs, i) -> new RegularRound.HeldPosting(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()));
		RegularRound
			.missingBeforeDecision(((java.sql.Date) review.get("began")).toLocalDate(), meetings, postings,
					decisionDate, LocalDate.now(clock))
			.ifPresent(key -> {
				throw new ReviewRefused("action", key);
			});
	}

	private static void requireWriter(Scope scope, long communeId) {
		if (!ReviewStepRecords.mayWrite(scope, communeId)) {
			throw new OutOfScopeException("only the commune's official records the steps of commune " + communeId);
		}
	}

}

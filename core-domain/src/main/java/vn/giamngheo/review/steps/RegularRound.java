package vn.giamngheo.review.steps;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The guard before the chair decides a regular review (Decision 24/2021/QĐ-TTg, Art. 5:
 * "the chair has the steering committee apply steps 2–4", that is review and classify,
 * the village meeting with at least 50% agreeing, and the public posting, then decides
 * within 15 days).
 * <p>
 * A regular review has no campaign list, so the meeting and the posting are recorded for
 * the commune's regular round: the households whose regular review had begun by the day
 * of the meeting. A household is covered when
 * <ol>
 * <li>an agreeing meeting of the commune's regular round was held on or after the day its
 * review began (the receipt of its Form 04, or the day the review was entered when there
 * is no application) and not after today;</li>
 * <li>a posting of the round started on or after such a meeting (step 3 before step 4),
 * and has ended by today;</li>
 * <li>the decision is dated on or after the end of that posting.</li>
 * </ol>
 */
public final class RegularRound {

	private RegularRound() {
	}

	/**
	 * A meeting of the commune's regular round: when, and whether at least half of those
	 * present agreed.
	 */
	public record HeldMeeting(LocalDate heldOn, boolean agreed) {
	}

	/** A posting of the commune's regular round. */
	public record HeldPosting(LocalDate startsOn, LocalDate endsOn) {
	}

	/**
	 * @param began the day the household's regular review began (Form 04 received, else
	 * the review entered)
	 * @param decisionDate the date of the chair's decision typed, or null when not typed
	 * yet
	 * @return the message key of the first thing missing, empty when the chair may decide
	 */
	public static Optional<String> missingBeforeDecision(LocalDate began, List<HeldMeeting> meetings,
			List<HeldPosting> postings, LocalDate decisionDate, LocalDate today) {
		Optional<LocalDate> meeting = meetings.stream()
			.filter(HeldMeeting::agreed)
			.map(HeldMeeting::heldOn)
			.filter(d -> !d.isBefore(began) && !d.isAfter(today))
			.min(Comparator.naturalOrder());
		if (meeting.isEmpty()) {
			return Optional.of("steps.regular.guard.noAgreedMeeting");
		}
		List<HeldPosting> after = postings.stream().filter(p -> !p.startsOn().isBefore(meeting.get())).toList();
		if (after.isEmpty()) {
			return Optional.of("steps.regular.guard.noPosting");
		}
		Optional<LocalDate> ended = after.stream()
			.map(HeldPosting::endsOn)
			.filter(d -> !d.isAfter(today))
			.min(Comparator.naturalOrder());
		if (ended.isEmpty()) {
			return Optional.of("steps.regular.guard.postingNotOver");
		}
		if (decisionDate != null && decisionDate.isBefore(ended.get())) {
			return Optional.of("steps.regular.guard.decisionBeforePostingEnd");
		}
		return Optional.empty();
	}

}

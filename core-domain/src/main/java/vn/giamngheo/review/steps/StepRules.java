package vn.giamngheo.review.steps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the recorded steps of a review (Decision 24/2021/QĐ-TTg, Art. 4 and 5),
 * each checked against what was typed and returning every problem at once. Durations are
 * parameters here rather than scattered constants, because two of them are not verified
 * against the Decision's text (domain README §7.1 item 3).
 */
public final class StepRules {

	/**
	 * Public posting lasts at least 3 working days (Art. 4(4): "niêm yết công khai …
	 * trong 03 ngày làm việc"). WEAK: quoted by a third-party procedure catalogue, not
	 * checked against Decision 24 (domain README §2.4).
	 */
	public static final int POSTING_MIN_WORKING_DAYS = 3;

	/**
	 * The village meeting needs at least 50% of attendees agreeing, else review again and
	 * meet again (Art. 4(3)).
	 */
	public static final int MEETING_MIN_AGREEMENT_PERCENT = 50;

	/**
	 * A regular review is decided within 15 days (Art. 5): calendar days, as the Decision
	 * says "15 ngày" where the 2016–2020 rule said "07 ngày làm việc" (Circular 14/2018).
	 * Counted from the day the commune received Form 04, which is the earliest reading of
	 * "from the start of the monthly review", so the app warns no later than the law.
	 */
	public static final int REGULAR_DECISION_DAYS = 15;

	/**
	 * Largest scan accepted for minutes or a decision: a few pages scanned at 200 dpi.
	 */
	public static final int SCAN_MAX_BYTES = 5 * 1024 * 1024;

	private StepRules() {
	}

	// --- village meeting (Art. 4(3)) ---

	/**
	 * What the meeting's record says: date, village, attendance and the show of hands.
	 */
	public record Meeting(LocalDate heldOn, String village, Integer attendees, Integer votesFor, Integer votesAgainst) {

		/**
		 * Share of attendees who agreed, in whole percent rounded down (so 49.9% never
		 * shows as 50%).
		 */
		public int agreementPercent() {
			return attendees == null || attendees == 0 || votesFor == null ? 0 : votesFor * 100 / attendees;
		}

		/**
		 * At least half of those present agreed: votesFor × 2 ≥ attendees, exact, without
		 * rounding.
		 */
		public boolean agreed() {
			return attendees != null && attendees > 0 && votesFor != null && votesFor * 2 >= attendees;
		}
	}

	public static List<StepProblem> checkMeeting(Meeting m, Period period, LocalDate today) {
		List<StepProblem> problems = new ArrayList<>();
		checkDate(problems, "heldOn", m.heldOn(), period, today);
		if (m.village() == null || m.village().isBlank()) {
			problems.add(new StepProblem("village", "steps.meeting.villageRequired"));
		}
		else if (m.village().strip().length() > 150) {
			problems.add(new StepProblem("village", "steps.tooLong"));
		}
		if (m.attendees() == null || m.attendees() < 1) {
			problems.add(new StepProblem("attendees", "steps.meeting.attendeesRequired"));
		}
		if (m.votesFor() == null || m.votesFor() < 0) {
			problems.add(new StepProblem("votesFor", "steps.meeting.votesRequired"));
		}
		if (m.votesAgainst() == null || m.votesAgainst() < 0) {
			problems.add(new StepProblem("votesAgainst", "steps.meeting.votesRequired"));
		}
		if (m.attendees() != null && m.votesFor() != null && m.votesAgainst() != null && m.attendees() >= 1
				&& m.votesFor() >= 0 && m.votesAgainst() >= 0 && m.votesFor() + m.votesAgainst() > m.attendees()) {
			problems.add(new StepProblem("votesFor", "steps.meeting.votesExceedAttendees"));
		}
		return problems;
	}

	// --- public posting (Art. 4(4)) ---

	public record Posting(LocalDate startsOn, LocalDate endsOn, String place) {

		public int workingDays() {
			return startsOn == null || endsOn == null ? 0 : WorkingDays.between(startsOn, endsOn);
		}
	}

	/**
	 * @param agreedMeeting the latest meeting that reached 50%, if any: the posting
	 * follows it (step 3 before step 4)
	 */
	public static List<StepProblem> checkPosting(Posting p, Period period, Optional<LocalDate> agreedMeeting) {
		List<StepProblem> problems = new ArrayList<>();
		if (agreedMeeting.isEmpty()) {
			problems.add(new StepProblem("startsOn", "steps.posting.meetingFirst"));
		}
		if (p.startsOn() == null) {
			problems.add(new StepProblem("startsOn", "steps.dateRequired"));
		}
		else if (!period.contains(p.startsOn())) {
			problems.add(new StepProblem("startsOn", "steps.dateOutsideCampaign"));
		}
		else if (agreedMeeting.isPresent() && p.startsOn().isBefore(agreedMeeting.get())) {
			problems.add(new StepProblem("startsOn", "steps.posting.beforeMeeting"));
		}
		if (p.endsOn() == null) {
			problems.add(new StepProblem("endsOn", "steps.dateRequired"));
		}
		else if (!period.contains(p.endsOn())) {
			problems.add(new StepProblem("endsOn", "steps.dateOutsideCampaign"));
		}
		else if (p.startsOn() != null && p.endsOn().isBefore(p.startsOn())) {
			problems.add(new StepProblem("endsOn", "steps.posting.endsBeforeStart"));
		}
		else if (p.startsOn() != null && p.workingDays() < POSTING_MIN_WORKING_DAYS) {
			problems.add(new StepProblem("endsOn", "steps.posting.tooShort"));
		}
		if (p.place() == null || p.place().isBlank()) {
			problems.add(new StepProblem("place", "steps.posting.placeRequired"));
		}
		else if (p.place().strip().length() > 300) {
			problems.add(new StepProblem("place", "steps.tooLong"));
		}
		return problems;
	}

	// --- complaints during the posting ---

	public record Complaint(String complainant, LocalDate receivedOn, String content) {
	}

	public static List<StepProblem> checkComplaint(Complaint c, Posting posting, LocalDate today) {
		List<StepProblem> problems = new ArrayList<>();
		if (c.complainant() == null || c.complainant().isBlank()) {
			problems.add(new StepProblem("complainant", "steps.complaint.complainantRequired"));
		}
		else if (c.complainant().strip().length() > 150) {
			problems.add(new StepProblem("complainant", "steps.tooLong"));
		}
		if (posting == null) {
			problems.add(new StepProblem("receivedOn", "steps.complaint.noPosting"));
		}
		else if (c.receivedOn() == null) {
			problems.add(new StepProblem("receivedOn", "steps.dateRequired"));
		}
		else if (c.receivedOn().isAfter(today)) {
			problems.add(new StepProblem("receivedOn", "steps.dateInFuture"));
		}
		else if (c.receivedOn().isBefore(posting.startsOn()) || c.receivedOn().isAfter(posting.endsOn())) {
			problems.add(new StepProblem("receivedOn", "steps.complaint.outsidePosting"));
		}
		if (c.content() == null || c.content().isBlank()) {
			problems.add(new StepProblem("content", "steps.complaint.contentRequired"));
		}
		else if (c.content().strip().length() > 1000) {
			problems.add(new StepProblem("content", "steps.tooLong"));
		}
		return problems;
	}

	public static List<StepProblem> checkSettlement(ComplaintOutcome outcome, LocalDate settledOn, String recheckNote,
			LocalDate receivedOn, Period period, LocalDate today) {
		List<StepProblem> problems = new ArrayList<>();
		if (outcome == null) {
			problems.add(new StepProblem("outcome", "steps.complaint.outcomeRequired"));
		}
		checkDate(problems, "settledOn", settledOn, period, today);
		if (settledOn != null && settledOn.isBefore(receivedOn)) {
			problems.add(new StepProblem("settledOn", "steps.complaint.settledBeforeReceived"));
		}
		if (outcome == ComplaintOutcome.UPHELD && (recheckNote == null || recheckNote.isBlank())) {
			problems.add(new StepProblem("recheckNote", "steps.complaint.recheckRequired"));
		}
		else if (recheckNote != null && recheckNote.strip().length() > 1000) {
			problems.add(new StepProblem("recheckNote", "steps.tooLong"));
		}
		return problems;
	}

	// --- applications (Forms 01 and 04) ---

	/**
	 * @param period the campaign's dates for Form 01; null for Form 04, which may come
	 * any day
	 */
	public static List<StepProblem> checkApplication(Long householdId, LocalDate receivedOn, Period period,
			LocalDate today) {
		List<StepProblem> problems = new ArrayList<>();
		if (householdId == null) {
			problems.add(new StepProblem("householdCode", "steps.application.householdRequired"));
		}
		if (period != null) {
			checkDate(problems, "receivedOn", receivedOn, period, today);
		}
		else if (receivedOn == null) {
			problems.add(new StepProblem("receivedOn", "steps.dateRequired"));
		}
		else if (receivedOn.isAfter(today)) {
			problems.add(new StepProblem("receivedOn", "steps.dateInFuture"));
		}
		return problems;
	}

	// --- the guards before the list steps ---

	/**
	 * What must be recorded before the list is marked posted (Art. 4(3)–(4)): a village
	 * meeting with at least 50% agreeing, and a posting after it, of the minimum length,
	 * that has ended.
	 * @return the message key of the first thing missing
	 */
	public static Optional<String> missingBeforePosted(Optional<LocalDate> agreedMeeting, Posting posting,
			LocalDate today) {
		if (agreedMeeting.isEmpty()) {
			return Optional.of("steps.guard.noAgreedMeeting");
		}
		if (posting == null) {
			return Optional.of("steps.guard.noPosting");
		}
		if (posting.endsOn().isAfter(today)) {
			return Optional.of("steps.guard.postingNotOver");
		}
		return Optional.empty();
	}

	/**
	 * The chair decides only once every complaint received during the posting is settled.
	 */
	public static Optional<String> missingBeforeDecision(long unsettledComplaints) {
		return unsettledComplaints > 0 ? Optional.of("steps.guard.unsettledComplaints") : Optional.empty();
	}

	private static void checkDate(List<StepProblem> problems, String field, LocalDate date, Period period,
			LocalDate today) {
		if (date == null) {
			problems.add(new StepProblem(field, "steps.dateRequired"));
		}
		else if (date.isAfter(today)) {
			problems.add(new StepProblem(field, "steps.dateInFuture"));
		}
		else if (period != null && !period.contains(date)) {
			problems.add(new StepProblem(field, "steps.dateOutsideCampaign"));
		}
	}

}

package vn.giamngheo.review.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules of the recorded steps (Decision 24/2021/QĐ-TTg, Art. 4 and 5), without a
 * database.
 */
class StepRulesTests {

	static final Period AUTUMN_2018 = new Period(LocalDate.of(2018, 9, 1), LocalDate.of(2018, 12, 14));

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void exactlyHalfOfTheAttendeesAgreeingIsEnoughAndOneVoteLessIsNot() {
		assertThat(new StepRules.Meeting(null, "Ấp 1", 10, 5, 5).agreed()).isTrue();
		assertThat(new StepRules.Meeting(null, "Ấp 1", 11, 5, 6).agreed()).isFalse();
		assertThat(new StepRules.Meeting(null, "Ấp 1", 11, 5, 6).agreementPercent()).isEqualTo(45);
		// Abstentions count as attendees who did not agree.
		assertThat(new StepRules.Meeting(null, "Ấp 1", 40, 19, 0).agreed()).isFalse();
	}

	@Test
	void aMeetingRecordWithSeveralMistakesNamesEachOfThem() {
		var problems = StepRules.checkMeeting(new StepRules.Meeting(LocalDate.of(2019, 1, 5), " ", 10, 8, 5),
				AUTUMN_2018, TODAY);
		assertThat(problems).containsExactlyInAnyOrder(new StepProblem("heldOn", "steps.dateOutsideCampaign"),
				new StepProblem("village", "steps.meeting.villageRequired"),
				new StepProblem("votesFor", "steps.meeting.votesExceedAttendees"));
	}

	@Test
	void thePostingFollowsTheMeetingAndLastsThreeWorkingDays() {
		Optional<LocalDate> met = Optional.of(LocalDate.of(2018, 10, 3));
		assertThat(StepRules.checkPosting(
				new StepRules.Posting(LocalDate.of(2018, 10, 2), LocalDate.of(2018, 10, 9), "Nhà văn hóa"), AUTUMN_2018,
				met))
			.containsExactly(new StepProblem("startsOn", "steps.posting.beforeMeeting"));
		// Wednesday to Friday: three working days.
		assertThat(StepRules.checkPosting(
				new StepRules.Posting(LocalDate.of(2018, 10, 3), LocalDate.of(2018, 10, 5), "Nhà văn hóa"), AUTUMN_2018,
				met))
			.isEmpty();
		// Thursday to Saturday: two.
		assertThat(StepRules.checkPosting(
				new StepRules.Posting(LocalDate.of(2018, 10, 4), LocalDate.of(2018, 10, 6), "Nhà văn hóa"), AUTUMN_2018,
				met))
			.containsExactly(new StepProblem("endsOn", "steps.posting.tooShort"));
	}

	@Test
	void theListIsMarkedPostedOnlyAfterAnAgreeingMeetingAndAPostingThatHasEnded() {
		var posting = new StepRules.Posting(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 2), "Nhà văn hóa");
		assertThat(StepRules.missingBeforePosted(Optional.empty(), posting, TODAY))
			.contains("steps.guard.noAgreedMeeting");
		assertThat(StepRules.missingBeforePosted(Optional.of(LocalDate.of(2026, 11, 24)), null, TODAY))
			.contains("steps.guard.noPosting");
		assertThat(StepRules.missingBeforePosted(Optional.of(LocalDate.of(2026, 11, 24)), posting, TODAY))
			.contains("steps.guard.postingNotOver");
		assertThat(StepRules.missingBeforePosted(Optional.of(LocalDate.of(2026, 11, 24)), posting, TODAY.plusDays(1)))
			.isEmpty();
		assertThat(StepRules.missingBeforeDecision(1)).contains("steps.guard.unsettledComplaints");
		assertThat(StepRules.missingBeforeDecision(0)).isEmpty();
	}

	@Test
	void aComplaintMustArriveDuringThePostingAndAnUpheldOneNeedsItsRecheck() {
		var posting = new StepRules.Posting(LocalDate.of(2018, 10, 3), LocalDate.of(2018, 10, 9), "Nhà văn hóa");
		assertThat(StepRules.checkComplaint(new StepRules.Complaint("Lê Văn Sáu", LocalDate.of(2018, 10, 10), "x"),
				posting, TODAY))
			.containsExactly(new StepProblem("receivedOn", "steps.complaint.outsidePosting"));
		assertThat(StepRules.checkSettlement(ComplaintOutcome.UPHELD, LocalDate.of(2018, 10, 11), "",
				LocalDate.of(2018, 10, 5), AUTUMN_2018, TODAY))
			.containsExactly(new StepProblem("recheckNote", "steps.complaint.recheckRequired"));
		assertThat(StepRules.checkSettlement(ComplaintOutcome.REJECTED, LocalDate.of(2018, 10, 4), null,
				LocalDate.of(2018, 10, 5), AUTUMN_2018, TODAY))
			.containsExactly(new StepProblem("settledOn", "steps.complaint.settledBeforeReceived"));
	}

	@Test
	void aRegularReviewIsDueFifteenCalendarDaysAfterTheApplication() {
		var deadline = RegularDeadline.of(LocalDate.of(2026, 11, 10));
		assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(deadline.status(null, LocalDate.of(2026, 11, 20))).isEqualTo(RegularDeadline.Status.OPEN);
		assertThat(deadline.status(null, LocalDate.of(2026, 11, 22))).isEqualTo(RegularDeadline.Status.DUE_SOON);
		assertThat(deadline.status(null, LocalDate.of(2026, 11, 25))).isEqualTo(RegularDeadline.Status.DUE_SOON);
		assertThat(deadline.status(null, LocalDate.of(2026, 11, 26))).isEqualTo(RegularDeadline.Status.OVERDUE);
		assertThat(deadline.status(LocalDate.of(2026, 11, 25), TODAY))
			.isEqualTo(RegularDeadline.Status.DECIDED_ON_TIME);
		assertThat(deadline.status(LocalDate.of(2026, 11, 26), TODAY)).isEqualTo(RegularDeadline.Status.DECIDED_LATE);
	}

	@Test
	void aScanIsRecognisedByItsFirstBytesNotByItsName() {
		assertThat(
				ScanFile.check(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1 }, "bien-ban.pdf").contentType())
			.isEqualTo("image/jpeg");
		assertThatThrownBy(() -> ScanFile.check("<html>".getBytes(), "bien-ban.pdf")).isInstanceOf(StepsRefused.class)
			.hasMessageContaining("steps.scan.type");
		assertThatThrownBy(() -> ScanFile.check(new byte[StepRules.SCAN_MAX_BYTES + 1], "x.pdf"))
			.isInstanceOf(StepsRefused.class)
			.hasMessageContaining("steps.scan.tooLarge");
	}

}

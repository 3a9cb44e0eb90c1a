package vn.giamngheo.review.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.review.steps.RegularRound.HeldMeeting;
import vn.giamngheo.review.steps.RegularRound.HeldPosting;

/**
 * The chair decides a regular review (Decision 24/2021/QĐ-TTg, Art. 5) only after steps
 * 2–4 covered the household: an agreeing village meeting held on or after its Form 04, a
 * posting after that meeting which has ended, and a decision dated on or after the
 * posting's end. Days are of November 2026; the household's review began on the 2nd,
 * today is the 20th.
 */
class RegularRoundTests {

	static final LocalDate BEGAN = day(2);

	static final LocalDate TODAY = day(20);

	static LocalDate day(int d) {
		return LocalDate.of(2026, 11, d);
	}

	/**
	 * meeting "day:agreed" (empty = none), posting "from-to" (empty = none), decision day
	 * (0 = not typed).
	 */
	@ParameterizedTest(name = "meeting {0}, posting {1}, decision {2} → {3}")
	@CsvSource(nullValues = "NONE", value = { "3:true,  4-10,  20, NONE", "2:true,  2-6,   6,  NONE",
			"3:true,  4-10,  0,  NONE", "'',      '',    20, steps.regular.guard.noAgreedMeeting",
			"3:false, 4-10,  20, steps.regular.guard.noAgreedMeeting",
			"1:true,  4-10,  20, steps.regular.guard.noAgreedMeeting",
			"21:true, 21-25, 20, steps.regular.guard.noAgreedMeeting",
			"3:true,  '',    20, steps.regular.guard.noPosting", "5:true,  4-10,  20, steps.regular.guard.noPosting",
			"3:true,  15-22, 20, steps.regular.guard.postingNotOver",
			"3:true,  4-10,  9,  steps.regular.guard.decisionBeforePostingEnd", "3:true,  4-10,  10, NONE", })
	void theChairDecidesOnlyAfterAnAgreeingMeetingAndAnEndedPostingThatCoverTheHousehold(String meeting, String posting,
			int decision, String missing) {
		List<HeldMeeting> meetings = meeting.isBlank() ? List.of()
				: List.of(new HeldMeeting(day(Integer.parseInt(meeting.split(":")[0])),
						Boolean.parseBoolean(meeting.split(":")[1])));
		List<HeldPosting> postings = posting.isBlank() ? List.of()
				: List.of(new HeldPosting(day(Integer.parseInt(posting.split("-")[0])),
						day(Integer.parseInt(posting.split("-")[1]))));
		assertThat(RegularRound.missingBeforeDecision(BEGAN, meetings, postings, decision == 0 ? null : day(decision),
				TODAY))
			.isEqualTo(Optional.ofNullable(missing));
	}

	@ParameterizedTest(name = "meetings on the 3rd (not agreed) and the {0}th (agreed), posting from the {1}th → {2}")
	@CsvSource(nullValues = "NONE", value = { "5, 6,  NONE", "5, 4,  steps.regular.guard.noPosting",
			"1, 4,  steps.regular.guard.noAgreedMeeting", })
	void onlyAnAgreeingMeetingOfTheHouseholdsRoundOpensThePosting(int agreedOn, int postingFrom, String missing) {
		List<HeldMeeting> meetings = List.of(new HeldMeeting(day(3), false), new HeldMeeting(day(agreedOn), true));
		assertThat(RegularRound.missingBeforeDecision(BEGAN, meetings,
				List.of(new HeldPosting(day(postingFrom), day(postingFrom + 5))), TODAY, TODAY))
			.isEqualTo(Optional.ofNullable(missing));
	}

}

package vn.giamngheo.review.steps.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewInput;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.steps.StepProblem;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.StepsRefused;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.testsupport.Fixtures;

/**
 * A regular review (Decision 24/2021/QĐ-TTg, Art. 5) is decided only after the steering
 * committee applied steps 3–4 to the household: an agreeing village meeting of the
 * commune's regular round held on or after its Form 04, and a posting after that meeting
 * which has ended. Each refusal names what is missing; the decision passes once both are
 * recorded. No campaign (regular reviews have none); a fixtures tree of its own.
 */
@SpringBootTest
class RegularRoundRecordsTests {

	static final Set<String> TWELVE = Set.of("EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE",
			"ADULT_EDUCATION", "CHILD_SCHOOL_ATTENDANCE", "HOUSING_QUALITY", "HOUSING_AREA", "DOMESTIC_WATER",
			"SANITATION", "TELECOM_SERVICES", "INFORMATION_ACCESS");

	@Autowired
	RegularRoundRecords round;

	@Autowired
	ReviewDeadlines deadlines;

	@Autowired
	ReviewService reviews;

	@Autowired
	HouseholdService households;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Fixtures.Tree tree;

	Scope official;

	long commune;

	LocalDate today;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
		official = tree.official();
		commune = tree.commune().getId();
		today = LocalDate.now(clock);
	}

	/**
	 * A household that filed Form 04 twelve days ago, its regular review entered,
	 * submitted and marked posted.
	 */
	private long postedRegularReview(String head) {
		var command = new vn.giamngheo.household.persistence.HouseholdCommand(null, tree.village().getId(), "Tổ 1",
				head, vn.giamngheo.household.Ethnicity.KINH, null, false, false, false, false);
		long household = households.register(command, official, "xa");
		String code = jdbc.queryForObject("SELECT code FROM household WHERE id = ?", String.class, household);
		deadlines.addRegularApplication(commune, code, today.minusDays(12), null, official, "xa");
		Map<String, Boolean> entered = new HashMap<>();
		TWELVE.forEach(c -> entered.put(c, false));
		long id = reviews.save(new ReviewInput(null, household, null, 0, AreaType.RURAL, null, null, 4_000_000L, null,
				null, null, entered, "{}"), official, "xa");
		reviews.act(id, ReviewAction.SUBMIT, null, null, null, official, "xa");
		reviews.act(id, ReviewAction.POST, null, null, null, official, "xa");
		return id;
	}

	private void decide(long id) {
		reviews.act(id, ReviewAction.APPROVE, null, "17/QĐ-UBND", today, official, "xa");
	}

	private StepRules.Meeting meeting(LocalDate on, int attendees, int votesFor) {
		return new StepRules.Meeting(on, tree.village().getName(), attendees, votesFor, attendees - votesFor);
	}

	@Test
	void aRegularReviewIsRefusedUntilAnAgreeingMeetingAndAnEndedPostingCoverTheHouseholdThenDecided() {
		long id = postedRegularReview("Thạch Thị Thường Xuyên");
		assertThatThrownBy(() -> decide(id)).isInstanceOf(FieldProblem.class)
			.hasMessageContaining("steps.regular.guard.noAgreedMeeting");
		// A meeting where fewer than half agreed does not count; the list meets again.
		round.recordMeeting(commune, meeting(today.minusDays(11), 21, 10), official, "xa");
		assertThatThrownBy(() -> decide(id)).hasMessageContaining("steps.regular.guard.noAgreedMeeting");
		round.recordMeeting(commune, meeting(today.minusDays(10), 20, 10), official, "xa");
		assertThatThrownBy(() -> decide(id)).hasMessageContaining("steps.regular.guard.noPosting");
		round.recordPosting(commune, new StepRules.Posting(today.minusDays(9), today.plusDays(1), "Nhà văn hóa ấp"),
				official, "xa");
		assertThatThrownBy(() -> decide(id)).hasMessageContaining("steps.regular.guard.postingNotOver");
		round.recordPosting(commune, new StepRules.Posting(today.minusDays(9), today.minusDays(1), "Trụ sở UBND xã"),
				official, "xa");
		decide(id);
		assertThat(reviews.review(id, official).state()).isEqualTo(ReviewState.APPROVED);
		assertThat(round.round(commune, tree.districtOfficer()).postings()).hasSize(2);
	}

	@Test
	void aMeetingHeldBeforeTheHouseholdsForm04DoesNotCoverIt() {
		long id = postedRegularReview("Sơn Văn Trước Hạn");
		round.recordMeeting(commune, meeting(today.minusDays(13), 10, 9), official, "xa");
		round.recordPosting(commune, new StepRules.Posting(today.minusDays(12), today.minusDays(2), "Nhà văn hóa"),
				official, "xa");
		assertThatThrownBy(() -> decide(id)).hasMessageContaining("steps.regular.guard.noAgreedMeeting");
	}

	@Test
	void aPostingBeforeAnyAgreeingMeetingOrTooShortIsRefusedWithEveryProblem() {
		assertThatThrownBy(() -> round.recordPosting(commune,
				new StepRules.Posting(today.minusDays(3), today.minusDays(3), " "), official, "xa"))
			.isInstanceOfSatisfying(StepsRefused.class,
					r -> assertThat(r.problems()).contains(new StepProblem("startsOn", "steps.posting.meetingFirst"),
							new StepProblem("endsOn", "steps.posting.tooShort"),
							new StepProblem("place", "steps.posting.placeRequired")));
	}

	@Test
	void onlyTheCommunesOfficialRecordsTheRoundAndAnotherCommuneCannotReadIt() {
		assertThatThrownBy(() -> round.recordMeeting(commune, meeting(today, 10, 8), tree.districtOfficer(), "huyen"))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> round.round(commune, tree.officialOfOtherCommune()))
			.isInstanceOf(OutOfScopeException.class);
	}

}

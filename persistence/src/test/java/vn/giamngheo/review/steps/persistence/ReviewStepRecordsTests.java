package vn.giamngheo.review.steps.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.ReviewSteps;
import vn.giamngheo.review.steps.ComplaintOutcome;
import vn.giamngheo.review.steps.RegularDeadline;
import vn.giamngheo.review.steps.ScanFile;
import vn.giamngheo.review.steps.StepProblem;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.StepsRefused;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.testsupport.Fixtures;

/**
 * The recorded steps of Decision 24/2021/QĐ-TTg, Art. 4 and 5, against the database: the
 * list is marked posted only after a meeting that agreed and a posting that ended,
 * decided only with every complaint settled, and a regular review on application goes
 * overdue 15 days after the application. Campaign year 2018 (assigned to this branch).
 */
@SpringBootTest
class ReviewStepRecordsTests {

	@Autowired
	ReviewStepRecords records;

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

	Fixtures.Tree tree;

	Scope official;

	long commune;

	long campaign;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
		official = tree.official();
		commune = tree.commune().getId();
		campaign = vn.giamngheo.testsupport.LateEntryTestData.allowEntry(jdbc,
				reviews.openCampaign(2018, tree.district().getId(), LocalDate.of(2018, 9, 1),
						LocalDate.of(2018, 12, 14), tree.districtOfficer(), "huyen"));
	}

	private long household(String head) {
		var command = new vn.giamngheo.household.persistence.HouseholdCommand(null, tree.village().getId(), "Tổ 1",
				head, vn.giamngheo.household.Ethnicity.KINH, null, false, false, false, false);
		return households.register(command, official, "xa");
	}

	private long review(long household, Long campaignId, String state, String category, LocalDate decided) {
		return jdbc.queryForObject("""
				INSERT INTO household_review (campaign_id, kind, household_id, commune_id, year, state, area_type,
				    monthly_income_per_capita, previous_category, category, outcome, standard_id, standard_version,
				    income_line, decision_number, decision_date, created_by, updated_by)
				VALUES (?, ?, ?, ?, 2018, ?, 'RURAL', 900000, 'NOT_POOR', ?, 'UNCHANGED', 'VN-2016-2020', 1, 700000,
				    ?, ?, 'xa', 'xa') RETURNING id""", Long.class, campaignId,
				campaignId == null ? "REGULAR" : "PERIODIC", household, commune, state, category,
				decided == null ? null : "9/QĐ-UBND", decided);
	}

	private String codeOf(long household) {
		return jdbc.queryForObject("SELECT code FROM household WHERE id = ?", String.class, household);
	}

	@Test
	void aListIsNotMarkedPostedBeforeAMeetingWhereAtLeastHalfAgreedAndAPostingThatEnded() {
		review(household("Ngô Văn Tư"), campaign, "SUBMITTED", "POOR", null);
		assertThatThrownBy(() -> reviews.markPosted(campaign, commune, official, "xa")).isInstanceOf(FieldProblem.class)
			.hasMessageContaining("steps.guard.noAgreedMeeting");

		// 19 of 40 is 47.5%: the list goes back to step 2 and the village meets again
		// (Art. 4(3)).
		records.recordMeeting(campaign, commune, new StepRules.Meeting(LocalDate.of(2018, 10, 1), "Ấp 1", 40, 19, 21),
				null, official, "xa");
		assertThatThrownBy(() -> records.recordPosting(campaign, commune,
				new StepRules.Posting(LocalDate.of(2018, 10, 2), LocalDate.of(2018, 10, 9), "Nhà văn hóa"), -1,
				official, "xa"))
			.isInstanceOf(StepsRefused.class)
			.hasMessageContaining("steps.posting.meetingFirst");

		records.recordMeeting(campaign, commune, new StepRules.Meeting(LocalDate.of(2018, 10, 8), "Ấp 1", 40, 20, 20),
				null, official, "xa");
		assertThatThrownBy(() -> reviews.markPosted(campaign, commune, official, "xa")).isInstanceOf(FieldProblem.class)
			.hasMessageContaining("steps.guard.noPosting");
		records.recordPosting(campaign, commune,
				new StepRules.Posting(LocalDate.of(2018, 10, 9), LocalDate.of(2018, 10, 15), "Nhà văn hóa ấp 1"), -1,
				official, "xa");
		assertThat(reviews.markPosted(campaign, commune, official, "xa")).isEqualTo(1);
	}

	@Test
	void aPostingShorterThanThreeWorkingDaysOrOutsideTheCampaignIsRefusedWithEveryProblemAtOnce() {
		records.recordMeeting(campaign, commune, new StepRules.Meeting(LocalDate.of(2018, 10, 1), "Ấp 1", 10, 9, 1),
				null, official, "xa");
		// Friday 5 to Monday 8 October 2018: two working days.
		assertThatThrownBy(() -> records.recordPosting(campaign, commune,
				new StepRules.Posting(LocalDate.of(2018, 10, 5), LocalDate.of(2018, 10, 8), " "), -1, official, "xa"))
			.isInstanceOfSatisfying(StepsRefused.class,
					r -> assertThat(r.problems()).containsExactlyInAnyOrder(
							new StepProblem("endsOn", "steps.posting.tooShort"),
							new StepProblem("place", "steps.posting.placeRequired")));
		assertThatThrownBy(() -> records.recordPosting(campaign, commune,
				new StepRules.Posting(LocalDate.of(2018, 12, 10), LocalDate.of(2018, 12, 20), "Nhà văn hóa"), -1,
				official, "xa"))
			.isInstanceOfSatisfying(StepsRefused.class, r -> assertThat(r.problems())
				.containsExactly(new StepProblem("endsOn", "steps.dateOutsideCampaign")));
	}

	@Test
	void theChairDecidesOnlyOnceEveryComplaintIsSettledAndAnUpheldOneNamesItsRecheck() {
		long h = household("Trần Thị Năm");
		review(h, campaign, "SUBMITTED", "POOR", null);
		vn.giamngheo.testsupport.RecordedSteps.meetingAndPosting(jdbc, records, campaign, commune, official, "xa");
		reviews.markPosted(campaign, commune, official, "xa");
		// A 2018 list follows Decision 24/2021 with the district: its opinion comes
		// before the chair decides.
		reviews.consolidate(campaign, commune, tree.districtOfficer(), "huyen");
		assertThatThrownBy(() -> records.addComplaint(campaign, commune, codeOf(h),
				new StepRules.Complaint("Lê Văn Sáu", LocalDate.of(2018, 10, 1), "Hộ có xe tải"), official, "xa"))
			.isInstanceOf(StepsRefused.class)
			.hasMessageContaining("steps.complaint.outsidePosting");
		long complaint = records.addComplaint(campaign, commune, codeOf(h),
				new StepRules.Complaint("Lê Văn Sáu", LocalDate.of(2018, 9, 3), "Hộ có xe tải"), official, "xa");
		var approval = new ReviewSteps.Approval("12/QĐ-UBND", LocalDate.of(2018, 9, 20), "Lê Văn A", true);
		assertThatThrownBy(() -> reviews.approveList(campaign, commune, approval, official, "xa"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("steps.guard.unsettledComplaints");
		assertThatThrownBy(() -> records.settleComplaint(complaint, ComplaintOutcome.UPHELD, LocalDate.of(2018, 9, 5),
				" ", 0, official, "xa"))
			.isInstanceOf(StepsRefused.class)
			.hasMessageContaining("steps.complaint.recheckRequired");
		records.settleComplaint(complaint, ComplaintOutcome.UPHELD, LocalDate.of(2018, 9, 5),
				"Phúc tra: xe của người khác, giữ kết quả hộ nghèo", 0, official, "xa");
		assertThatThrownBy(() -> records.settleComplaint(complaint, ComplaintOutcome.REJECTED, LocalDate.of(2018, 9, 6),
				null, 0, official, "xa"))
			.isInstanceOf(vn.giamngheo.shared.persistence.ConcurrentEditException.class);
		assertThat(reviews.approveList(campaign, commune, approval, official, "xa")).isEqualTo(1);
		var steps = records.steps(campaign, commune, official);
		assertThat(steps.complaints()).singleElement().satisfies(c -> {
			assertThat(c.outcome()).isEqualTo(ComplaintOutcome.UPHELD);
			assertThat(c.recheckNote()).startsWith("Phúc tra");
		});
		assertThat(steps.locked()).isTrue();
		assertThatThrownBy(() -> records.recordMeeting(campaign, commune,
				new StepRules.Meeting(LocalDate.of(2018, 10, 1), "Ấp 1", 10, 9, 1), null, official, "xa"))
			.isInstanceOf(StepsRefused.class)
			.hasMessageContaining("steps.locked");
		records.storeDecisionScan(campaign, commune, ScanFile.check("%PDF-1.4 quyết định".getBytes(), "qd.pdf"),
				official, "xa");
		assertThat(records.decisionScan(campaign, commune, official).contentType()).isEqualTo("application/pdf");
	}

	@Test
	void theDistrictReadsTheStepsButOnlyTheCommunesOfficialRecordsThem() {
		assertThat(records.steps(campaign, commune, tree.districtOfficer()).mayWrite()).isFalse();
		assertThatThrownBy(() -> records.recordMeeting(campaign, commune,
				new StepRules.Meeting(LocalDate.of(2018, 10, 1), "Ấp 1", 10, 9, 1), null, tree.districtOfficer(),
				"huyen"))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> records.steps(campaign, commune, tree.officialOfOtherCommune()))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void aRegularReviewOnApplicationGoesOverdueFifteenDaysAfterTheApplicationUnlessDecided() {
		LocalDate today = LocalDate
			.now(java.time.Clock.system(vn.giamngheo.shared.persistence.ClockConfiguration.VIETNAM));
		long late = household("Phạm Văn Bảy");
		long decided = household("Phạm Thị Tám");
		deadlines.addRegularApplication(commune, codeOf(late), today.minusDays(20), null, official, "xa");
		deadlines.addRegularApplication(commune, codeOf(decided), today.minusDays(5), null, official, "xa");
		review(decided, null, "APPROVED", "NEAR_POOR", today);

		assertThat(deadlines.regularApplications(commune, official)).extracting(a -> a.headName() + ":" + a.status())
			.containsExactlyInAnyOrder("Phạm Văn Bảy:" + RegularDeadline.Status.OVERDUE,
					"Phạm Thị Tám:" + RegularDeadline.Status.DECIDED_ON_TIME);
		assertThat(deadlines.overdueByCommune(tree.districtOfficer())).singleElement().satisfies(c -> {
			assertThat(c.communeId()).isEqualTo(commune);
			assertThat(c.overdue()).isEqualTo(1);
			assertThat(c.oldestDaysLate()).isEqualTo(5);
		});
		assertThat(deadlines.workQueue(official).deadlines()).extracting(a -> a.headName())
			.containsExactly("Phạm Văn Bảy");
		assertThatThrownBy(
				() -> deadlines.addRegularApplication(commune, "KHONG-CO", today.plusDays(1), null, official, "xa"))
			.isInstanceOfSatisfying(StepsRefused.class,
					r -> assertThat(r.problems()).containsExactly(
							new StepProblem("householdCode", "steps.application.householdUnknown"),
							new StepProblem("receivedOn", "steps.dateInFuture")));
	}

}

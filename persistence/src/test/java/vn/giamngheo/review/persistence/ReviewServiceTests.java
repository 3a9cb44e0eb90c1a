package vn.giamngheo.review.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.testsupport.Fixtures;

@SpringBootTest
@Transactional
class ReviewServiceTests {

	private static final Set<String> TWELVE = Set.of("EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE",
			"ADULT_EDUCATION", "CHILD_SCHOOL_ATTENDANCE", "HOUSING_QUALITY", "HOUSING_AREA", "DOMESTIC_WATER",
			"SANITATION", "TELECOM_SERVICES", "INFORMATION_ACCESS");

	@Autowired
	ReviewService reviews;

	@Autowired
	vn.giamngheo.review.steps.persistence.ReviewStepRecords stepRecords;

	@Autowired
	HouseholdService households;

	@Autowired
	vn.giamngheo.review.steps.persistence.RegularRoundRecords regularRound;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	Scope district;

	Scope official;

	long campaign;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
		district = tree.districtOfficer();
		official = tree.official();
		campaign = vn.giamngheo.testsupport.LateEntryTestData.allowEntry(jdbc, reviews.openCampaign(2025,
				tree.district().getId(), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 14), district, "huyen"));
	}

	/**
	 * Indicators entered directly, as on form B2: the given codes deficient, the rest
	 * not.
	 */
	private ReviewInput input(long household, long income, Set<String> deficient, long version) {
		Map<String, Boolean> entered = new java.util.HashMap<>();
		TWELVE.forEach(code -> entered.put(code, deficient.contains(code)));
		return new ReviewInput(campaign, household, null, version, AreaType.RURAL, null, null, income, null, null, null,
				entered, "{}");
	}

	private long household(String head, vn.giamngheo.household.HouseholdCategory category) {
		var command = new vn.giamngheo.household.persistence.HouseholdCommand(null, tree.village().getId(), "Tổ 1",
				head, vn.giamngheo.household.Ethnicity.KHMER, null, false, false, false, false);
		long id = households.register(command, official, "xa");
		fixtures.recognise(id, category);
		return id;
	}

	@Test
	void opensTheReviewWithTheStandardOfTheYearOnce() {
		var c = reviews.campaign(campaign, official);
		assertThat(c.standardId()).isEqualTo("VN-2022-2025");
		assertThatThrownBy(() -> reviews.openCampaign(2025, tree.district().getId(), LocalDate.of(2025, 9, 1),
				LocalDate.of(2025, 12, 14), district, "huyen"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.campaign.exists");
		assertThatThrownBy(() -> reviews.openCampaign(2026, tree.district().getId(), LocalDate.of(2026, 9, 1),
				LocalDate.of(2026, 12, 14), official, "xa"))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void classifiesAndNamesTheFlowOfEachHousehold() {
		long escaping = household("Thạch Sa Rươne", vn.giamngheo.household.HouseholdCategory.POOR);
		long newlyPoor = household("Kim Sô Phanh", vn.giamngheo.household.HouseholdCategory.NOT_POOR);
		long atTheLine = household("Lâm Thị Pha", vn.giamngheo.household.HouseholdCategory.NEAR_POOR);

		long a = reviews.save(input(escaping, 2_500_000, Set.of("HEALTH_INSURANCE"), 0), official, "xa");
		long b = reviews.save(input(newlyPoor, 1_200_000, Set.of("HEALTH_INSURANCE", "SANITATION", "HOUSING_AREA"), 0),
				official, "xa");
		long c = reviews.save(input(atTheLine, 1_500_000, Set.of("SANITATION", "HOUSING_AREA", "DOMESTIC_WATER"), 0),
				official, "xa");

		assertThat(reviews.review(a, official).outcome()).isEqualTo(Outcome.ESCAPED);
		assertThat(reviews.review(a, official).category()).isEqualTo(PovertyCategory.NOT_POOR);
		assertThat(reviews.review(b, official).outcome()).isEqualTo(Outcome.NEWLY_POOR);
		assertThat(reviews.review(c, official).category()).isEqualTo(PovertyCategory.POOR);
		assertThat(reviews.review(c, official).outcome()).isEqualTo(Outcome.NEAR_POOR_TO_POOR);
		assertThat(reviews.review(c, official).standardId()).isEqualTo("VN-2022-2025");
		assertThat(reviews.review(c, official).incomeLine()).isEqualTo(1_500_000);
	}

	@Test
	void aHouseholdThatWasPoorInAnEarlierPeriodIsRePoor() {
		long h = household("Danh Mol", vn.giamngheo.household.HouseholdCategory.NOT_POOR);
		jdbc.update("""
				INSERT INTO poverty_assessment (household_id, assessed_on, area_type, monthly_income_per_capita,
				    deficiencies, category, standard_id, standard_version, created_by)
				VALUES (?, DATE '2022-12-10', 'RURAL', 900000, '{}', 'POOR', 'VN-2022-2025', 1, 'test')""", h);
		long id = reviews.save(input(h, 1_000_000, Set.of("EMPLOYMENT", "SANITATION", "HOUSING_AREA"), 0), official,
				"xa");
		assertThat(reviews.review(id, official).outcome()).isEqualTo(Outcome.RE_POOR);
	}

	@Test
	void walksTheListThroughTheProcedureAndLocksItOnApproval() {
		long h = household("Sơn Thị Ry", vn.giamngheo.household.HouseholdCategory.NOT_POOR);
		long id = reviews.save(input(h, 1_000_000, Set.of("EMPLOYMENT", "SANITATION", "HOUSING_AREA"), 0), official,
				"xa");
		assertThat(reviews.submitList(campaign, tree.commune().getId(), official, "xa")).isEqualTo(1);
		reviews.act(id, ReviewAction.RETURN, "Thiếu thu nhập", null, null, district, "huyen");
		assertThat(reviews.review(id, official).state()).isEqualTo(ReviewState.RETURNED);
		assertThat(reviews.review(id, official).returnReason()).isEqualTo("Thiếu thu nhập");
		long version = reviews.review(id, official).version();
		reviews.save(
				new ReviewInput(campaign, h, id, version, AreaType.RURAL, null, null, 1_100_000, null, null, null,
						input(h, 0, Set.of("EMPLOYMENT", "SANITATION", "HOUSING_AREA"), 0).enteredIndicators(), "{}"),
				official, "xa");
		reviews.submitList(campaign, tree.commune().getId(), official, "xa");
		vn.giamngheo.testsupport.RecordedSteps.meetingAndPosting(jdbc, stepRecords, campaign, tree.commune().getId(),
				official, "xa");
		reviews.markPosted(campaign, tree.commune().getId(), official, "xa");
		assertThatThrownBy(() -> reviews.approveList(campaign, tree.commune().getId(), " ", LocalDate.of(2025, 12, 10),
				official, "xa"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.decision.numberRequired");
		reviews.approveList(campaign, tree.commune().getId(), "125/QĐ-UBND", LocalDate.of(2025, 12, 10), official,
				"xa");

		assertThat(reviews.review(id, official).state()).isEqualTo(ReviewState.APPROVED);
		// Read with SQL: the test's own persistence context still holds the household as
		// it was registered.
		assertThat(jdbc.queryForObject("SELECT category FROM household WHERE id = ?", String.class, h))
			.isEqualTo("POOR");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM poverty_assessment WHERE household_id = ?", Long.class, h))
			.isEqualTo(1);
		var list = reviews.communeList(campaign, tree.commune().getId(), official);
		assertThat(list.locked()).isTrue();
		assertThat(list.byOutcome()).containsEntry(Outcome.NEWLY_POOR, 1L);
		assertThatThrownBy(() -> reviews.save(input(h, 3_000_000, Set.of(), reviews.review(id, official).version()),
				official, "xa"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.refused.locked");
		assertThatThrownBy(() -> reviews.reopen(campaign, tree.commune().getId(), "lý do", official, "xa"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.refused.role");

		reviews.reopen(campaign, tree.commune().getId(), "Hộ khiếu nại", district, "huyen");
		assertThat(reviews.review(id, official).state()).isEqualTo(ReviewState.RETURNED);
		assertThat(jdbc.queryForObject("SELECT category FROM household WHERE id = ?", String.class, h))
			.isEqualTo("NOT_POOR");
		assertThat(reviews.communeList(campaign, tree.commune().getId(), official).locked()).isFalse();
		assertThat(reviews.events(id, official)).extracting(ReviewRecords.Event::action)
			.containsExactly("SAVE", "SUBMIT", "RETURN", "SAVE", "SUBMIT", "POST", "APPROVE", "REOPEN");
	}

	@Test
	void refusesAStaleEditAndAnotherCommunesHousehold() {
		long h = household("Trà Thị Sa Vanh", vn.giamngheo.household.HouseholdCategory.NOT_POOR);
		long id = reviews.save(input(h, 1_000_000, Set.of(), 0), official, "first");
		reviews.save(new ReviewInput(campaign, h, id, 0, AreaType.RURAL, null, null, 1_100_000, null, null, null,
				input(h, 0, Set.of(), 0).enteredIndicators(), "{}"), official, "first");
		assertThatThrownBy(() -> reviews.save(new ReviewInput(campaign, h, id, 0, AreaType.RURAL, null, null, 1_300_000,
				null, null, null, input(h, 0, Set.of(), 0).enteredIndicators(), "{}"), official, "second"))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> reviews.review(id, tree.officialOfOtherCommune()))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> reviews.worklist(campaign, tree.commune().getId(), tree.officialOfOtherCommune()))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(reviews.campaigns(new Scope(Role.PROVINCIAL_VIEWER, Set.of(), tree.province().getId()))).isEmpty();
	}

	@Test
	void anAdHocReviewOfOneHouseholdIsApprovedByItsOwnDecision() {
		long h = household("Kiên Thị Sóc Kha", vn.giamngheo.household.HouseholdCategory.NOT_POOR);
		Map<String, Boolean> entered = new java.util.HashMap<>();
		TWELVE.forEach(code -> entered.put(code, Set.of("EMPLOYMENT", "NUTRITION", "SANITATION").contains(code)));
		long id = reviews.save(new ReviewInput(null, h, null, 0, AreaType.RURAL, 3_000_000L, 3, 1_000_000, null, null,
				null, entered, "{}"), official, "xa");
		assertThat(reviews.review(id, official).kind()).isEqualTo("REGULAR");
		reviews.act(id, ReviewAction.SUBMIT, null, null, null, official, "xa");
		reviews.act(id, ReviewAction.POST, null, null, null, official, "xa");
		assertThatThrownBy(
				() -> reviews.act(id, ReviewAction.APPROVE, null, null, LocalDate.of(2026, 11, 20), official, "xa"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.decision.numberRequired");
		// Steps 3–4 applied to the household first (Art. 5): entered on 1 November, met
		// on the 5th, posted 9–13.
		jdbc.update("UPDATE household_review SET created_at = TIMESTAMPTZ '2026-11-01 09:00+07' WHERE id = ?", id);
		assertThatThrownBy(() -> reviews.act(id, ReviewAction.APPROVE, null, "88/QĐ-UBND", LocalDate.of(2026, 11, 20),
				official, "xa"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("steps.regular.guard.noAgreedMeeting");
		regularRound.recordMeeting(tree.commune().getId(), new vn.giamngheo.review.steps.StepRules.Meeting(
				LocalDate.of(2026, 11, 5), tree.village().getName(), 12, 9, 3), official, "xa");
		regularRound.recordPosting(tree.commune().getId(), new vn.giamngheo.review.steps.StepRules.Posting(
				LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 13), "Nhà văn hóa ấp"), official, "xa");
		reviews.act(id, ReviewAction.APPROVE, null, "88/QĐ-UBND", LocalDate.of(2026, 11, 20), official, "xa");
		assertThat(reviews.review(id, official).state()).isEqualTo(ReviewState.APPROVED);
		assertThat(reviews.review(id, official).decisionNumber()).isEqualTo("88/QĐ-UBND");
		assertThat(jdbc.queryForObject("SELECT category FROM household WHERE id = ?", String.class, h))
			.isEqualTo("POOR");
	}

}

package vn.giamngheo.review.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
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
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.chain.ApprovalChain;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.testsupport.Fixtures;

/**
 * Several campaigns per year by purpose, and the province's approval chain applied to a
 * list's steps.
 */
@SpringBootTest
@Transactional
class CampaignChainTests {

	@Autowired
	ReviewService reviews;

	@Autowired
	vn.giamngheo.review.steps.persistence.ReviewStepRecords records;

	@Autowired
	ApprovalChains chains;

	@Autowired
	HouseholdService households;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
	}

	long open(int year, ReviewCampaigns.Purpose purpose) {
		return vn.giamngheo.testsupport.LateEntryTestData.allowEntry(jdbc,
				reviews.openCampaign(year, tree.district().getId(), purpose, LocalDate.of(year, 9, 1),
						LocalDate.of(year, 12, 14), tree.districtOfficer(), "huyen"));
	}

	@Test
	void aYearAndAreaHoldAnAnnualAndABaselineCampaignEachWithItsOwnStandardOnce() {
		long annual = open(2019, ReviewCampaigns.Purpose.ANNUAL);
		long baseline = open(2019, ReviewCampaigns.Purpose.BASELINE);
		assertThat(baseline).isNotEqualTo(annual);
		var a = reviews.campaign(annual, tree.official());
		var b = reviews.campaign(baseline, tree.official());
		assertThat(a.purpose()).isEqualTo("ANNUAL");
		assertThat(b.purpose()).isEqualTo("BASELINE");
		assertThat(a.standardId()).isEqualTo("VN-2016-2020");
		// The baseline review applies the national standard in force on 1 January of the
		// next year.
		assertThat(b.standardId()).isEqualTo("VN-2016-2020");
		long later = open(2027, ReviewCampaigns.Purpose.ANNUAL);
		assertThat(reviews.campaign(later, tree.official()).standardId()).isEqualTo("VN-2027-2030");
		assertThatThrownBy(() -> open(2019, ReviewCampaigns.Purpose.BASELINE)).isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.campaign.exists");
		// No standard of the fixture province's own: a provincial review cannot open.
		assertThatThrownBy(() -> open(2019, ReviewCampaigns.Purpose.PROVINCIAL)).isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.campaign.noProvincialStandard");
	}

	@Test
	void inA2019CampaignTheChairDecidesOnlyAfterTheDistrictsOpinion() {
		long campaign = open(2019, ReviewCampaigns.Purpose.ANNUAL);
		assertThat(chains.chainOf(reviews.campaign(campaign, tree.official())).id())
			.isEqualTo(ApprovalChain.DECISION_24_DISTRICT);
		var command = new vn.giamngheo.household.persistence.HouseholdCommand(null, tree.village().getId(), "Tổ 1",
				"Thạch Sa Rươne", vn.giamngheo.household.Ethnicity.KHMER, null, false, false, false, false);
		long household = households.register(command, tree.official(), "xa");
		fixtures.recognise(household, vn.giamngheo.household.HouseholdCategory.NOT_POOR);
		Map<String, Boolean> entered = new HashMap<>();
		reviews.campaign(campaign, tree.official());
		for (String code : new String[] { "NUTRITION", "HEALTH_INSURANCE", "ADULT_EDUCATION", "CHILD_SCHOOL_ATTENDANCE",
				"HOUSING_QUALITY", "HOUSING_AREA", "DOMESTIC_WATER", "SANITATION", "TELECOM_SERVICES",
				"INFORMATION_ACCESS" }) {
			entered.put(code, Set.of("HEALTH_INSURANCE", "SANITATION", "HOUSING_AREA").contains(code));
		}
		long id = reviews.save(new ReviewInput(campaign, household, null, -1, AreaType.RURAL, null, null, 500_000, null,
				null, null, entered, "{}"), tree.official(), "xa");
		long commune = tree.commune().getId();
		reviews.submitList(campaign, commune, tree.official(), "xa");
		vn.giamngheo.testsupport.RecordedSteps.meetingAndPosting(jdbc, records, campaign, commune, tree.official(),
				"xa");
		reviews.markPosted(campaign, commune, tree.official(), "xa");
		assertThatThrownBy(() -> reviews.approveList(campaign, commune, "9/QĐ-UBND", LocalDate.of(2019, 12, 10),
				tree.official(), "xa"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.list.districtOpinionMissing");
		assertThatThrownBy(() -> reviews.consolidate(campaign, commune, tree.official(), "xa"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.refused.role");
		reviews.consolidate(campaign, commune, tree.districtOfficer(), "huyen");
		assertThat(reviews.review(id, tree.official()).state()).isEqualTo(ReviewState.OPINION_GIVEN);
		reviews.approveList(campaign, commune, "9/QĐ-UBND", LocalDate.of(2019, 12, 10), tree.official(), "xa");
		assertThat(reviews.review(id, tree.official()).state()).isEqualTo(ReviewState.APPROVED);
		var list = reviews.communeList(campaign, commune, tree.official());
		assertThat(list.locked()).isTrue();
		// The district's opinion stays recorded with the decision.
		assertThat(list.consolidatedBy()).isEqualTo("huyen");
		assertThatThrownBy(() -> reviews.consolidate(campaign, commune, tree.districtOfficer(), "huyen"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.refused.locked");
	}

	@Test
	void anAdministratorsChoiceOfChainForAProvinceOverridesTheDate() {
		Scope admin = new Scope(Role.ADMIN, Set.of(), null);
		long province = tree.province().getId();
		LocalDate start = LocalDate.of(2019, 9, 1);
		assertThat(chains.chainOf(province, start).id()).isEqualTo(ApprovalChain.DECISION_24_DISTRICT);
		assertThatThrownBy(() -> chains.choose(province, ApprovalChain.TWO_LEVEL, LocalDate.of(2019, 1, 1), null, "",
				false, tree.districtOfficer(), "huyen"))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> chains.choose(province, ApprovalChain.TWO_LEVEL, LocalDate.of(2019, 1, 1), null,
				"POST=soon", false, admin, "admin"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("review.chain.deadlineDaysInvalid");
		chains.choose(province, ApprovalChain.TWO_LEVEL, LocalDate.of(2019, 1, 1), null, "POST=-7", true, admin,
				"admin");
		ApprovalChain chosen = chains.chainOf(province, start);
		assertThat(chosen.id()).isEqualTo(ApprovalChain.TWO_LEVEL);
		assertThat(chosen.enforceDeadlines()).isTrue();
		assertThat(chosen.step(vn.giamngheo.review.ReviewAction.POST).orElseThrow().deadlineDays()).isEqualTo(-7);
		assertThat(chains.chainOf(province, LocalDate.of(2018, 12, 31)).id())
			.isEqualTo(ApprovalChain.DECISION_24_DISTRICT);
	}

}

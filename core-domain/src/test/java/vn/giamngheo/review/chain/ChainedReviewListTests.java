package vn.giamngheo.review.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.account.Role;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.CommuneReviewList;
import vn.giamngheo.review.ListDecision;
import vn.giamngheo.review.ReviewRefused;
import vn.giamngheo.review.ReviewState;

/**
 * A commune's list run through each shipped chain, step by step, with the refusals of
 * each.
 */
class ChainedReviewListTests {

	static final LocalDate TODAY = LocalDate.of(2024, 12, 20);

	static final Instant NOW = Instant.parse("2024-12-20T03:00:00Z");

	static final ListDecision DECISION = new ListDecision("12/QĐ-UBND", LocalDate.of(2024, 12, 12), "Trần Văn Ba");

	static CommuneReviewList list(ApprovalChain chain, ReviewState state) {
		return new CommuneReviewList(7, 2024, 9, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 14), false, null,
				List.of(new CommuneReviewList.Entry(1, 101, "Thạch Sa", state, HouseholdCategory.NOT_POOR,
						HouseholdCategory.NOT_POOR, PovertyCategory.POOR, 0),
						new CommuneReviewList.Entry(2, 102, "Kim Sô", state, HouseholdCategory.POOR,
								HouseholdCategory.POOR, PovertyCategory.POOR, 0)),
				List.of(), chain);
	}

	static void refused(Runnable step, String key) {
		assertThatThrownBy(step::run).isInstanceOfSatisfying(ReviewRefused.class,
				r -> assertThat(r.messageKey()).isEqualTo(key));
	}

	static ReviewState stateAfter(CommuneReviewList.Step step) {
		return step.moved().get(0).to();
	}

	@Test
	void underDecision24WithADistrictTheDistrictGivesItsOpinionBeforeTheChairDecides() {
		var list = list(ApprovalChain.decision24WithDistrict(), ReviewState.DRAFT);
		assertThat(stateAfter(list.submit(Role.COMMUNE_OFFICIAL))).isEqualTo(ReviewState.SUBMITTED);
		assertThat(stateAfter(list.post(Role.COMMUNE_OFFICIAL))).isEqualTo(ReviewState.POSTED);
		// The chair may not decide before the district's opinion.
		refused(() -> list.approve(DECISION, true, TODAY, Role.COMMUNE_OFFICIAL, "xa", NOW),
				"review.list.districtOpinionMissing");
		refused(() -> list.consolidate(Role.COMMUNE_OFFICIAL), "review.refused.role");
		assertThat(stateAfter(list.consolidate(Role.DISTRICT_OFFICER))).isEqualTo(ReviewState.OPINION_GIVEN);
		assertThat(list.locked()).isFalse();
		assertThat(list.notPosted()).isZero();
		var approved = list.approve(DECISION, true, TODAY, Role.COMMUNE_OFFICIAL, "xa", NOW);
		assertThat(stateAfter(approved)).isEqualTo(ReviewState.APPROVED);
		assertThat(list.locked()).isTrue();
		// After the decision there is nothing left for the district but an audited
		// reopening.
		refused(() -> list.consolidate(Role.DISTRICT_OFFICER), "review.refused.locked");
		assertThat(stateAfter(list.reopen("Sai sót", Role.DISTRICT_OFFICER, "huyen", NOW)))
			.isEqualTo(ReviewState.RETURNED);
	}

	@Test
	void underTheTwoLevelChainTheChairDecidesAndTheProvinceConsolidates() {
		var list = list(ApprovalChain.twoLevel(), ReviewState.DRAFT);
		list.submit(Role.COMMUNE_OFFICIAL);
		// A step out of order: the province cannot consolidate a list the chair has not
		// decided.
		refused(() -> list.consolidate(Role.DISTRICT_OFFICER), "review.list.nothingTo.CONSOLIDATE");
		refused(() -> list.approve(DECISION, true, TODAY, Role.COMMUNE_OFFICIAL, "xa", NOW),
				"review.list.notAllPosted");
		list.post(Role.COMMUNE_OFFICIAL);
		assertThat(stateAfter(list.approve(DECISION, true, TODAY, Role.COMMUNE_OFFICIAL, "xa", NOW)))
			.isEqualTo(ReviewState.APPROVED);
		assertThat(stateAfter(list.consolidate(Role.DISTRICT_OFFICER))).isEqualTo(ReviewState.CONSOLIDATED);
		assertThat(list.locked()).isTrue();
		assertThat(stateAfter(list.reopen("Sai sót", Role.DISTRICT_OFFICER, "tinh", NOW)))
			.isEqualTo(ReviewState.RETURNED);
	}

	@Test
	void theChairsDecisionIsRefusedWithoutANumberOrAfterTheCampaign() {
		var list = list(ApprovalChain.decision24WithDistrict(), ReviewState.OPINION_GIVEN);
		refused(() -> list.approve(new ListDecision(" ", LocalDate.of(2024, 12, 12), "Trần Văn Ba"), true, TODAY,
				Role.COMMUNE_OFFICIAL, "xa", NOW), "review.decision.numberRequired");
		// The campaign ended on 14/12: a decision dated later is outside it.
		refused(() -> list.approve(new ListDecision("13/QĐ-UBND", LocalDate.of(2024, 12, 19), "Trần Văn Ba"), true,
				TODAY, Role.COMMUNE_OFFICIAL, "xa", NOW), "review.decision.dateOutsideCampaign");
		assertThat(list.locked()).isFalse();
	}

	@Test
	void theDistrictMayReturnAReviewAfterItsOpinionButNotAfterTheDecision() {
		var list = list(ApprovalChain.decision24WithDistrict(), ReviewState.OPINION_GIVEN);
		assertThat(stateAfter(
				list.act(1, vn.giamngheo.review.ReviewAction.RETURN, Role.DISTRICT_OFFICER, "Thiếu giấy tờ")))
			.isEqualTo(ReviewState.RETURNED);
		refused(() -> list.approve(DECISION, true, TODAY, Role.COMMUNE_OFFICIAL, "xa", NOW),
				"review.list.districtOpinionMissing");
	}

	@Test
	void whereTheProvinceEnforcesDeadlinesAStepAfterItsDeadlineIsRefused() {
		ApprovalChain enforced = ApprovalChain.twoLevel().adjusted(java.util.Map.of(), true);
		// The campaign ends on 14/12/2024; sending is due 21 days before, on 23/11/2024.
		var late = list(enforced, ReviewState.DRAFT).on(LocalDate.of(2024, 11, 24));
		refused(() -> late.submit(Role.COMMUNE_OFFICIAL), "review.chain.deadlinePassed");
		var inTime = list(enforced, ReviewState.DRAFT).on(LocalDate.of(2024, 11, 23));
		assertThat(stateAfter(inTime.submit(Role.COMMUNE_OFFICIAL))).isEqualTo(ReviewState.SUBMITTED);
		// Without enforcement the same late step is recorded (and shows as overdue).
		var lenient = list(ApprovalChain.twoLevel(), ReviewState.DRAFT).on(LocalDate.of(2024, 12, 20));
		assertThat(stateAfter(lenient.submit(Role.COMMUNE_OFFICIAL))).isEqualTo(ReviewState.SUBMITTED);
	}

}

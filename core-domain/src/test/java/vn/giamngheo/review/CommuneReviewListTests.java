package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.account.Role;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.household.event.HouseholdCategoryChanged;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.CommuneReviewList.Entry;
import vn.giamngheo.review.CommuneReviewList.Unreviewed;
import vn.giamngheo.review.event.CommuneListApproved;
import vn.giamngheo.review.event.CommuneListReopened;

class CommuneReviewListTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

	static final Role COMMUNE = Role.COMMUNE_OFFICIAL;

	static final Role DISTRICT = Role.DISTRICT_OFFICER;

	static final ListDecision DECISION = new ListDecision("12/QĐ-UBND", LocalDate.of(2026, 11, 30), "Trần Văn Ba");

	static Entry entry(long id, ReviewState state, HouseholdCategory recognised, PovertyCategory category) {
		return new Entry(id, 100 + id, "Chủ hộ " + id, state, recognised, recognised, category, 3);
	}

	static CommuneReviewList list(boolean locked, List<Unreviewed> unreviewed, Entry... entries) {
		return new CommuneReviewList(7, 2026, 9, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 14), locked,
				locked ? DECISION : null, List.of(entries), unreviewed);
	}

	static CommuneReviewList posted() {
		return list(false, List.of(), entry(1, ReviewState.POSTED, HouseholdCategory.NOT_POOR, PovertyCategory.POOR),
				entry(2, ReviewState.POSTED, HouseholdCategory.POOR, PovertyCategory.POOR));
	}

	@Test
	void submittingMovesEveryDraftAndReturnedReviewAndNothingElse() {
		var list = list(false, List.of(), entry(1, ReviewState.DRAFT, HouseholdCategory.POOR, PovertyCategory.POOR),
				entry(2, ReviewState.RETURNED, HouseholdCategory.POOR, PovertyCategory.POOR),
				entry(3, ReviewState.SUBMITTED, HouseholdCategory.POOR, PovertyCategory.POOR));
		var step = list.submit(COMMUNE);
		assertThat(step.moved()).extracting(m -> m.entry().reviewId()).containsExactly(1L, 2L);
		assertThat(step.moved()).allMatch(m -> m.to() == ReviewState.SUBMITTED);
		assertThat(step.events()).isEmpty();
		assertThatThrownBy(() -> list.submit(COMMUNE)).isInstanceOfSatisfying(ReviewRefused.class,
				r -> assertThat(r.messageKey()).isEqualTo("review.list.nothingTo.SUBMIT"));
	}

	@Test
	void approvalLocksTheListAndReturnsTheCategoryChangesThenTheApproval() {
		var list = posted();
		var step = list.approve(DECISION, false, TODAY, COMMUNE, "xa", NOW);
		assertThat(step.moved()).hasSize(2).allMatch(m -> m.to() == ReviewState.APPROVED);
		assertThat(step.events()).containsExactly(
				new HouseholdCategoryChanged(101, 9, HouseholdCategory.NOT_POOR, HouseholdCategory.POOR, "APPROVE",
						"xa"),
				new CommuneListApproved(7, 2026, 9, "12/QĐ-UBND", LocalDate.of(2026, 11, 30), "Trần Văn Ba", "xa",
						NOW));
		assertThat(list.locked()).isTrue();
	}

	@Test
	void aLockedListRefusesEveryWriteAndASecondApproval() {
		var list = posted();
		list.approve(DECISION, false, TODAY, COMMUNE, "xa", NOW);
		var other = new ListDecision("99/QĐ-UBND", LocalDate.of(2026, 12, 1), "Người khác");
		assertThatThrownBy(() -> list.approve(other, true, TODAY, COMMUNE, "xa", NOW)).isInstanceOfSatisfying(
				ReviewRefused.class, r -> assertThat(r.messageKey()).isEqualTo("review.list.alreadyApproved"));
		assertThat(list.decision()).isEqualTo(DECISION);
		for (Runnable write : List.<Runnable>of(list::requireOpen, () -> list.submit(COMMUNE), () -> list.post(COMMUNE),
				() -> list.act(1, ReviewAction.RETURN, COMMUNE, "sai"))) {
			assertThatThrownBy(write::run).isInstanceOfSatisfying(ReviewRefused.class,
					r -> assertThat(r.messageKey()).isEqualTo("review.refused.locked"));
		}
	}

	@Test
	void approvalWaitsForEveryReviewToBePosted() {
		var list = list(false, List.of(), entry(1, ReviewState.POSTED, HouseholdCategory.POOR, PovertyCategory.POOR),
				entry(2, ReviewState.DRAFT, HouseholdCategory.POOR, PovertyCategory.POOR));
		assertThatThrownBy(() -> list.approve(DECISION, true, TODAY, COMMUNE, "xa", NOW)).isInstanceOfSatisfying(
				ReviewRefused.class, r -> assertThat(r.messageKey()).isEqualTo("review.list.notAllPosted"));
		assertThat(list.locked()).isFalse();
	}

	@Test
	void householdsNeverReviewedNeedTheChairsChoiceToCarryTheirCategoryForward() {
		var unreviewed = List.of(new Unreviewed(500, "X-1", "Sơn Thị Pha", HouseholdCategory.NEAR_POOR));
		var stop = list(false, unreviewed, entry(1, ReviewState.POSTED, HouseholdCategory.POOR, PovertyCategory.POOR));
		assertThatThrownBy(() -> stop.approve(DECISION, false, TODAY, COMMUNE, "xa", NOW))
			.isInstanceOfSatisfying(ReviewRefused.class, r -> assertThat(r.field()).isEqualTo("carryForward"));
		var carry = list(false, unreviewed, entry(1, ReviewState.POSTED, HouseholdCategory.POOR, PovertyCategory.POOR));
		var step = carry.approve(DECISION, true, TODAY, COMMUNE, "xa", NOW);
		assertThat(step.events()).noneMatch(e -> e instanceof HouseholdCategoryChanged c && c.householdId() == 500);
	}

	@Test
	void aConfirmationThatNoLongerNamesTheUnreviewedHouseholdsIsRefused() {
		var unreviewed = List.of(new Unreviewed(500, "X-1", "Sơn Thị Pha", HouseholdCategory.NEAR_POOR),
				new Unreviewed(501, "X-2", "Kim Văn Ba", HouseholdCategory.POOR));
		var list = list(false, unreviewed, entry(1, ReviewState.POSTED, HouseholdCategory.POOR, PovertyCategory.POOR));
		assertThatThrownBy(() -> list.requireUnreviewedAsConfirmed(1)).isInstanceOfSatisfying(ReviewRefused.class,
				r -> assertThat(r.messageKey()).isEqualTo("review.list.changedSinceConfirmation"));
		list.requireUnreviewedAsConfirmed(2);
		list.requireUnreviewedAsConfirmed(null);
	}

	@ParameterizedTest(name = "decision {0} / {1} / {2} refused on {3}: {4}")
	@CsvSource(nullValues = "null", value = { //
			"null, 2026-11-30, Trần Văn Ba, decisionNumber, review.decision.numberRequired", //
			"'  ', 2026-11-30, Trần Văn Ba, decisionNumber, review.decision.numberRequired", //
			"123456789012345678901234567890123456789012345678901, 2026-11-30, Trần Văn Ba, decisionNumber, review.decision.numberTooLong", //
			"12/QĐ, 2026-11-30, null, decisionSigner, review.decision.signerRequired", //
			"12/QĐ, null, Trần Văn Ba, decisionDate, review.decision.dateRequired", //
			"12/QĐ, 2026-12-02, Trần Văn Ba, decisionDate, review.decision.dateInFuture", //
			"12/QĐ, 2099-12-01, Trần Văn Ba, decisionDate, review.decision.dateInFuture", //
			"12/QĐ, 2026-08-31, Trần Văn Ba, decisionDate, review.decision.dateOutsideCampaign" })
	void aDecisionThatCannotBeSignedIsRefused(String number, LocalDate date, String signer, String field, String key) {
		var list = posted();
		assertThatThrownBy(() -> list.approve(new ListDecision(number, date, signer), false, TODAY, COMMUNE, "xa", NOW))
			.isInstanceOfSatisfying(ReviewRefused.class, r -> {
				assertThat(r.field()).isEqualTo(field);
				assertThat(r.messageKey()).isEqualTo(key);
			});
		assertThat(list.locked()).isFalse();
	}

	@Test
	void onlyTheCommuneApprovesAndOnlyTheDistrictReopens() {
		assertThatThrownBy(() -> posted().approve(DECISION, false, TODAY, DISTRICT, "huyen", NOW))
			.isInstanceOfSatisfying(ReviewRefused.class,
					r -> assertThat(r.messageKey()).isEqualTo("review.refused.role"));
		var list = posted();
		list.approve(DECISION, false, TODAY, COMMUNE, "xa", NOW);
		assertThatThrownBy(() -> list.reopen("sai sót", COMMUNE, "xa", NOW)).isInstanceOfSatisfying(ReviewRefused.class,
				r -> assertThat(r.messageKey()).isEqualTo("review.refused.role"));
		assertThatThrownBy(() -> list.reopen(" ", DISTRICT, "huyen", NOW)).isInstanceOfSatisfying(ReviewRefused.class,
				r -> assertThat(r.messageKey()).isEqualTo("review.refused.reasonRequired"));
	}

	@Test
	void reopeningRestoresTheCategoryOfTheStartOfThePeriodAndUnlocks() {
		var approved = list(true, List.of(),
				new Entry(1, 101, "A", ReviewState.CONSOLIDATED, HouseholdCategory.POOR, HouseholdCategory.NOT_POOR,
						PovertyCategory.POOR, 5),
				new Entry(2, 102, "B", ReviewState.APPROVED, HouseholdCategory.POOR, HouseholdCategory.POOR,
						PovertyCategory.POOR, 5));
		var step = approved.reopen("Sai thu nhập", DISTRICT, "huyen", NOW);
		assertThat(step.moved()).hasSize(2).allMatch(m -> m.to() == ReviewState.RETURNED);
		assertThat(step.events()).containsExactly(new HouseholdCategoryChanged(101, 9, HouseholdCategory.POOR,
				HouseholdCategory.NOT_POOR, "REOPEN", "huyen"),
				new CommuneListReopened(7, 2026, 9, "Sai thu nhập", "huyen", NOW));
		assertThat(approved.locked()).isFalse();
		assertThatThrownBy(() -> approved.reopen("lại", DISTRICT, "huyen", NOW)).isInstanceOfSatisfying(
				ReviewRefused.class, r -> assertThat(r.messageKey()).isEqualTo("review.list.nothingTo.REOPEN"));
	}

	@Test
	void oneHouseholdMayBeReturnedButNotApprovedAlone() {
		var list = posted();
		var step = list.act(1, ReviewAction.RETURN, DISTRICT, "Thiếu giấy tờ");
		assertThat(step.moved()).singleElement().satisfies(m -> assertThat(m.to()).isEqualTo(ReviewState.RETURNED));
		assertThatThrownBy(() -> list.act(2, ReviewAction.APPROVE, COMMUNE, null)).isInstanceOfSatisfying(
				ReviewRefused.class, r -> assertThat(r.messageKey()).isEqualTo("review.refused.listStep"));
		assertThatThrownBy(() -> list.approve(DECISION, false, TODAY, COMMUNE, "xa", NOW)).isInstanceOfSatisfying(
				ReviewRefused.class, r -> assertThat(r.messageKey()).isEqualTo("review.list.notAllPosted"));
	}

}

package vn.giamngheo.review.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.account.Role;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.ReviewState;

class ApprovalChainTests {

	static final LocalDate END = LocalDate.of(2024, 12, 14);

	static ApprovalChain chain(String id) {
		return ApprovalChain.shipped(id).orElseThrow();
	}

	@ParameterizedTest(name = "{0} step {1}: {2} by {3}, {4} -> {5}")
	@CsvSource({ //
			"QD24_2021_DISTRICT, 1, SUBMIT, COMMUNE_OFFICIAL, DRAFT, SUBMITTED", //
			"QD24_2021_DISTRICT, 2, POST, COMMUNE_OFFICIAL, SUBMITTED, POSTED", //
			"QD24_2021_DISTRICT, 3, CONSOLIDATE, DISTRICT, POSTED, OPINION_GIVEN", //
			"QD24_2021_DISTRICT, 4, APPROVE, COMMUNE_CHAIR, OPINION_GIVEN, APPROVED", //
			"TWO_LEVEL_2025, 1, SUBMIT, COMMUNE_OFFICIAL, DRAFT, SUBMITTED", //
			"TWO_LEVEL_2025, 2, POST, COMMUNE_OFFICIAL, SUBMITTED, POSTED", //
			"TWO_LEVEL_2025, 3, APPROVE, COMMUNE_CHAIR, POSTED, APPROVED", //
			"TWO_LEVEL_2025, 4, CONSOLIDATE, PROVINCE, APPROVED, CONSOLIDATED" })
	void eachChainRunsItsStepsInTheOrderOfItsLaw(String id, int number, ReviewAction action, ChainActor actor,
			ReviewState from, ReviewState to) {
		ChainStep step = chain(id).steps().get(number - 1);
		assertThat(step.action()).isEqualTo(action);
		assertThat(step.actor()).isEqualTo(actor);
		assertThat(step.from()).isEqualTo(from);
		assertThat(step.to()).isEqualTo(to);
		assertThat(step.legalReference()).startsWith("Quyết định 24/2021/QĐ-TTg, Điều 4");
		assertThat(chain(id).check(from, action, actor.role(), true, END, END)).isEmpty();
	}

	@ParameterizedTest(name = "{0}: {2} from {1} by {3} refused with {4}")
	@CsvSource({ //
			// the district's opinion comes before the chair's decision, not after it
			"QD24_2021_DISTRICT, POSTED, APPROVE, COMMUNE_OFFICIAL, review.chain.outOfOrder", //
			"QD24_2021_DISTRICT, APPROVED, CONSOLIDATE, DISTRICT_OFFICER, review.chain.outOfOrder", //
			"QD24_2021_DISTRICT, DRAFT, POST, COMMUNE_OFFICIAL, review.chain.outOfOrder", //
			"QD24_2021_DISTRICT, POSTED, CONSOLIDATE, COMMUNE_OFFICIAL, review.refused.role", //
			"QD24_2021_DISTRICT, OPINION_GIVEN, APPROVE, DISTRICT_OFFICER, review.refused.role", //
			"TWO_LEVEL_2025, POSTED, CONSOLIDATE, DISTRICT_OFFICER, review.chain.outOfOrder", //
			"TWO_LEVEL_2025, SUBMITTED, APPROVE, COMMUNE_OFFICIAL, review.chain.outOfOrder", //
			"TWO_LEVEL_2025, APPROVED, CONSOLIDATE, COMMUNE_OFFICIAL, review.refused.role", //
			"TWO_LEVEL_2025, DRAFT, SUBMIT, PROVINCIAL_VIEWER, review.refused.role", //
			"TWO_LEVEL_2025, DRAFT, RETURN, COMMUNE_OFFICIAL, review.chain.notInChain" })
	void refusesAStepOutOfOrderOrByTheWrongActor(String id, ReviewState from, ReviewAction action, Role by,
			String key) {
		assertThat(chain(id).check(from, action, by, true, END, END).map(ApprovalChain.Refusal::messageKey))
			.contains(key);
	}

	@Test
	void theChairsDecisionIsRefusedWithoutADecision() {
		assertThat(chain(ApprovalChain.DECISION_24_DISTRICT).check(ReviewState.OPINION_GIVEN, ReviewAction.APPROVE,
				Role.COMMUNE_OFFICIAL, false, END, END))
			.contains(new ApprovalChain.Refusal("decisionNumber", "review.decision.numberRequired"));
		assertThat(chain(ApprovalChain.TWO_LEVEL).check(ReviewState.POSTED, ReviewAction.APPROVE, Role.COMMUNE_OFFICIAL,
				false, END, END))
			.contains(new ApprovalChain.Refusal("decisionNumber", "review.decision.numberRequired"));
	}

	@Test
	void aStepAfterItsDeadlineIsRefusedWhereTheProvinceEnforcesDeadlines() {
		ApprovalChain enforced = chain(ApprovalChain.TWO_LEVEL).adjusted(Map.of(ReviewAction.POST, -7), true);
		LocalDate deadline = END.minusDays(7);
		assertThat(enforced.step(ReviewAction.POST).orElseThrow().deadline(END)).isEqualTo(deadline);
		assertThat(
				enforced.check(ReviewState.SUBMITTED, ReviewAction.POST, Role.COMMUNE_OFFICIAL, false, deadline, END))
			.isEmpty();
		assertThat(enforced
			.check(ReviewState.SUBMITTED, ReviewAction.POST, Role.COMMUNE_OFFICIAL, false, deadline.plusDays(1), END)
			.map(ApprovalChain.Refusal::messageKey)).contains("review.chain.deadlinePassed");
		// Not enforced: the deadline shows as overdue but the step is still recorded.
		assertThat(chain(ApprovalChain.TWO_LEVEL).check(ReviewState.SUBMITTED, ReviewAction.POST, Role.COMMUNE_OFFICIAL,
				false, deadline.plusDays(30), END))
			.isEmpty();
	}

	@Test
	void theChainFollowsTheDateWhenTheProvinceChoseNone() {
		assertThat(ApprovalChain.defaultOn(LocalDate.of(2025, 6, 30)).id())
			.isEqualTo(ApprovalChain.DECISION_24_DISTRICT);
		assertThat(ApprovalChain.defaultOn(LocalDate.of(2025, 7, 1)).id()).isEqualTo(ApprovalChain.TWO_LEVEL);
		assertThat(ApprovalChain.defaultOn(LocalDate.of(2025, 6, 30)).upperTier()).isEqualTo(ChainActor.DISTRICT);
		assertThat(ApprovalChain.defaultOn(LocalDate.of(2025, 7, 1)).upperTier()).isEqualTo(ChainActor.PROVINCE);
		assertThat(ApprovalChain.twoLevel().hasDistrict()).isFalse();
	}

	@Test
	void aListIsDecidedOnlyOnceTheChairsStepIsBehindIt() {
		ApprovalChain d24 = ApprovalChain.decision24WithDistrict();
		assertThat(d24.decided(ReviewState.OPINION_GIVEN)).isFalse();
		assertThat(d24.decided(ReviewState.APPROVED)).isTrue();
		ApprovalChain two = ApprovalChain.twoLevel();
		assertThat(two.decided(ReviewState.APPROVED)).isTrue();
		assertThat(two.decided(ReviewState.CONSOLIDATED)).isTrue();
		assertThat(two.position(ReviewState.RETURNED)).isZero();
		assertThat(two.finalState()).isEqualTo(ReviewState.CONSOLIDATED);
		assertThat(d24.finalState()).isEqualTo(ReviewState.APPROVED);
	}

	@Test
	void aChainWhoseStepsDoNotConnectIsRejected() {
		List<ChainStep> broken = List.of(
				new ChainStep(ReviewAction.SUBMIT, ChainActor.COMMUNE_OFFICIAL, ReviewState.DRAFT,
						ReviewState.SUBMITTED, "x", 0, false),
				new ChainStep(ReviewAction.APPROVE, ChainActor.COMMUNE_CHAIR, ReviewState.POSTED, ReviewState.APPROVED,
						"x", 0, true));
		assertThatThrownBy(() -> new ApprovalChain("BROKEN", broken, false))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(ApprovalChain.shipped("NONE")).isEqualTo(Optional.empty());
	}

}

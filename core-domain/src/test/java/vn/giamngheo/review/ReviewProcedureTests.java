package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.account.Role;

class ReviewProcedureTests {

	@ParameterizedTest(name = "{1} by {2} from {0} -> {3}")
	@CsvSource({ //
			"DRAFT, SUBMIT, COMMUNE_OFFICIAL, SUBMITTED", //
			"RETURNED, SUBMIT, COMMUNE_OFFICIAL, SUBMITTED", //
			"SUBMITTED, POST, COMMUNE_OFFICIAL, POSTED", //
			"POSTED, APPROVE, COMMUNE_OFFICIAL, APPROVED", //
			"APPROVED, CONSOLIDATE, DISTRICT_OFFICER, CONSOLIDATED", //
			"SUBMITTED, RETURN, DISTRICT_OFFICER, RETURNED", //
			"POSTED, RETURN, COMMUNE_OFFICIAL, RETURNED", //
			"APPROVED, REOPEN, DISTRICT_OFFICER, RETURNED", //
			"CONSOLIDATED, REOPEN, DISTRICT_OFFICER, RETURNED", //
			"DRAFT, SAVE, COMMUNE_OFFICIAL, DRAFT", //
			"RETURNED, SAVE, DISTRICT_OFFICER, RETURNED" })
	void followsTheStepsOfDecision24(ReviewState from, ReviewAction action, Role by, ReviewState to) {
		assertThat(ReviewProcedure.step(from, action, by, "lý do")).isEqualTo(new ReviewProcedure.Step.Moved(to));
	}

	@ParameterizedTest(name = "{1} by {2} from {0} refused: {3}")
	@CsvSource({ //
			"APPROVED, SAVE, COMMUNE_OFFICIAL, review.refused.locked", //
			"APPROVED, RETURN, COMMUNE_OFFICIAL, review.refused.locked", //
			"APPROVED, REOPEN, COMMUNE_OFFICIAL, review.refused.role", //
			"DRAFT, POST, COMMUNE_OFFICIAL, review.refused.state", //
			"SUBMITTED, APPROVE, COMMUNE_OFFICIAL, review.refused.state", //
			"POSTED, APPROVE, DISTRICT_OFFICER, review.refused.role", //
			"APPROVED, CONSOLIDATE, COMMUNE_OFFICIAL, review.refused.role", //
			"DRAFT, SUBMIT, PROVINCIAL_VIEWER, review.refused.role", //
			"SUBMITTED, SAVE, COMMUNE_OFFICIAL, review.refused.state" })
	void refusesStepsOutOfOrderOrByTheWrongRole(ReviewState from, ReviewAction action, Role by, String key) {
		assertThat(ReviewProcedure.step(from, action, by, "lý do")).isEqualTo(new ReviewProcedure.Step.Refused(key));
	}

	@Test
	void aReturnOrAReopeningNeedsAReason() {
		assertThat(ReviewProcedure.step(ReviewState.SUBMITTED, ReviewAction.RETURN, Role.DISTRICT_OFFICER, " "))
			.isEqualTo(new ReviewProcedure.Step.Refused("review.refused.reasonRequired"));
		assertThat(ReviewProcedure.step(ReviewState.APPROVED, ReviewAction.REOPEN, Role.DISTRICT_OFFICER, null))
			.isEqualTo(new ReviewProcedure.Step.Refused("review.refused.reasonRequired"));
	}

	@Test
	void offersOnlyTheActionsThatWillWork() {
		assertThat(ReviewProcedure.available(ReviewState.DRAFT, Role.COMMUNE_OFFICIAL))
			.containsExactlyInAnyOrder(ReviewAction.SAVE, ReviewAction.SUBMIT);
		assertThat(ReviewProcedure.available(ReviewState.APPROVED, Role.DISTRICT_OFFICER))
			.containsExactlyInAnyOrder(ReviewAction.CONSOLIDATE, ReviewAction.REOPEN);
		assertThat(ReviewProcedure.available(ReviewState.APPROVED, Role.COMMUNE_OFFICIAL)).isEmpty();
	}

}

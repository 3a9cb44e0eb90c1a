package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.poverty.PovertyCategory;

class OutcomeTests {

	@ParameterizedTest(name = "{0} -> {1} (poor before: {2}, near-poor before: {3}) = {4}")
	@CsvSource({ //
			"POOR, POOR, false, false, UNCHANGED", //
			"POOR, NEAR_POOR, false, false, POOR_TO_NEAR_POOR", //
			"POOR, AVERAGE_LIVING, false, false, ESCAPED", //
			"POOR, NOT_POOR, true, false, ESCAPED", //
			"NEAR_POOR, POOR, false, false, NEAR_POOR_TO_POOR", //
			"NEAR_POOR, NEAR_POOR, false, false, UNCHANGED", //
			"NEAR_POOR, NOT_POOR, false, false, ESCAPED_NEAR_POOR", //
			"NOT_POOR, POOR, false, false, NEWLY_POOR", //
			"NOT_POOR, POOR, true, false, RE_POOR", //
			"AVERAGE_LIVING, POOR, true, true, RE_POOR", //
			"NOT_REVIEWED, POOR, false, false, NEWLY_POOR", //
			"NOT_POOR, NEAR_POOR, false, false, NEWLY_NEAR_POOR", //
			"NOT_POOR, NEAR_POOR, false, true, RE_NEAR_POOR", //
			"NOT_POOR, NEAR_POOR, true, false, RE_NEAR_POOR", //
			"NOT_POOR, AVERAGE_LIVING, true, true, UNCHANGED" })
	void namesTheFlowOfTheReportForms(HouseholdCategory before, PovertyCategory after, boolean poorEarlier,
			boolean nearPoorEarlier, Outcome expected) {
		assertThat(Outcome.of(before, after, poorEarlier, nearPoorEarlier)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "ESCAPED, true", "ESCAPED_NEAR_POOR, true", "POOR_TO_NEAR_POOR, false", "UNCHANGED, false" })
	void onlyLeavingTheListsStartsTheNewlyEscapedPeriod(Outcome outcome, boolean left) {
		assertThat(outcome.leftTheList()).isEqualTo(left);
	}

}

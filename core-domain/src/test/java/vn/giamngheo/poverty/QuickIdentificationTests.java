package vn.giamngheo.poverty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.area.AreaType;

class QuickIdentificationTests {

	static final PovertyStandard STANDARD = PovertyStandards.builtIn()
		.applicable(null, LocalDate.of(2024, 12, 31))
		.orElseThrow();

	@ParameterizedTest(name = "B1 {1} in {0} with {2} deficiencies: {3}")
	@CsvSource({ //
			"RURAL, 140, 3, POOR", // at the cut-off counts as at or below the line
			"RURAL, 140, 2, NEAR_POOR", //
			"RURAL, 141, 6, NOT_POOR", // above: never inside the average-living band
										// either
			"URBAN, 175, 0, NEAR_POOR", //
			"URBAN, 176, 0, NOT_POOR" })
	void aB1ScoreStandsForAnIncomeOnTheRightSideOfTheStandardsLine(AreaType area, int b1, int deficiencies,
			PovertyCategory expected) {
		long income = QuickIdentification.incomeFor(STANDARD, area, b1).orElseThrow();
		assertThat(STANDARD.category(area, income, deficiencies)).isEqualTo(expected);
		assertThat(STANDARD.score(area, b1, deficiencies * 10).incomeAtOrBelowLine())
			.isEqualTo(income <= STANDARD.incomeLine(area));
	}

}

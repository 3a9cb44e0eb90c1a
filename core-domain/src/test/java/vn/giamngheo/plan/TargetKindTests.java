package vn.giamngheo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which figures a target, an allocation or an actual of each kind may hold. */
class TargetKindTests {

	@ParameterizedTest(name = "{0} admits {1}: {2}")
	@CsvSource(nullValues = "-", value = {
			// Counts: any number from 0 up.
			"COUNT_TO_REACH, 0, true", "COUNT_TO_REACH, 3000, true", "COUNT_TO_REACH, -1, false",
			// Percentages: 0 to 100 inclusive.
			"COVERAGE_SHARE, 100, true", "COVERAGE_SHARE, 100.01, false", "RATE_TO_REACH, 2.76, true",
			"REDUCTION_POINTS, -0.01, false",
			// No figure is never admitted.
			"COUNT_TO_REACH, -, false", "COVERAGE_SHARE, -, false" })
	void aFigureIsNeverNegativeAndAPercentageNeverAboveHundred(TargetKind kind, BigDecimal value, boolean admitted) {
		assertThat(kind.admits(value)).isEqualTo(admitted);
	}

}

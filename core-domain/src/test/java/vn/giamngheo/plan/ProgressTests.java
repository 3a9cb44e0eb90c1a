package vn.giamngheo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Achievement and state, table-driven: one row per case with the rule it illustrates. */
class ProgressTests {

	@ParameterizedTest(name = "{0} target {1} baseline {2} actual {3} on {4} -> {5}% {6}")
	@CsvSource(nullValues = "-", value = {
			// Trảng Bàng 2023 (seed 001): 3,716 of 3,200 workers = 116.125% -> "116,12%"
			// (half-even), reached.
			"COUNT_TO_REACH, 3200, -, 3716, 2023-12-31, 116.12, ON_TRACK",
			// 2,400 of 3,000 by 30 September (74.8% of the year gone): 80% achieved, on
			// track.
			"COUNT_TO_REACH, 3000, -, 2400, 2023-09-30, 80.00, ON_TRACK",
			// 90 of 140 abroad by 15 October (78.9% gone): 64.29% is less than a quarter
			// behind, at risk.
			"COUNT_TO_REACH, 140, -, 90, 2023-10-15, 64.29, AT_RISK",
			// 40 of 140 by 15 October: far behind.
			"COUNT_TO_REACH, 140, -, 40, 2023-10-15, 28.57, BEHIND",
			// After the year an unreached count is behind, however close.
			"COUNT_TO_REACH, 3000, -, 2999, 2024-01-15, 99.97, BEHIND",
			// Before the year starts nothing is expected yet.
			"COUNT_TO_REACH, 3000, -, 0, 2022-12-20, 0.00, ON_TRACK",
			// Coverage share 98% of a 100% target at mid-year.
			"COVERAGE_SHARE, 100, -, 98, 2023-07-02, 98.00, ON_TRACK",
			"COVERAGE_SHARE, 100, -, 70, 2023-12-31, 70.00, BEHIND",
			// Trà Cú: poverty 4.47% at the end of 2022, reduce by 1.71 points; at 3.19%
			// that is 1.28/1.71 = 74.85%.
			"REDUCTION_POINTS, 1.71, 4.47, 3.19, 2023-12-31, 74.85, BEHIND",
			"REDUCTION_POINTS, 1.71, 4.47, 2.76, 2023-12-31, 100.00, ON_TRACK",
			"REDUCTION_POINTS, 1.71, 4.47, 3.19, 2023-09-30, 74.85, ON_TRACK",
			// Rate to reach 2.76% from 4.47%: at 3.50% the fall achieved is 0.97/1.71.
			"RATE_TO_REACH, 2.76, 4.47, 3.50, 2023-12-31, 56.73, BEHIND",
			"RATE_TO_REACH, 2.76, 4.47, 2.50, 2023-12-31, 115.20, ON_TRACK",
			// Without a baseline a rate is simply reached (100%) or not (0%).
			"RATE_TO_REACH, 2.76, -, 2.70, 2023-12-31, 100.00, ON_TRACK",
			"RATE_TO_REACH, 2.76, -, 2.80, 2023-06-30, 0.00, BEHIND" })
	void achievementAndState(TargetKind kind, BigDecimal target, BigDecimal baseline, BigDecimal actual, LocalDate on,
			BigDecimal percent, ProgressState state) {
		Progress.Result result = Progress.of(kind, target, baseline, actual, 2023, on);
		assertThat(result.percent(2)).isEqualByComparingTo(percent);
		assertThat(result.state()).isEqualTo(state);
	}

	@ParameterizedTest
	@CsvSource({ "2023-01-01, 0.002739726027", "2023-12-31, 1", "2024-03-01, 1", "2022-05-05, 0" })
	void elapsedShareOfTheYear(LocalDate on, BigDecimal share) {
		assertThat(Progress.elapsed(2023, on)).isEqualByComparingTo(share);
	}

	@org.junit.jupiter.api.Test
	void noActualMeansNoData() {
		assertThat(Progress.of(TargetKind.COUNT_TO_REACH, BigDecimal.TEN, null, null, 2023, LocalDate.of(2023, 6, 1))
			.state()).isEqualTo(ProgressState.NO_DATA);
	}

}

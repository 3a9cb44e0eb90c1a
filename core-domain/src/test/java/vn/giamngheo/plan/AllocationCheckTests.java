package vn.giamngheo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven: "value:base" per commune, separated by spaces (base "-" = unknown),
 * against a district target. Counts add up exactly; rates average, weighted by base,
 * rounded half-to-even to two decimals.
 */
class AllocationCheckTests {

	@ParameterizedTest(name = "{0} {1} <- {2}: {3} ({4})")
	@CsvSource({
			// Counts: the appendix's communes add up exactly to 3,000 workers, or they do
			// not.
			"COUNT_TO_REACH, 3000, 1000:- 1200:- 800:-, true, 3000",
			"COUNT_TO_REACH, 3000, 1000:- 1200:- 799:-, false, 2999", "COUNT_TO_REACH, 140, 140:-, true, 140",
			// Coverage 100% everywhere is 100% for the district, whatever the bases.
			"COVERAGE_SHARE, 100, 100:5000 100:12 100:800, true, 100",
			// Poverty-rate reductions weighted by households: (2 × 1000 + 1 × 3000) /
			// 4000 = 1.25.
			"REDUCTION_POINTS, 1.25, 2:1000 1:3000, true, 1.25",
			// The same shares unweighted would be 1.5: a commune's weight is its
			// households.
			"REDUCTION_POINTS, 1.5, 2:1000 1:3000, false, 1.25",
			// Without bases every commune weighs the same.
			"REDUCTION_POINTS, 1.5, 2:- 1:-, true, 1.5",
			// Rounded half-to-even at two decimals: (1.71 × 2 + 1.72 × 1) / 3 = 1.71333…
			// -> 1.71.
			"REDUCTION_POINTS, 1.71, 1.71:2 1.72:1, true, 1.71",
			// Trained workers 67.67%: equal shares add up.
			"COVERAGE_SHARE, 67.67, 67.67:- 67.67:- 67.67:-, true, 67.67" })
	void addsUp(TargetKind kind, BigDecimal target, String shares, boolean addsUp, BigDecimal implied) {
		List<AllocationCheck.Share> list = new ArrayList<>();
		long id = 1;
		for (String s : shares.split(" ")) {
			String[] parts = s.split(":");
			list.add(new AllocationCheck.Share(id++, new BigDecimal(parts[0]),
					parts[1].equals("-") ? null : Long.valueOf(parts[1])));
		}
		AllocationCheck.Result result = AllocationCheck.check(kind, target, list);
		assertThat(result.addsUp()).isEqualTo(addsUp);
		assertThat(result.implied()).isEqualByComparingTo(implied);
	}

	@org.junit.jupiter.api.Test
	void nothingAllocatedDoesNotAddUp() {
		assertThat(AllocationCheck.check(TargetKind.COUNT_TO_REACH, BigDecimal.TEN, List.of()).addsUp()).isFalse();
	}

	@org.junit.jupiter.api.Test
	void indicatorsAcceptOnlyFittingKinds() {
		assertThat(TargetIndicator.POVERTY_RATE.accepts(TargetKind.REDUCTION_POINTS)).isTrue();
		assertThat(TargetIndicator.POVERTY_RATE.accepts(TargetKind.RATE_TO_REACH)).isTrue();
		assertThat(TargetIndicator.POVERTY_RATE.accepts(TargetKind.COUNT_TO_REACH)).isFalse();
		assertThat(TargetIndicator.JOBS.accepts(TargetKind.COVERAGE_SHARE)).isFalse();
	}

}

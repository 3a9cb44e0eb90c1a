package vn.giamngheo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven: a whole-area figure ("value@date", "-" for none) and commune figures
 * ("value@date:base", base "-" = unknown, separated by spaces) → the area's figure and
 * its date ("-" when there is none).
 */
class AreaActualTests {

	@ParameterizedTest(name = "{0}: area {1}, communes {2} -> {3} on {4}")
	@CsvSource(nullValues = "-", value = {
			// Counts add up, dated by the newest commune figure.
			"COUNT_TO_REACH, -, 110@2023-09-30:- 125@2023-09-15:-, 235, 2023-09-30",
			// A whole-area figure at least as recent as every commune's wins ...
			"COUNT_TO_REACH, 300@2023-09-30, 110@2023-09-30:- 125@2023-09-15:-, 300, 2023-09-30",
			// ... an older one gives way to the communes.
			"COUNT_TO_REACH, 300@2023-06-30, 110@2023-09-30:- 125@2023-09-15:-, 235, 2023-09-30",
			"COVERAGE_SHARE, 66.10@2023-09-30, -, 66.10, 2023-09-30",
			// Rates average weighted by base when every commune has one: (60 × 100 + 80 ×
			// 300) / 400 = 75.
			"COVERAGE_SHARE, -, 60@2023-09-30:100 80@2023-09-30:300, 75, 2023-09-30",
			// One commune without a base: every commune weighs the same, (60 + 80) / 2 =
			// 70.
			"COVERAGE_SHARE, -, 60@2023-09-30:100 80@2023-09-30:-, 70, 2023-09-30",
			// Kept at ten decimals, half-to-even: (1 + 2 + 2) / 3.
			"REDUCTION_POINTS, -, 1@2023-09-30:- 2@2023-09-30:- 2@2023-09-30:-, 1.6666666667, 2023-09-30",
			// Communes that all weigh nothing have a date but no average.
			"COVERAGE_SHARE, -, 60@2023-09-30:0 80@2023-08-30:0, -, 2023-09-30" })
	void theAreaFigureFromWhatOfficersEntered(TargetKind kind, String area, String communes, BigDecimal value,
			LocalDate asOf) {
		Optional<AreaActual.Entered> result = AreaActual.of(kind, area == null ? null : entered(area),
				communeFigures(communes));
		assertThat(result).isPresent();
		assertThat(result.get().asOf()).isEqualTo(asOf);
		if (value == null) {
			assertThat(result.get().value()).isNull();
		}
		else {
			assertThat(result.get().value()).isEqualByComparingTo(value);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "COUNT_TO_REACH", "COVERAGE_SHARE", "RATE_TO_REACH" })
	void nothingEnteredIsNoFigure(TargetKind kind) {
		assertThat(AreaActual.of(kind, null, List.of())).isEmpty();
	}

	private static AreaActual.Entered entered(String spec) {
		String[] parts = spec.split("@");
		return new AreaActual.Entered(new BigDecimal(parts[0]), LocalDate.parse(parts[1]));
	}

	private static List<AreaActual.CommuneFigure> communeFigures(String spec) {
		List<AreaActual.CommuneFigure> list = new ArrayList<>();
		if (spec == null) {
			return list;
		}
		for (String s : spec.split(" ")) {
			String[] valueRest = s.split("@");
			String[] dateBase = valueRest[1].split(":");
			list.add(new AreaActual.CommuneFigure(new BigDecimal(valueRest[0]), LocalDate.parse(dateBase[0]),
					dateBase[1].equals("-") ? null : Long.valueOf(dateBase[1])));
		}
		return list;
	}

}

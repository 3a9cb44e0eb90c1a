package vn.giamngheo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.report.AreaFigures;
import vn.giamngheo.report.Figure;

/**
 * Table-driven: an area's figures ("FIGURE=n" separated by spaces) → the indicator's rate
 * in percent and its base.
 */
class IndicatorFiguresTests {

	@ParameterizedTest(name = "{0} of {1} -> {2}% weighed by {3}")
	@CsvSource(nullValues = "-", value = {
			// 134 poor of 3,000 households: 4.4666…% (kept at ten decimals,
			// half-to-even), weighed by the households.
			"POVERTY_RATE, HOUSEHOLDS=3000 POOR=134 NEAR_POOR=90, 4.4666666667, 3000",
			"NEAR_POVERTY_RATE, HOUSEHOLDS=3000 POOR=134 NEAR_POOR=90, 3, 3000",
			// The Khmer rate counts Khmer households only.
			"POVERTY_RATE_KHMER, HOUSEHOLDS=3000 KHMER_HOUSEHOLDS=800 POOR_KHMER=60, 7.5, 800",
			// Insurance coverage: insured members of poor and near-poor households, of
			// all their members.
			"HEALTH_INSURANCE_COVERAGE, MEMBERS_POOR_NEAR_POOR=900 INSURED_POOR_NEAR_POOR=873, 97, 900",
			// An area without households has no rate (unknown, not 0%), but its base is
			// 0.
			"POVERTY_RATE, POOR=0, -, 0", "POVERTY_RATE_KHMER, HOUSEHOLDS=3000, -, 0",
			// Entered indicators have neither a data figure nor a data base.
			"JOBS, HOUSEHOLDS=3000, -, -", "TRAINED_WORKERS_SHARE, HOUSEHOLDS=3000, -, -" })
	void theDataFigureOfAnIndicatorAndItsBase(TargetIndicator indicator, String figures, BigDecimal percent,
			Long base) {
		AreaFigures f = figures(figures);
		BigDecimal actual = IndicatorFigures.actual(indicator, f);
		if (percent == null) {
			assertThat(actual).isNull();
		}
		else {
			assertThat(actual).isEqualByComparingTo(percent);
		}
		assertThat(IndicatorFigures.base(indicator, f)).isEqualTo(base);
	}

	@Test
	void anAreaTheDataDoesNotHoldHasNoFigure() {
		assertThat(IndicatorFigures.actual(TargetIndicator.POVERTY_RATE, null)).isNull();
		assertThat(IndicatorFigures.base(TargetIndicator.POVERTY_RATE, null)).isNull();
	}

	@Test
	void communesSumToOneAreaWhoseRateIsNotTheMeanOfTheirRates() {
		// 10 of 100 (10%) and 10 of 900 (1.11%): the area's rate is 20 of 1,000 = 2%, not
		// the mean 5.56%.
		AreaFigures area = IndicatorFigures
			.sum(java.util.List.of(figures("HOUSEHOLDS=100 POOR=10"), figures("HOUSEHOLDS=900 POOR=10")));
		assertThat(IndicatorFigures.actual(TargetIndicator.POVERTY_RATE, area)).isEqualByComparingTo("2");
		assertThat(IndicatorFigures.sum(java.util.List.of())).isNull();
	}

	@ParameterizedTest(name = "{0} of {1} -> {2}")
	@CsvSource(nullValues = "-",
			value = { "1, 3, 33.3333333333", "2, 3, 66.6666666667", "5, 5, 100", "0, 7, 0", "3, 0, -" })
	void percentIsHalfEvenAtTenDecimalsAndUnknownOfNothing(long part, long whole, BigDecimal percent) {
		BigDecimal p = IndicatorFigures.percent(part, whole);
		if (percent == null) {
			assertThat(p).isNull();
		}
		else {
			assertThat(p).isEqualByComparingTo(percent);
		}
	}

	static AreaFigures figures(String spec) {
		long[] f = new long[Figure.values().length];
		for (String pair : spec.split(" ")) {
			String[] kv = pair.split("=");
			f[Figure.valueOf(kv[0]).ordinal()] = Long.parseLong(kv[1]);
		}
		return new AreaFigures(f, new long[0], new long[0], new long[0]);
	}

}

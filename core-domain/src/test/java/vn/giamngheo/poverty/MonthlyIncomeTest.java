package vn.giamngheo.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthlyIncomeTest {

	@ParameterizedTest(name = "{0} đ for {1} members ⇒ {2} đ each")
	@CsvSource({ "6000000, 4, 1500000", "6000003, 4, 1500000", "4500001, 3, 1500000", "0, 1, 0", "1, 2, 0" })
	void perCapitaFloorsToWholeDong(long household, int members, long expected) {
		assertThat(MonthlyIncome.perCapita(household, members)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "18000000, 1500000", "18000011, 1500000", "11, 0" })
	void annualIncomeBecomesMonthlyFloored(long annual, long expected) {
		assertThat(MonthlyIncome.fromAnnual(annual)).isEqualTo(expected);
	}

	@Test
	void annualPerCapitaRoundsOnlyOnce() {
		// 71,999,999 / 12 / 4 floored twice = 1,499,999; once = 1,499,999 as well, but
		// 12·4 = 48 must divide once:
		assertThat(MonthlyIncome.perCapitaFromAnnual(72_000_000, 4)).isEqualTo(1_500_000);
		assertThat(MonthlyIncome.perCapitaFromAnnual(71_999_999, 4)).isEqualTo(1_499_999);
		assertThat(MonthlyIncome.perCapitaFromAnnual(95, 2)).isEqualTo(3); // 95/24 =
																			// 3.96;
																			// floor(floor(95/12)/2)
																			// = 3
	}

	@Test
	void rejectsNegativeIncomeAndEmptyHouseholds() {
		assertThatThrownBy(() -> MonthlyIncome.perCapita(-1, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MonthlyIncome.perCapita(1, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MonthlyIncome.fromAnnual(-12)).isInstanceOf(IllegalArgumentException.class);
	}

}

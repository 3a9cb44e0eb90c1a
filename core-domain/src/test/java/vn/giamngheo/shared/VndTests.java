package vn.giamngheo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VndTests {

	@Test
	void writesAmountsWithDotsAndTheDongSign() {
		assertThat(Vnd.format(1_500_000)).isEqualTo("1.500.000 đ");
		assertThat(Vnd.format(5_154_000_000L)).isEqualTo("5.154.000.000 đ");
		assertThat(Vnd.format(0)).isEqualTo("0 đ");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "0|0", "7|7", "999|999", "1000|1.000", "12345|12.345", "1500000|1.500.000", "-1234567|-1.234.567",
					"-999|-999", "9223372036854775807|9.223.372.036.854.775.807",
					"-9223372036854775808|-9.223.372.036.854.775.808" })
	void groupsThousandsWithDotsWhateverTheNumberOfDigits(long number, String written) {
		assertThat(Vnd.grouped(number)).isEqualTo(written);
	}

	@Test
	void writesPercentagesWithADecimalComma() {
		assertThat(Vnd.percent(4.4712, 2)).isEqualTo("4,47%");
		assertThat(Vnd.percent(3716, 3200, 2)).isEqualTo("116,12%");
		assertThat(Vnd.percent(2075, 320_018, 2)).isEqualTo("0,65%");
		assertThat(Vnd.percent(1, 0, 2)).isEqualTo("–");
	}

	@Test
	void writesDecimalsAndQuantitiesTheVietnameseWay() {
		assertThat(Vnd.decimal(new java.math.BigDecimal("67.665"), 2)).isEqualTo("67,66");
		assertThat(Vnd.decimal(new java.math.BigDecimal("3716"), 0)).isEqualTo("3.716");
		assertThat(Vnd.quantity(new java.math.BigDecimal("98670"))).isEqualTo("98.670");
		assertThat(Vnd.quantity(new java.math.BigDecimal("2.50"))).isEqualTo("2,5");
	}

}

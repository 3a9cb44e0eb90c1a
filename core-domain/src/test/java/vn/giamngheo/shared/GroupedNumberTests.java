package vn.giamngheo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GroupedNumberTests {

	@Test
	void dotsGroupThousandsAsOfficersTypeThem() {
		assertThat(GroupedNumber.parseWhole("500.000")).contains(500_000L);
		assertThat(GroupedNumber.parseWhole("1.500.000 đ")).contains(1_500_000L);
		assertThat(GroupedNumber.parseWhole("2.500")).contains(2_500L);
	}

	@Test
	void aCommaStartsTheDecimals() {
		assertThat(GroupedNumber.parse("2,5")).contains(new BigDecimal("2.5"));
		assertThat(GroupedNumber.parse("1.234,75")).contains(new BigDecimal("1234.75"));
		assertThat(GroupedNumber.parse("67,67%")).contains(new BigDecimal("67.67"));
	}

	@Test
	void plainDigitsAndAnEnglishDecimalPointStillWork() {
		assertThat(GroupedNumber.parseWhole("500000")).contains(500_000L);
		assertThat(GroupedNumber.parse("2.5")).contains(new BigDecimal("2.5"));
	}

	@Test
	void textThatIsNoNumberIsRefusedRatherThanGuessed() {
		assertThat(GroupedNumber.parse("")).isEmpty();
		assertThat(GroupedNumber.parse("năm trăm")).isEmpty();
		assertThat(GroupedNumber.parse("1.50.000")).isEmpty();
		assertThat(GroupedNumber.parse("1,500,000")).isEmpty();
		assertThat(GroupedNumber.parseWhole("2,5")).isEmpty();
	}

}

package vn.giamngheo.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitizenIdTests {

	@ParameterizedTest(name = "{0} ({1}, {2}) -> {3}")
	@CsvSource(nullValues = "OK", value = { //
			"084085001234, MALE, 1985-03-02, OK", //
			"084185001234, FEMALE, 1985-03-02, OK", //
			"084210001234, MALE, 2010-01-01, OK", //
			"084310001234, FEMALE, 2010-12-31, OK", //
			"08408500123, MALE, 1985-03-02, NOT_TWELVE_DIGITS", //
			"08408500123A, MALE, 1985-03-02, NOT_TWELVE_DIGITS", //
			"003085001234, MALE, 1985-03-02, UNKNOWN_PROVINCE", //
			"084085001234, MALE, 1986-03-02, BIRTH_YEAR_MISMATCH", //
			"084285001234, MALE, 1985-03-02, BIRTH_YEAR_MISMATCH", //
			"084085001234, FEMALE, 1985-03-02, SEX_MISMATCH" })
	void checksTheStructureOfCircular59(String number, Sex sex, LocalDate born, CitizenId.Problem expected) {
		assertThat(CitizenId.check(number, sex, born).orElse(null)).isEqualTo(expected);
	}

}

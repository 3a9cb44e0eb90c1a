package vn.giamngheo.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

	@ParameterizedTest(name = "\"{0}\" for {1} -> {2}")
	@CsvSource(nullValues = "OK",
			value = { "short1!, xa.a, TOO_SHORT", "123456789, xa.a, TOO_SHORT", "1234567890, xa.a, COMMON",
					"matkhau123, xa.a, COMMON", "MatKhau2026!!, xa.a, COMMON", "Password1234, xa.a, COMMON",
					"anhyeuem123, xa.a, COMMON", "aaaaaaaaaaaa, xa.a, COMMON",
					"xa.kimson-2026, xa.kimson, SAME_AS_USERNAME", "Cay-Dua-Tra-Vinh-7, xa.kimson, OK",
					"GiamNgheo@2026, admin, OK", "mùa lúa chín vàng, admin, OK" })
	void refusesShortCommonAndUsernamePasswords(String password, String username, String expected) {
		Optional<PasswordPolicy.Problem> problem = PasswordPolicy.check(password, username);
		if (expected == null) {
			assertThat(problem).isEmpty();
		}
		else {
			assertThat(problem).contains(PasswordPolicy.Problem.valueOf(expected));
		}
	}

	@ParameterizedTest
	@CsvSource({ "129", "500" })
	void refusesPasswordsOverOneHundredAndTwentyEightCharacters(int length) {
		assertThat(PasswordPolicy.check("Xy7-".repeat(length / 4 + 1).substring(0, length), "admin"))
			.contains(PasswordPolicy.Problem.TOO_LONG);
	}

}

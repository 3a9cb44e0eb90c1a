package vn.giamngheo.household;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a 12-digit personal identification number (số định danh cá nhân, printed on the
 * CCCD card). Its structure is set by Circular 59/2021/TT-BCA, Art. 7: three digits for
 * the province where the birth was registered, one digit for century and sex, two for the
 * year of birth, six random digits.
 */
public final class CitizenId {

	/**
	 * Province codes of the 63 pre-2025 provinces used by numbers issued so far (Circular
	 * 59/2021/TT-BCA, annex).
	 */
	private static final Set<String> PROVINCE_CODES = Set.of("001", "002", "004", "006", "008", "010", "011", "012",
			"014", "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035",
			"036", "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058",
			"060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083",
			"084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

	/** Message keys, shown to the official in Vietnamese next to the field. */
	public enum Problem {

		NOT_TWELVE_DIGITS, UNKNOWN_PROVINCE, BIRTH_YEAR_MISMATCH, SEX_MISMATCH

	}

	private CitizenId() {
	}

	/**
	 * @return the first problem found, or empty when the number is consistent with the
	 * sex and date of birth given (either may be null, then it is not checked)
	 */
	public static Optional<Problem> check(String number, Sex sex, LocalDate dateOfBirth) {
		if (number == null || !number.matches("\\d{12}")) {
			return Optional.of(Problem.NOT_TWELVE_DIGITS);
		}
		if (!PROVINCE_CODES.contains(number.substring(0, 3))) {
			return Optional.of(Problem.UNKNOWN_PROVINCE);
		}
		int centurySex = number.charAt(3) - '0';
		// 0/1: 20th century male/female, 2/3: 21st, 4/5: 22nd, ... ; an even digit is
		// male.
		int century = 1900 + 100 * (centurySex / 2);
		int year = century + Integer.parseInt(number.substring(4, 6));
		if (dateOfBirth != null && dateOfBirth.getYear() != year) {
			return Optional.of(Problem.BIRTH_YEAR_MISMATCH);
		}
		if (sex != null && (centurySex % 2 == 0) != (sex == Sex.MALE)) {
			return Optional.of(Problem.SEX_MISMATCH);
		}
		return Optional.empty();
	}

}

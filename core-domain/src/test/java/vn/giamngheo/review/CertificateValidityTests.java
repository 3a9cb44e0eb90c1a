package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateValidityTests {

	/**
	 * The standards' ends: VN-2022-2025 runs to 31/12/2026 (extended), VN-2027-2030 to
	 * 31/12/2030.
	 */
	@ParameterizedTest(name = "{0} decided {1}, standard ends {2}: {3} – {4}")
	@CsvSource(nullValues = "null", value = { //
			// annual lists: in use the next year, never past their standard
			"true, 2024, 2024-12-10, 2026-12-31, 2024-12-10, 2025-12-31", //
			"true, 2025, 2025-12-10, 2026-12-31, 2025-12-10, 2026-12-31", //
			"true, 2026, 2026-12-10, 2026-12-31, 2026-12-10, 2026-12-31", // the printed
																			// 01/01/2027
																			// –
																			// 31/12/2026
																			// bug
			"true, 2026, 2026-12-31, 2026-12-31, 2026-12-31, 2026-12-31", // last day of
																			// the
																			// standard:
																			// one day
			"true, 2027, 2027-01-01, 2030-12-31, 2027-01-01, 2028-12-31", // first day of
																			// the next
																			// standard
			"true, 2027, 2027-12-10, 2030-12-31, 2027-12-10, 2028-12-31", //
			"true, 2030, 2030-12-10, 2030-12-31, 2030-12-10, 2030-12-31", //
			"true, 2026, 2026-12-10, null, 2026-12-10, 2027-12-31", //
			// regular reviews: correct the list in use for the rest of the decision's
			// year
			"false, 2025, 2025-06-15, 2026-12-31, 2025-06-15, 2025-12-31", //
			"false, 2026, 2026-01-01, 2026-12-31, 2026-01-01, 2026-12-31", //
			"false, 2027, 2027-03-02, 2030-12-31, 2027-03-02, 2027-12-31" })
	void startsOnTheDecisionAndEndsWithTheListOrItsStandard(boolean annual, int year, LocalDate decided,
			LocalDate standardEnds, LocalDate from, LocalDate to) {
		var validity = CertificateValidity.of(decided, annual, year, standardEnds).orElseThrow();
		assertThat(validity).isEqualTo(new CertificateValidity(from, to));
		assertThat(validity.from()).isBeforeOrEqualTo(validity.to());
	}

	@ParameterizedTest(name = "decided {0} under a standard ended {1}: no certificate")
	@CsvSource({ "2027-01-01, 2026-12-31", "2031-01-05, 2030-12-31" })
	void aDecisionAfterItsStandardEndedCertifiesNothing(LocalDate decided, LocalDate standardEnds) {
		assertThat(CertificateValidity.of(decided, true, decided.getYear(), standardEnds)).isEmpty();
	}

	@ParameterizedTest(name = "{0} – {1} is refused")
	@CsvSource({ "2027-01-01, 2026-12-31" })
	void aPeriodEndingBeforeItStartsCannotExist(LocalDate from, LocalDate to) {
		assertThatThrownBy(() -> new CertificateValidity(from, to)).isInstanceOf(IllegalArgumentException.class);
	}

}

package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicatesTests {

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(nullValues = "-",
			value = { "YEAR, 2024-03-05, 2024", "QUARTER, 2024-03-31, 2024-Q1", "QUARTER, 2024-04-01, 2024-Q2",
					"MONTH, 2024-02-29, 2024-02", "ONCE, 2010-01-01, ONCE", "TET_SEASON, 2023-12-28, TET-2024",
					"TET_SEASON, 2024-02-05, TET-2024", "TET_SEASON, 2024-09-30, TET-2024",
					"TET_SEASON, 2024-10-01, TET-2025", "NONE, 2024-01-01, -" })
	void namesThePeriodADateFallsIn(DuplicatePeriod period, LocalDate date, String key) {
		assertThat(period.key(date)).isEqualTo(key);
	}

	@Test
	void theSameBenefitForTheSameBeneficiaryInTheSamePeriodIsADuplicate() {
		Grant tet = new Grant(7, 100, null, DuplicatePeriod.TET_SEASON.key(LocalDate.of(2023, 12, 28)));
		Grant again = new Grant(7, 100, null, DuplicatePeriod.TET_SEASON.key(LocalDate.of(2024, 2, 5)));
		Grant nextTet = new Grant(7, 100, null, DuplicatePeriod.TET_SEASON.key(LocalDate.of(2025, 1, 20)));
		Grant otherProgram = new Grant(8, 100, null, tet.periodKey());
		Grant otherHousehold = new Grant(7, 101, null, tet.periodKey());
		assertThat(Duplicates.of(again, List.of(tet, nextTet, otherProgram, otherHousehold))).containsExactly(tet);
		assertThat(Duplicates.of(nextTet, List.of(tet))).isEmpty();
	}

	@Test
	void membersOfOneHouseholdAreDifferentBeneficiariesOfAPerPersonProgram() {
		Grant card1 = new Grant(3, 100, 1L, "2024");
		Grant card2 = new Grant(3, 100, 2L, "2024");
		assertThat(card1.duplicates(card2)).isFalse();
		assertThat(card1.duplicates(new Grant(3, 100, 1L, "2024"))).isTrue();
	}

	@Test
	void programsWithoutALimitNeverDuplicate() {
		Grant a = new Grant(9, 100, null, null);
		assertThat(a.duplicates(new Grant(9, 100, null, null))).isFalse();
	}

	@Test
	void bulkListsSkipRecordedGrantsAndRepeatsWithinTheList() {
		Grant recorded = new Grant(7, 1, null, "TET-2024");
		var split = Duplicates.split(List.of(new Grant(7, 1, null, "TET-2024"), new Grant(7, 2, null, "TET-2024"),
				new Grant(7, 2, null, "TET-2024"), new Grant(7, 3, null, "TET-2024")), List.of(recorded));
		assertThat(split.accepted()).extracting(Grant::householdId).containsExactly(2L, 3L);
		assertThat(split.duplicates()).extracting(Grant::householdId).containsExactly(1L, 2L);
	}

}

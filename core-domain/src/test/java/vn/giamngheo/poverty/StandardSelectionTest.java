package vn.giamngheo.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.area.AreaType;

/** Choosing the standard by review date and province (domain README 7.2 principle 1). */
class StandardSelectionTest {

	private static final PovertyStandards BUILT_IN = PovertyStandards.builtIn();

	private static PovertyStandard national2022() {
		return BUILT_IN.applicableNational(LocalDate.of(2023, 1, 1)).orElseThrow();
	}

	/** A Tây Ninh-style provincial standard with a higher rural line. */
	private static PovertyStandard provincial(String id, int version, StandardStatus status, long ruralLine) {
		return national2022().toBuilder(id, version)
			.clearUnconfirmed()
			.jurisdiction("72")
			.valid(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
			.status(status)
			.thresholds(AreaType.RURAL, AreaThresholds.line(ruralLine).withAverageLivingCeiling(ruralLine * 2))
			.build();
	}

	@ParameterizedTest(name = "{0} ⇒ {1}")
	@CsvSource({ "2015-12-31, ", "2016-01-01, VN-2016-2020", "2021-06-30, VN-2016-2020", "2021-12-31, VN-2016-2020",
			"2022-01-01, VN-2022-2025", "2026-07-01, VN-2022-2025", "2026-12-31, VN-2022-2025",
			"2027-01-01, VN-2027-2030", "2030-12-31, VN-2027-2030", "2031-01-01, ", })
	void selectsTheNationalStandardByReviewDate(LocalDate date, String expectedId) {
		assertThat(BUILT_IN.applicable(null, date).map(PovertyStandard::id))
			.isEqualTo(java.util.Optional.ofNullable(expectedId));
	}

	@Test
	void provincialStandardOfTheHouseholdsProvinceBeatsTheNationalOne() {
		PovertyStandards registry = BUILT_IN.with(provincial("TN-2024", 1, StandardStatus.ACTIVE, 1_800_000));

		assertThat(registry.applicable("72", LocalDate.of(2024, 5, 1)).orElseThrow().id()).isEqualTo("TN-2024");
		// another province, or a date outside the provincial validity, falls back to the
		// national standard
		assertThat(registry.applicable("01", LocalDate.of(2024, 5, 1)).orElseThrow().id()).isEqualTo("VN-2022-2025");
		assertThat(registry.applicable("72", LocalDate.of(2026, 5, 1)).orElseThrow().id()).isEqualTo("VN-2022-2025");
		assertThat(registry.applicable(null, LocalDate.of(2024, 5, 1)).orElseThrow().id()).isEqualTo("VN-2022-2025");
	}

	@Test
	void draftAndRetiredStandardsAreNeverChosen() {
		PovertyStandards registry = BUILT_IN.with(provincial("TN-2024", 1, StandardStatus.DRAFT, 1_800_000))
			.with(provincial("TN-2024", 2, StandardStatus.RETIRED, 1_900_000));

		assertThat(registry.applicable("72", LocalDate.of(2024, 5, 1)).orElseThrow().id()).isEqualTo("VN-2022-2025");
		PovertyStandards onlyDraft = new PovertyStandards(
				List.of(national2022().toBuilder().status(StandardStatus.DRAFT).build()));
		assertThat(onlyDraft.applicable(null, LocalDate.of(2024, 5, 1))).isEmpty();
	}

	@Test
	void highestActiveVersionOfAStandardWins() {
		PovertyStandards registry = BUILT_IN.with(provincial("TN-2024", 1, StandardStatus.ACTIVE, 1_800_000))
			.with(provincial("TN-2024", 3, StandardStatus.ACTIVE, 1_900_000))
			.with(provincial("TN-2024", 2, StandardStatus.ACTIVE, 1_850_000))
			.with(provincial("TN-2024", 4, StandardStatus.DRAFT, 2_500_000));

		PovertyStandard chosen = registry.applicable("72", LocalDate.of(2025, 1, 1)).orElseThrow();
		assertThat(chosen.version()).isEqualTo(3);
		assertThat(chosen.incomeLine(AreaType.RURAL)).isEqualTo(1_900_000);
		assertThat(registry.find("TN-2024", 4)).isPresent();
	}

	@Test
	void rejectsTwoStandardsWithTheSameIdAndVersion() {
		PovertyStandard s = national2022();
		assertThatThrownBy(() -> new PovertyStandards(List.of(s, s))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("VN-2022-2025");
	}

	@Test
	void parsesProvincialStandardsFromTheSameDataFormat() throws Exception {
		String data = """
				standards=HCM-2021
				HCM-2021.version=1
				HCM-2021.jurisdiction=79
				HCM-2021.validFrom=2021-01-01
				HCM-2021.validTo=2025-12-31
				HCM-2021.status=ACTIVE
				HCM-2021.RURAL.incomeLine=3000000
				HCM-2021.URBAN.incomeLine=3000000
				HCM-2021.URBAN.averageLivingCeiling=3833333
				HCM-2021.indicators=EMPLOYMENT,HOUSING_AREA,SOCIAL_INSURANCE
				HCM-2021.minDeficiencies=2
				HCM-2021.legalReference=Quyết định 995/QĐ-UBND
				HCM-2021.unconfirmed.2=second
				HCM-2021.unconfirmed.1=first
				""";
		PovertyStandard s = PovertyStandards.parse(new StringReader(data)).get(0);

		assertThat(s.jurisdiction()).isEqualTo("79");
		assertThat(s.thresholds(AreaType.URBAN).averageLivingCeiling()).isEqualTo(3_833_333L);
		assertThat(s.thresholds(AreaType.RURAL).averageLivingCeiling()).isNull();
		assertThat(s.indicatorCodes()).containsExactly("EMPLOYMENT", "HOUSING_AREA", "SOCIAL_INSURANCE");
		assertThat(s.unconfirmed()).containsExactly("first", "second");
		assertThat(s.classify(AreaType.URBAN, 3_000_000, java.util.Set.of("SOCIAL_INSURANCE", "EMPLOYMENT")).category())
			.isEqualTo(PovertyCategory.POOR);
	}

	@Test
	void namesTheBadKeyOfAMalformedDataFile() {
		assertThatThrownBy(() -> PovertyStandards.parse(new StringReader("standards=X\nX.version=one\n")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("X.version");
	}

}

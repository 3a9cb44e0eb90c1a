package vn.giamngheo.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.area.AreaType;

/** Boundaries of every shipped national standard: lines are inclusive ("at or below"). */
class StandardBoundariesTest {

	private static final PovertyStandards STANDARDS = PovertyStandards.builtIn();

	private static PovertyStandard standard(String id) {
		return STANDARDS.all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}

	/** The first {@code n} indicator codes of the standard, as deficiencies. */
	private static Set<String> deficiencies(PovertyStandard s, int n) {
		return new LinkedHashSet<>(s.indicatorCodes().subList(0, n));
	}

	@ParameterizedTest(name = "{0} {1} income {2} with {3} deficiencies is {4}")
	@CsvSource({
			// Decision 59/2015/QĐ-TTg: absolute line 700k/900k, line 1.0M/1.3M, no
			// average-living band
			"VN-2016-2020, RURAL,  700000, 0, POOR", "VN-2016-2020, RURAL,  700001, 2, NEAR_POOR",
			"VN-2016-2020, RURAL,  700001, 3, POOR", "VN-2016-2020, RURAL,  999999, 2, NEAR_POOR",
			"VN-2016-2020, RURAL, 1000000, 3, POOR", "VN-2016-2020, RURAL, 1000000, 2, NEAR_POOR",
			"VN-2016-2020, RURAL, 1000001, 10, NOT_POOR", "VN-2016-2020, URBAN,  900000, 0, POOR",
			"VN-2016-2020, URBAN,  900001, 0, NEAR_POOR", "VN-2016-2020, URBAN, 1300000, 3, POOR",
			"VN-2016-2020, URBAN, 1300000, 2, NEAR_POOR", "VN-2016-2020, URBAN, 1300001, 3, NOT_POOR",
			// Decree 07/2021/NĐ-CP: line 1.5M/2.0M, average living up to 2.25M/3.0M
			"VN-2022-2025, RURAL,       0, 0, NEAR_POOR", "VN-2022-2025, RURAL, 1499999, 3, POOR",
			"VN-2022-2025, RURAL, 1500000, 3, POOR", "VN-2022-2025, RURAL, 1500000, 2, NEAR_POOR",
			"VN-2022-2025, RURAL, 1500001, 3, AVERAGE_LIVING", "VN-2022-2025, RURAL, 2250000, 12, AVERAGE_LIVING",
			"VN-2022-2025, RURAL, 2250001, 0, NOT_POOR", "VN-2022-2025, URBAN, 1999999, 2, NEAR_POOR",
			"VN-2022-2025, URBAN, 2000000, 3, POOR", "VN-2022-2025, URBAN, 2000000, 2, NEAR_POOR",
			"VN-2022-2025, URBAN, 2000001, 3, AVERAGE_LIVING", "VN-2022-2025, URBAN, 3000000, 0, AVERAGE_LIVING",
			"VN-2022-2025, URBAN, 3000001, 12, NOT_POOR",
			// Decree 351/2025/NĐ-CP: line 2.2M/2.8M, no average-living band (unverified)
			"VN-2027-2030, RURAL, 2199999, 3, POOR", "VN-2027-2030, RURAL, 2200000, 3, POOR",
			"VN-2027-2030, RURAL, 2200000, 2, NEAR_POOR", "VN-2027-2030, RURAL, 2200001, 3, NOT_POOR",
			"VN-2027-2030, URBAN, 2800000, 3, POOR", "VN-2027-2030, URBAN, 2800000, 2, NEAR_POOR",
			"VN-2027-2030, URBAN, 2800001, 12, NOT_POOR", })
	void classifiesAtTheBoundaries(String id, AreaType area, long income, int deficiencyCount,
			PovertyCategory expected) {
		PovertyStandard s = standard(id);
		Classification c = s.classify(area, income, deficiencies(s, deficiencyCount));

		assertThat(c.category()).isEqualTo(expected);
		assertThat(c.deficiencyCount()).isEqualTo(deficiencyCount);
		assertThat(c.standardId()).isEqualTo(id);
		assertThat(c.standardVersion()).isEqualTo(1);
	}

	@Test
	void classifiesRuralHouseholdAtTheIncomeLineWithThreeDeficienciesAsPoor() {
		Classification c = standard("VN-2022-2025").classify(AreaType.RURAL, 1_500_000,
				Set.of(Indicator.SANITATION, Indicator.HEALTH_INSURANCE, Indicator.EMPLOYMENT));

		assertThat(c.category()).isEqualTo(PovertyCategory.POOR);
		assertThat(c.incomeLine()).isEqualTo(1_500_000);
		assertThat(c.averageLivingCeiling()).hasValue(2_250_000);
		// sorted in the standard's (official) order, not the set's
		assertThat(c.deficiencyCodes()).containsExactly(Indicator.EMPLOYMENT, Indicator.HEALTH_INSURANCE,
				Indicator.SANITATION);
		assertThat(c.indicatorResults()).hasSize(12)
			.allSatisfy(r -> assertThat(r.source()).isEqualTo(IndicatorSource.ENTERED));
	}

	@Test
	void reportsTheLinesOfTheStandardUsed() {
		Classification c = standard("VN-2027-2030").classify(AreaType.URBAN, 1, Set.of());
		assertThat(c.incomeLine()).isEqualTo(2_800_000);
		assertThat(c.averageLivingCeiling()).isEmpty();
		Classification old = standard("VN-2016-2020").classify(AreaType.URBAN, 1, Set.of());
		assertThat(old.absolutePoorLine()).hasValue(900_000);
	}

	@Test
	void rejectsNegativeIncome() {
		assertThatThrownBy(() -> standard("VN-2022-2025").classify(AreaType.RURAL, -1, Set.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("-1");
	}

	@Test
	void rejectsAnIndicatorTheStandardDoesNotDefineNamingIt() {
		// INFORMATION_ACCESS was dropped for 2027–2030 (Decree 351/2025 draft)
		assertThatThrownBy(
				() -> standard("VN-2027-2030").classify(AreaType.RURAL, 1, Set.of(Indicator.INFORMATION_ACCESS)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("INFORMATION_ACCESS");
		assertThatThrownBy(() -> standard("VN-2022-2025").classify(AreaType.RURAL, 1, Set.of("FLOOD_RISK")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("FLOOD_RISK");
	}

	@Test
	void shipsTheIndicatorListsOfEachStandard() {
		assertThat(standard("VN-2022-2025").indicatorCodes()).containsExactly(Indicator.EMPLOYMENT,
				Indicator.DEPENDANTS, Indicator.NUTRITION, Indicator.HEALTH_INSURANCE, Indicator.ADULT_EDUCATION,
				Indicator.CHILD_SCHOOL_ATTENDANCE, Indicator.HOUSING_QUALITY, Indicator.HOUSING_AREA,
				Indicator.DOMESTIC_WATER, Indicator.SANITATION, Indicator.TELECOM_SERVICES,
				Indicator.INFORMATION_ACCESS);
		assertThat(standard("VN-2027-2030").indicatorCodes()).hasSize(12)
			.doesNotContain(Indicator.INFORMATION_ACCESS)
			.contains(Indicator.WASTE_TREATMENT);
		assertThat(standard("VN-2016-2020").indicatorCodes()).hasSize(10);
		assertThat(STANDARDS.all()).allSatisfy(s -> assertThat(s.minDeficiencies()).isEqualTo(3));
	}

	@Test
	void marksUnverifiedFieldsAsUnconfirmed() {
		assertThat(standard("VN-2016-2020").unconfirmed()).anyMatch(n -> n.startsWith("indicators"));
		assertThat(standard("VN-2022-2025").unconfirmed()).anyMatch(n -> n.startsWith("b1Cutoff"))
			.anyMatch(n -> n.startsWith("b2PointsPerDeficiency"));
		assertThat(standard("VN-2027-2030").unconfirmed()).anyMatch(n -> n.startsWith("indicators"))
			.anyMatch(n -> n.startsWith("averageLivingCeiling"));
		assertThat(standard("VN-2022-2025").legalReference()).contains("07/2021/NĐ-CP");
	}

	@ParameterizedTest(name = "{0}: B1 {1}, B2 {2} ⇒ {3}")
	@CsvSource({ "RURAL, 140, 30, POOR", "RURAL, 140, 20, NEAR_POOR", "RURAL, 141, 120, NOT_POOR",
			"URBAN, 175, 30, POOR", "URBAN, 176, 30, NOT_POOR", "URBAN, 0, 29, NEAR_POOR", })
	void scoresFormsB1AndB2(AreaType area, int b1, int b2, PovertyCategory expected) {
		ScoringResult r = standard("VN-2022-2025").score(area, b1, b2);
		assertThat(r.category()).isEqualTo(expected);
		assertThat(r.b2PoorThreshold()).isEqualTo(30);
		assertThat(r.b1Cutoff()).isEqualTo(area == AreaType.RURAL ? 140 : 175);
	}

	@ParameterizedTest(
			name = "{0}: two members on {1} m² ⇒ HOUSING_AREA {2}; a member aged {3} uninsured ⇒ HEALTH_INSURANCE {4}")
	@CsvSource({
			// every built-in version carries Decree 07's cut-offs: below 8 m² a person,
			// members aged 6 or over
			"VN-2016-2020, 16.0,  false, 6, true", "VN-2016-2020, 15.99, true,  5, false",
			"VN-2022-2025, 16.0,  false, 6, true", "VN-2022-2025, 15.99, true,  5, false",
			"VN-2027-2030, 16.0,  false, 6, true", "VN-2027-2030, 15.99, true,  5, false", })
	void derivesAtTheCutoffsOfTheVersion(String id, double floorArea, boolean areaDeficient, int age,
			boolean insuranceDeficient) {
		PovertyStandard s = standard(id);
		var facts = Households
			.household(Households.aged("A", 40).build(), Households.aged("B", age).healthInsuranceCard(false).build())
			.floorArea(floorArea)
			.build();
		var codes = s.classify(AreaType.RURAL, 1, facts, java.util.Map.of()).deficiencyCodes();
		assertThat(codes.contains(Indicator.HOUSING_AREA)).isEqualTo(areaDeficient);
		assertThat(codes.contains(Indicator.HEALTH_INSURANCE)).isEqualTo(insuranceDeficient);
		assertThat(s.cutoffs()).isEqualTo(IndicatorCutoffs.DECREE_07_2021);
	}

	@Test
	void refusesToScoreUnderAStandardWithoutScoringCutoffs() {
		assertThatThrownBy(() -> standard("VN-2027-2030").score(AreaType.RURAL, 100, 30))
			.isInstanceOf(IllegalStateException.class);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "income line not positive | 0 | 0 | 0 | 3",
					"absolute line at the income line | 1000 | 1000 | 0 | 3",
					"ceiling at the income line | 1000 | 0 | 1000 | 3", "minimum count zero | 1000 | 0 | 0 | 0",
					"minimum count above the indicator count | 1000 | 0 | 0 | 3", })
	void rejectsInconsistentStandards(String why, long line, long absolute, long ceiling, int min) {
		assertThatThrownBy(() -> PovertyStandard.builder("X", 1)
			.valid(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
			.thresholds(AreaType.RURAL,
					new AreaThresholds(absolute == 0 ? null : absolute, line, ceiling == 0 ? null : ceiling, null))
			.thresholds(AreaType.URBAN, AreaThresholds.line(2000))
			.indicators(why.startsWith("minimum count above") ? List.of("A", "B") : List.of("A", "B", "C"))
			.minDeficiencies(min)
			.build()).isInstanceOf(IllegalArgumentException.class);
	}

}

package vn.giamngheo.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giamngheo.poverty.Households.aged;
import static vn.giamngheo.poverty.Households.household;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.facts.DwellingFacts;
import vn.giamngheo.poverty.facts.EducationLevel;
import vn.giamngheo.poverty.facts.EmploymentStatus;
import vn.giamngheo.poverty.facts.HouseholdFacts;

/**
 * The indicators' cut-offs are data of the standard version: a version that stores a
 * different cut-off derives a different deficiency from the same facts, and so may
 * classify the household differently (issue 10).
 */
class StandardCutoffsTest {

	private static final PovertyStandard DECREE_07 = PovertyStandards.builtIn().find("VN-2022-2025", 1).orElseThrow();

	/** The households of the table, each just on one side of one Decree 07 cut-off. */
	private static final Map<String, HouseholdFacts> HOUSEHOLDS = Map.of("unemployed at 61",
			household(aged("A", 40).build(), aged("B", 61).employment(EmploymentStatus.UNEMPLOYED).build()).build(),
			"2 children of 16 and 2 adults",
			household(aged("A", 40).build(), aged("B", 40).build(), aged("C", 16).build(), aged("D", 16).build())
				.build(),
			"uninsured child of 5",
			household(aged("A", 40).build(), aged("B", 5).healthInsuranceCard(false).build()).build(),
			"malnourished member of 16",
			household(aged("A", 40).build(), aged("B", 16).malnourished(true).build()).build(), "31 without THPT",
			household(aged("A", 31).highestEducation(EducationLevel.LOWER_SECONDARY).build()).build(),
			"16 out of school",
			household(aged("A", 40).build(), aged("B", 16).highestEducation(EducationLevel.LOWER_SECONDARY).build())
				.build(),
			"roof alone non-durable",
			household(aged("A", 40).build()).dwelling(new DwellingFacts(true, true, false, 100)).build(),
			"9 m² a person", household(aged("A", 40).build(), aged("B", 38).build()).floorArea(18).build());

	@ParameterizedTest(name = "{1}={2}: {0} → {3} deficient {4} (Decree 07: {5})")
	@CsvSource(delimiter = '|', value = {
			"unemployed at 61               | workingAgeMax             | 62  | EMPLOYMENT              | true  | false",
			"2 children of 16 and 2 adults  | dependantChildAgeLimit    | 17  | DEPENDANTS              | false | false",
			"2 children of 16 and 2 adults  | dependantSharePercent     | 49  | DEPENDANTS              | false | false",
			"uninsured child of 5           | healthInsuranceMinAge     | 5   | HEALTH_INSURANCE        | true  | false",
			"malnourished member of 16      | nutritionChildAgeLimit    | 18  | NUTRITION               | true  | false",
			"31 without THPT                | adultEducationMaxAge      | 35  | ADULT_EDUCATION         | true  | false",
			"16 out of school               | schoolAttendanceAgeLimit  | 18  | CHILD_SCHOOL_ATTENDANCE | true  | false",
			"roof alone non-durable         | nonDurableStructuresMin   | 1   | HOUSING_QUALITY         | true  | false",
			"9 m² a person                  | floorAreaPerPersonMin     | 10  | HOUSING_AREA            | true  | false", })
	void aStoredCutoffChangesTheDerivedDeficiency(String household, String cutoff, double value, String indicator,
			boolean deficientUnderChanged, boolean deficientUnderDecree07) {
		HouseholdFacts facts = HOUSEHOLDS.get(household);
		PovertyStandard changed = withCutoff(cutoff, value);

		assertThat(deficient(DECREE_07, facts, indicator)).as("Decree 07").isEqualTo(deficientUnderDecree07);
		assertThat(deficient(changed, facts, indicator)).as(cutoff + "=" + value).isEqualTo(deficientUnderChanged);
	}

	@Test
	void dependantsAtExactlyTheShareAreNotDeficientButAboveItAre() {
		// 2 dependants of 4 members is 50%: not "more than 50%"; at a 49% cut-off it is
		HouseholdFacts half = household(aged("A", 40).build(), aged("B", 40).build(), aged("C", 10).build(),
				aged("D", 10).build())
			.build();
		assertThat(deficient(DECREE_07, half, Indicator.DEPENDANTS)).isFalse();
		assertThat(deficient(withCutoff("dependantSharePercent", 49), half, Indicator.DEPENDANTS)).isTrue();
	}

	@ParameterizedTest(name = "min {0}: income 1.5M with 2 deficiencies is {1}")
	@CsvSource({ "3, NEAR_POOR", "2, POOR" })
	void theDeficiencyCountThatMakesAHouseholdPoorIsTheVersions(int minDeficiencies, PovertyCategory expected) {
		PovertyStandard s = DECREE_07.toBuilder("TEST-MIN", 1).minDeficiencies(minDeficiencies).build();
		assertThat(s.classify(AreaType.RURAL, 1_500_000, java.util.Set.of(Indicator.SANITATION, Indicator.EMPLOYMENT))
			.category()).isEqualTo(expected);
	}

	@Test
	void aStricterFloorAreaMakesANearPoorHouseholdPoor() {
		// two members on 18 m², two other deficiencies: near-poor under Decree 07, poor
		// at 10 m² a person
		HouseholdFacts facts = household(aged("A", 40).healthInsuranceCard(false).build(), aged("B", 38).build())
			.floorArea(18)
			.latrine(vn.giamngheo.poverty.facts.LatrineType.NONE)
			.build();
		assertThat(DECREE_07.categoryFromFacts(AreaType.RURAL, 1_400_000, facts)).isEqualTo(PovertyCategory.NEAR_POOR);
		assertThat(withCutoff("floorAreaPerPersonMin", 10).categoryFromFacts(AreaType.RURAL, 1_400_000, facts))
			.isEqualTo(PovertyCategory.POOR);
	}

	@Test
	void builtInVersionsCarryTheDecree07CutoffsAndKeepThemThroughACopy() {
		assertThat(DECREE_07.cutoffs()).isEqualTo(IndicatorCutoffs.DECREE_07_2021);
		assertThat(PovertyStandards.builtIn().all())
			.allSatisfy(s -> assertThat(s.cutoffs()).isEqualTo(IndicatorCutoffs.DECREE_07_2021));
		assertThat(DECREE_07.toBuilder("COPY", 1).build().cutoffs()).isEqualTo(DECREE_07.cutoffs());
		assertThat(withCutoff("floorAreaPerPersonMin", 10)).isNotEqualTo(DECREE_07.toBuilder("TEST", 1).build());
	}

	@ParameterizedTest(name = "{0}={1} is refused")
	@CsvSource({ "workingAgeMax, 14", "dependantSharePercent, 100", "nonDurableStructuresMin, 4",
			"floorAreaPerPersonMin, 0", "adultEducationUpperBarAge, 31", "schoolAttendanceAgeLimit, 3",
			"healthInsuranceMinAge, -1" })
	void inconsistentCutoffsAreRefusedNamingTheCutoff(String cutoff, double value) {
		assertThatThrownBy(() -> withCutoff(cutoff, value)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(cutoff);
	}

	@Test
	void anUnknownCutoffNameIsRefused() {
		assertThatThrownBy(() -> IndicatorCutoffs.of(Map.of("floodRisk", 1), IndicatorCutoffs.DECREE_07_2021))
			.hasMessageContaining("floodRisk");
	}

	private static PovertyStandard withCutoff(String cutoff, double value) {
		Number n = cutoff.equals("floorAreaPerPersonMin") ? (Number) value : (Number) (int) value;
		return DECREE_07.toBuilder("TEST-" + cutoff, 1)
			.cutoffs(IndicatorCutoffs.of(Map.of(cutoff, n), DECREE_07.cutoffs()))
			.build();
	}

	private static boolean deficient(PovertyStandard s, HouseholdFacts facts, String indicator) {
		return s.classify(AreaType.RURAL, 1_000_000, facts, Map.of()).deficiencyCodes().contains(indicator);
	}

}

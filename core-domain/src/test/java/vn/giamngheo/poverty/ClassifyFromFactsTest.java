package vn.giamngheo.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.giamngheo.poverty.Households.aged;
import static vn.giamngheo.poverty.Households.household;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.LatrineType;
import vn.giamngheo.poverty.facts.WaterSource;

class ClassifyFromFactsTest {

	private static final PovertyStandard STANDARD = PovertyStandards.builtIn()
		.applicableNational(LocalDate.of(2025, 10, 15))
		.orElseThrow();

	/** Three deficiencies: health insurance, water, sanitation. */
	private static HouseholdFacts threeDeficiencies() {
		return household(aged("Nguyễn Văn A", 45).build(),
				aged("Nguyễn Văn B", 8).healthInsuranceCard(false)
					.attending(vn.giamngheo.poverty.facts.EducationLevel.PRIMARY)
					.build())
			.waterSource(WaterSource.SURFACE_WATER)
			.latrine(LatrineType.NONE)
			.build();
	}

	@Test
	void classifiesRuralHouseholdAtTheIncomeLineWithThreeDerivedDeficienciesAsPoor() {
		Classification c = STANDARD.classify(AreaType.RURAL, 1_500_000, threeDeficiencies(), Map.of());

		assertThat(c.category()).isEqualTo(PovertyCategory.POOR);
		assertThat(c.deficiencyCodes()).containsExactly(Indicator.HEALTH_INSURANCE, Indicator.DOMESTIC_WATER,
				Indicator.SANITATION);
		IndicatorResult insurance = c.indicatorResults().get(STANDARD.indexOf(Indicator.HEALTH_INSURANCE));
		assertThat(insurance.source()).isEqualTo(IndicatorSource.DERIVED);
		assertThat(insurance.reasonsInVietnamese()).containsExactly("Nguyễn Văn B, 8 tuổi, không có thẻ BHYT");
	}

	@Test
	void anEnteredValueOverridesTheDerivationAndIsShownAsEntered() {
		Classification c = STANDARD.classify(AreaType.RURAL, 1_500_000, threeDeficiencies(),
				Map.of(Indicator.SANITATION, false, Indicator.NUTRITION, false));

		assertThat(c.category()).isEqualTo(PovertyCategory.NEAR_POOR);
		assertThat(c.deficiencyCount()).isEqualTo(2);
		IndicatorResult sanitation = c.indicatorResults().get(STANDARD.indexOf(Indicator.SANITATION));
		assertThat(sanitation.source()).isEqualTo(IndicatorSource.ENTERED);
		assertThat(sanitation.deficient()).isFalse();
		assertThat(sanitation.reasonsInVietnamese()).containsExactly("Cán bộ nhập trực tiếp: không thiếu hụt");
	}

	@Test
	void anEnteredDeficiencyCountsEvenWhenFactsSayOtherwise() {
		Classification c = STANDARD.classify(AreaType.URBAN, 2_000_000, Households.wellOff(),
				Map.of(Indicator.NUTRITION, true, Indicator.EMPLOYMENT, true, Indicator.DEPENDANTS, true));
		assertThat(c.category()).isEqualTo(PovertyCategory.POOR);
	}

	@Test
	void withoutFactsEveryIndicatorMustBeEntered() {
		assertThatThrownBy(() -> STANDARD.classify(AreaType.RURAL, 1, null, Map.of(Indicator.NUTRITION, true)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("must be entered");
	}

	@Test
	void rejectsAnEnteredIndicatorTheStandardDoesNotDefine() {
		assertThatThrownBy(() -> STANDARD.classify(AreaType.RURAL, 1, Households.wellOff(),
				Map.of(Indicator.WASTE_TREATMENT, true)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("WASTE_TREATMENT");
	}

	@Test
	void anIndicatorWithoutARuleMustBeEntered() {
		PovertyStandard provincial = STANDARD.toBuilder("HCM", 1)
			.jurisdiction("79")
			.indicators(Indicator.HOUSING_AREA, "SOCIAL_INSURANCE")
			.minDeficiencies(1)
			.build();
		assertThatThrownBy(() -> provincial.classify(AreaType.URBAN, 1, Households.wellOff(), Map.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("SOCIAL_INSURANCE");
		assertThat(provincial.classify(AreaType.URBAN, 1, Households.wellOff(), Map.of("SOCIAL_INSURANCE", true))
			.category()).isEqualTo(PovertyCategory.POOR);
	}

	@Test
	void theFastPathAgreesWithTheFullClassification() {
		HouseholdFacts facts = threeDeficiencies();
		assertThat(STANDARD.categoryFromFacts(AreaType.RURAL, 1_400_000, facts)).isEqualTo(PovertyCategory.POOR);
		assertThat(STANDARD.deficiencyCount(facts)).isEqualTo(3);
		assertThat(STANDARD.deficiencyCount(Households.wellOff())).isZero();
	}

}

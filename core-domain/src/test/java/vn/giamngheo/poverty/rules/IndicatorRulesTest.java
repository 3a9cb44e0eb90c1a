package vn.giamngheo.poverty.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.poverty.Households.aged;
import static vn.giamngheo.poverty.Households.agedDayBeforeBirthday;
import static vn.giamngheo.poverty.Households.household;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.giamngheo.poverty.Households;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.IndicatorResult;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.DwellingFacts;
import vn.giamngheo.poverty.facts.EducationLevel;
import vn.giamngheo.poverty.facts.EmploymentStatus;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.InformationDevice;
import vn.giamngheo.poverty.facts.LatrineType;
import vn.giamngheo.poverty.facts.MemberFacts;
import vn.giamngheo.poverty.facts.WaterSource;

/**
 * Each indicator derived from review facts (Decree 07/2021/NĐ-CP annex; definitions weak,
 * domain README 1.5).
 */
class IndicatorRulesTest {

	private static final IndicatorCutoffs DECREE_07 = IndicatorCutoffs.DECREE_07_2021;

	private static final MemberFacts PARENT = aged("Trần Văn A", 40).build();

	/**
	 * Asserts the fast and the explaining path agree, and returns the explained result.
	 */
	private static IndicatorResult evaluate(IndicatorRule rule, HouseholdFacts facts) {
		IndicatorResult result = rule.evaluate(facts);
		assertThat(rule.isDeficient(facts)).as("fast path agrees with reasons").isEqualTo(result.deficient());
		return result;
	}

	@ParameterizedTest(name = "aged {0}, card {1} ⇒ deficient {2}")
	@CsvSource({ "5, false, false", "6, false, true", "6, true, false", "70, false, true" })
	void healthInsuranceCountsMembersAgedSixOrOver(int age, boolean card, boolean deficient) {
		HouseholdFacts facts = household(PARENT, aged("Nguyễn Văn B", age).healthInsuranceCard(card).build()).build();
		assertThat(evaluate(new HealthInsuranceRule(DECREE_07), facts).deficient()).isEqualTo(deficient);
	}

	@Test
	void childTurningSixTomorrowIsStillFive() {
		HouseholdFacts facts = household(PARENT, agedDayBeforeBirthday("Bé C", 5).healthInsuranceCard(false).build())
			.build();
		assertThat(evaluate(new HealthInsuranceRule(DECREE_07), facts).deficient()).isFalse();
	}

	@Test
	void explainsAMissingHealthInsuranceCardInVietnameseAndEnglish() {
		HouseholdFacts facts = household(PARENT, aged("Nguyễn Văn B", 8).healthInsuranceCard(false).build()).build();
		IndicatorResult r = evaluate(new HealthInsuranceRule(DECREE_07), facts);

		assertThat(r.reasonsInVietnamese()).containsExactly("Nguyễn Văn B, 8 tuổi, không có thẻ BHYT");
		assertThat(r.reasons().get(0).english()).isEqualTo("Nguyễn Văn B, aged 8, has no health-insurance card");
		assertThat(r.reasons().get(0).key()).isEqualTo("HEALTH_INSURANCE.noCard");
	}

	@Test
	void unsupportedLocaleFallsBackToVietnamese() {
		Reason r = Reason.of("TELECOM_SERVICES.none");
		assertThat(r.format(Locale.FRENCH)).isEqualTo("Không thành viên nào sử dụng dịch vụ viễn thông");
	}

	@ParameterizedTest(name = "aged {0}, malnourished ⇒ deficient {1}")
	@CsvSource({ "0, true", "15, true", "16, false" })
	void nutritionConcernsChildrenUnderSixteen(int age, boolean deficient) {
		HouseholdFacts facts = household(PARENT, aged("Lò Thị D", age).malnourished(true).build()).build();
		IndicatorResult r = evaluate(new NutritionRule(DECREE_07), facts);
		assertThat(r.deficient()).isEqualTo(deficient);
		if (deficient) {
			assertThat(r.reasonsInVietnamese())
				.containsExactly("Lò Thị D, " + age + " tuổi, suy dinh dưỡng (thấp còi hoặc nhẹ cân)");
		}
	}

	@ParameterizedTest(name = "aged {0}, attending {1} ⇒ deficient {2}")
	@CsvSource({ "2, false, false", "3, false, true", "3, true, false", "15, false, true", "16, false, false" })
	void schoolAttendanceConcernsChildrenFromThreeToUnderSixteen(int age, boolean attending, boolean deficient) {
		MemberFacts.Builder child = aged("Hà Văn E", age);
		if (attending) {
			child.attending(EducationLevel.PRIMARY);
		}
		HouseholdFacts facts = household(PARENT, child.highestEducation(EducationLevel.NONE).build()).build();
		IndicatorResult r = evaluate(new ChildSchoolAttendanceRule(DECREE_07), facts);
		assertThat(r.deficient()).isEqualTo(deficient);
		if (deficient) {
			assertThat(r.reasonsInVietnamese()).containsExactly("Hà Văn E, " + age + " tuổi, không đi học");
		}
	}

	@ParameterizedTest(name = "aged {0}, {1}, attending {2} ⇒ deficient {3}")
	@CsvSource({ "15, PRIMARY, false, false", "16, PRIMARY, false, true", "16, PRIMARY, true, false",
			"17, LOWER_SECONDARY, false, false", "18, LOWER_SECONDARY, false, true",
			"18, UPPER_SECONDARY, false, false", "18, VOCATIONAL_ELEMENTARY, false, false",
			"25, VOCATIONAL_INTERMEDIATE, false, false", "25, COLLEGE, false, false",
			"25, LOWER_SECONDARY, true, false", "30, LOWER_SECONDARY, false, true", "31, NONE, false, false", })
	void adultEducationConcernsMembersFromSixteenToThirty(int age, EducationLevel level, boolean attending,
			boolean deficient) {
		MemberFacts.Builder m = aged("Vi Văn G", age).highestEducation(level);
		if (attending) {
			m.attending(EducationLevel.UPPER_SECONDARY);
		}
		HouseholdFacts facts = household(PARENT, m.build()).build();
		assertThat(evaluate(new AdultEducationRule(DECREE_07), facts).deficient()).isEqualTo(deficient);
	}

	@Test
	void explainsWhichAdultEducationBarIsMissed() {
		HouseholdFacts facts = household(PARENT, aged("Vi Văn G", 17).highestEducation(EducationLevel.PRIMARY).build(),
				aged("Vi Thị H", 20).highestEducation(EducationLevel.LOWER_SECONDARY).build())
			.build();
		assertThat(evaluate(new AdultEducationRule(DECREE_07), facts).reasonsInVietnamese()).containsExactly(
				"Vi Văn G, 17 tuổi, không đi học và chưa tốt nghiệp THCS",
				"Vi Thị H, 20 tuổi, không đi học và không có bằng THPT hoặc chứng chỉ nghề");
	}

	@ParameterizedTest(name = "aged {0}, {1} ⇒ deficient {2}")
	@CsvSource({ "14, UNEMPLOYED, false", "15, UNEMPLOYED, true", "40, EMPLOYED_WITHOUT_CONTRACT, true",
			"40, EMPLOYED_WITH_CONTRACT, false", "40, SELF_EMPLOYED, false", "40, NOT_IN_LABOUR_FORCE, false",
			"60, UNEMPLOYED, true", "61, UNEMPLOYED, false", })
	void employmentConcernsWorkingAgeMembers(int age, EmploymentStatus status, boolean deficient) {
		HouseholdFacts facts = household(PARENT, aged("Đinh Văn K", age).employment(status).build()).build();
		IndicatorResult r = evaluate(new EmploymentRule(DECREE_07), facts);
		assertThat(r.deficient()).isEqualTo(deficient);
		if (status == EmploymentStatus.EMPLOYED_WITHOUT_CONTRACT) {
			assertThat(r.reasonsInVietnamese())
				.containsExactly("Đinh Văn K, 40 tuổi, làm công ăn lương không có hợp đồng lao động");
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "two children of four members is exactly half | 15,15,40,40 | false",
					"a 16-year-old is not a child dependant | 15,16,15,40 | false",
					"three children of five members | 15,0,3,40,40 | true",
					"one member on social allowance of one | A70 | true",
					"allowance recipient and child of three | A80,5,40 | true", })
	void dependantsAreMoreThanHalfOfMembers(String why, String members, boolean deficient) {
		List<MemberFacts> list = new ArrayList<>();
		for (String m : members.split(",")) {
			boolean allowance = m.startsWith("A");
			list.add(aged("TV " + list.size(), Integer.parseInt(allowance ? m.substring(1) : m))
				.monthlySocialAllowance(allowance)
				.build());
		}
		HouseholdFacts facts = Households.household().members(list).build();
		assertThat(evaluate(new DependantsRule(DECREE_07), facts).deficient()).as(why).isEqualTo(deficient);
	}

	@Test
	void explainsTheDependantShare() {
		HouseholdFacts facts = household(PARENT, aged("Con 1", 2).build(), aged("Con 2", 4).build()).build();
		assertThat(evaluate(new DependantsRule(DECREE_07), facts).reasonsInVietnamese())
			.containsExactly("2 trên 3 thành viên là người phụ thuộc (trên 50%)");
	}

	@ParameterizedTest(name = "walls {0}, frame {1}, roof {2} ⇒ deficient {3}")
	@CsvSource({ "true, true, true, false", "false, true, true, false", "false, false, true, true",
			"true, false, false, true", "false, false, false, true" })
	void housingQualityNeedsTwoOfThreeStructuresNonDurable(boolean walls, boolean frame, boolean roof,
			boolean deficient) {
		HouseholdFacts facts = household(PARENT).dwelling(new DwellingFacts(walls, frame, roof, 50)).build();
		assertThat(evaluate(new HousingQualityRule(DECREE_07), facts).deficient()).isEqualTo(deficient);
	}

	@ParameterizedTest(name = "{0} m² for {1} ⇒ deficient {2}")
	@CsvSource({ "7.9, 1, true", "8.0, 1, false", "31.6, 4, true", "32.0, 4, false", "79.0, 10, true",
			"80.0, 10, false", "0, 1, true" })
	void housingAreaIsDeficientBelowEightSquareMetresPerPerson(double area, int members, boolean deficient) {
		List<MemberFacts> list = new ArrayList<>();
		for (int i = 0; i < members; i++) {
			list.add(aged("TV " + i, 30).build());
		}
		HouseholdFacts facts = Households.household().members(list).floorArea(area).build();
		assertThat(evaluate(new HousingAreaRule(DECREE_07), facts).deficient()).isEqualTo(deficient);
	}

	@Test
	void explainsTheFloorAreaPerPerson() {
		HouseholdFacts facts = household(PARENT, aged("B", 30).build()).floorArea(15.8).build();
		IndicatorResult r = evaluate(new HousingAreaRule(DECREE_07), facts);
		assertThat(r.reasonsInVietnamese())
			.containsExactly("Diện tích nhà ở bình quân 7,9 m²/người (2 người), dưới 8 m²");
		assertThat(r.reasons().get(0).english()).isEqualTo("Floor area 7.9 m² per person (2 people), below 8 m²");
	}

	@ParameterizedTest
	@CsvSource({ "PIPED, false", "DRILLED_WELL, false", "RAINWATER, false", "BOTTLED, false",
			"UNPROTECTED_DUG_WELL, true", "SURFACE_WATER, true" })
	void domesticWaterIsDeficientWithoutACleanSource(WaterSource source, boolean deficient) {
		HouseholdFacts facts = household(PARENT).waterSource(source).build();
		assertThat(evaluate(new DomesticWaterRule(), facts).deficient()).isEqualTo(deficient);
	}

	@ParameterizedTest
	@CsvSource({ "SEPTIC_TANK, false", "DOUBLE_VAULT, false", "SIMPLE_PIT, true", "HANGING, true", "NONE, true" })
	void sanitationIsDeficientWithoutAHygienicLatrine(LatrineType latrine, boolean deficient) {
		HouseholdFacts facts = household(PARENT).latrine(latrine).build();
		assertThat(evaluate(new SanitationRule(), facts).deficient()).isEqualTo(deficient);
	}

	@Test
	void telecomIsDeficientWhenNobodyUsesIt() {
		assertThat(evaluate(new TelecomServicesRule(), household(PARENT).anyoneUsesTelecom(false).build()).deficient())
			.isTrue();
		assertThat(evaluate(new TelecomServicesRule(), household(PARENT).anyoneUsesTelecom(true).build()).deficient())
			.isFalse();
	}

	@ParameterizedTest(name = "devices {0}, loudspeaker {1} ⇒ deficient {2}")
	@CsvSource({ "false, false, true", "true, false, false", "false, true, false" })
	void informationAccessNeedsNoDeviceAndNoLoudspeaker(boolean hasDevice, boolean loudspeaker, boolean deficient) {
		HouseholdFacts facts = household(PARENT)
			.informationDevices(
					hasDevice ? EnumSet.of(InformationDevice.RADIO) : EnumSet.noneOf(InformationDevice.class))
			.receivesLoudspeakerBroadcast(loudspeaker)
			.build();
		assertThat(evaluate(new InformationAccessRule(), facts).deficient()).isEqualTo(deficient);
	}

	@Test
	void wasteTreatmentFollowsTheRecordedFlag() {
		assertThat(evaluate(new WasteTreatmentRule(), household(PARENT).wasteTreatedHygienically(false).build())
			.deficient()).isTrue();
		assertThat(evaluate(new WasteTreatmentRule(), household(PARENT).build()).deficient()).isFalse();
	}

	@Test
	void everyCatalogueIndicatorHasARuleAndEveryReasonKeyIsTranslated() {
		assertThat(IndicatorRules.codes()).containsExactlyInAnyOrderElementsOf(
				vn.giamngheo.poverty.Indicator.catalogue().stream().map(vn.giamngheo.poverty.Indicator::code).toList());
		java.util.ResourceBundle vi = java.util.ResourceBundle.getBundle("vn.giamngheo.poverty.reasons",
				Locale.forLanguageTag("vi"));
		java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("vn.giamngheo.poverty.reasons",
				Locale.ENGLISH);
		assertThat(vi.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
		assertThat(vi.getString("HEALTH_INSURANCE.noCard")).contains("tuổi");
	}

}

package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.household.HouseholdCategory;

class EligibilityTests {

	static final LocalDate ON = LocalDate.of(2024, 2, 1);

	static Eligibility policy(String name) {
		return switch (name) {
			case "HEALTH_INSURANCE" -> SupportPolicies.HEALTH_INSURANCE;
			case "ELECTRICITY" -> SupportPolicies.ELECTRICITY;
			case "TUITION" -> SupportPolicies.TUITION;
			case "POOR_LOAN" -> SupportPolicies.POOR_HOUSEHOLD_LOAN;
			case "NEAR_POOR_LOAN" -> SupportPolicies.NEAR_POOR_HOUSEHOLD_LOAN;
			case "ESCAPED_LOAN" -> SupportPolicies.NEWLY_ESCAPED_LOAN;
			case "NUTRITION" -> SupportPolicies.NUTRITION;
			case "OPEN" -> Eligibility.open();
			default -> throw new IllegalArgumentException(name);
		};
	}

	@ParameterizedTest(name = "{0}: {1} flag={2} escaped={3} -> {4}")
	@CsvSource(nullValues = "-", value = {
			// policy, category, flag, escaped on, eligible
			"HEALTH_INSURANCE, POOR, -, -, true", "HEALTH_INSURANCE, NEAR_POOR, -, -, true",
			"HEALTH_INSURANCE, AVERAGE_LIVING, -, -, false", "HEALTH_INSURANCE, NOT_REVIEWED, -, -, false",
			"ELECTRICITY, POOR, -, -, true", "ELECTRICITY, NEAR_POOR, -, -, false",
			"ELECTRICITY, NOT_POOR, SOCIAL_PROTECTION, -, true", "ELECTRICITY, NOT_POOR, NO_LABOUR_CAPACITY, -, false",
			"TUITION, NEAR_POOR, -, -, true", "POOR_LOAN, NEAR_POOR, -, -, false",
			"NEAR_POOR_LOAN, NEAR_POOR, -, -, true",
			// newly escaped: within 3 years of the support date, not on the anniversary,
			// not in the future
			"ESCAPED_LOAN, AVERAGE_LIVING, -, 2021-02-02, true", "ESCAPED_LOAN, AVERAGE_LIVING, -, 2021-02-01, false",
			"ESCAPED_LOAN, NOT_POOR, -, 2023-12-31, true", "ESCAPED_LOAN, NOT_POOR, -, 2024-02-02, false",
			"ESCAPED_LOAN, NOT_POOR, -, -, false", "ESCAPED_LOAN, POOR, -, -, false",
			"NUTRITION, AVERAGE_LIVING, -, 2022-06-30, true", "NUTRITION, POOR, -, -, true",
			"OPEN, NOT_POOR, -, -, true" })
	void policiesQualifyTheHouseholdsTheirTextsName(String name, HouseholdCategory category, HouseholdFlag flag,
			LocalDate escapedOn, boolean eligible) {
		HouseholdProfile h = new HouseholdProfile(category, flag == null ? Set.of() : Set.of(flag), escapedOn);
		assertThat(policy(name).check(h, ON).isEmpty()).isEqualTo(eligible);
	}

	@Test
	void saysWhyAHouseholdDoesNotQualify() {
		var reason = SupportPolicies.ELECTRICITY.check(HouseholdProfile.of(HouseholdCategory.NEAR_POOR), ON);
		assertThat(reason).hasValueSatisfying(r -> {
			assertThat(r.messageKey()).isEqualTo("support.ineligible.category");
			assertThat(r.args()).containsExactly("NEAR_POOR", java.util.List.of("POOR", "FLAG_SOCIAL_PROTECTION"));
		});
		var late = SupportPolicies.NEWLY_ESCAPED_LOAN
			.check(HouseholdProfile.of(HouseholdCategory.NOT_POOR).escaped(LocalDate.of(2019, 12, 31)), ON);
		assertThat(late)
			.hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("support.ineligible.escapedTooLongAgo"));
	}

	@Test
	void refusesAnEscapePeriodOutOfRange() {
		assertThatThrownBy(() -> Eligibility.open().withEscapedWithin(11)).isInstanceOf(IllegalArgumentException.class);
	}

}

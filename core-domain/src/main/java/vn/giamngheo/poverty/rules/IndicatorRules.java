package vn.giamngheo.poverty.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.IndicatorCutoffs;

/**
 * The built-in derivation rules by indicator code, each made for the cut-offs of the
 * standard that uses it (a standard builds its rules once). Codes without a rule must be
 * entered by an officer.
 */
public final class IndicatorRules {

	private static final Map<String, Function<IndicatorCutoffs, IndicatorRule>> RULES = new LinkedHashMap<>();

	static {
		RULES.put(Indicator.EMPLOYMENT, EmploymentRule::new);
		RULES.put(Indicator.DEPENDANTS, DependantsRule::new);
		RULES.put(Indicator.NUTRITION, NutritionRule::new);
		RULES.put(Indicator.HEALTH_INSURANCE, HealthInsuranceRule::new);
		RULES.put(Indicator.ADULT_EDUCATION, AdultEducationRule::new);
		RULES.put(Indicator.CHILD_SCHOOL_ATTENDANCE, ChildSchoolAttendanceRule::new);
		RULES.put(Indicator.HOUSING_QUALITY, HousingQualityRule::new);
		RULES.put(Indicator.HOUSING_AREA, HousingAreaRule::new);
		RULES.put(Indicator.DOMESTIC_WATER, cutoffs -> new DomesticWaterRule());
		RULES.put(Indicator.SANITATION, cutoffs -> new SanitationRule());
		RULES.put(Indicator.TELECOM_SERVICES, cutoffs -> new TelecomServicesRule());
		RULES.put(Indicator.INFORMATION_ACCESS, cutoffs -> new InformationAccessRule());
		RULES.put(Indicator.WASTE_TREATMENT, cutoffs -> new WasteTreatmentRule());
	}

	private IndicatorRules() {
	}

	/**
	 * The rule deriving {@code code} under {@code cutoffs}, or empty when the code must
	 * be entered.
	 */
	public static Optional<IndicatorRule> forCode(String code, IndicatorCutoffs cutoffs) {
		Function<IndicatorCutoffs, IndicatorRule> rule = RULES.get(code);
		return rule == null ? Optional.empty() : Optional.of(rule.apply(cutoffs));
	}

	/** True when a rule derives {@code code} from the facts. */
	public static boolean derives(String code) {
		return RULES.containsKey(code);
	}

	/** The codes that have a rule, in the official order. */
	public static Set<String> codes() {
		return java.util.Collections.unmodifiableSet(RULES.keySet());
	}

}

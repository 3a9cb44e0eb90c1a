package vn.giamngheo.poverty.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The built-in derivation rules by indicator code. Codes without a rule must be entered by an officer. */
public final class IndicatorRules {

	private static final Map<String, IndicatorRule> RULES = new LinkedHashMap<>();

	static {
		for (IndicatorRule r : new IndicatorRule[] { new EmploymentRule(), new DependantsRule(), new NutritionRule(),
				new HealthInsuranceRule(), new AdultEducationRule(), new ChildSchoolAttendanceRule(),
				new HousingQualityRule(), new HousingAreaRule(), new DomesticWaterRule(), new SanitationRule(),
				new TelecomServicesRule(), new InformationAccessRule(), new WasteTreatmentRule() }) {
			RULES.put(r.code(), r);
		}
	}

	private IndicatorRules() {
	}

	public static Optional<IndicatorRule> forCode(String code) {
		return Optional.ofNullable(RULES.get(code));
	}

	public static Map<String, IndicatorRule> all() {
		return java.util.Collections.unmodifiableMap(RULES);
	}
}

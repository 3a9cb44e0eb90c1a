package vn.giamngheo.poverty;

import java.util.Objects;
import java.util.Set;

import vn.giamngheo.area.AreaType;

/**
 * One household's stored review outcome, as input to {@link WhatIf}.
 *
 * @param areaKey any grouping key (commune code, village, …)
 */
public record WhatIfHousehold(String householdId, String areaKey, AreaType area, long monthlyIncomePerCapita,
		Set<String> deficiencies, PovertyCategory currentCategory) {

	public WhatIfHousehold {
		Objects.requireNonNull(householdId, "householdId");
		Objects.requireNonNull(areaKey, "areaKey");
		Objects.requireNonNull(area, "area");
		Objects.requireNonNull(currentCategory, "currentCategory");
		deficiencies = Set.copyOf(deficiencies);
	}
}

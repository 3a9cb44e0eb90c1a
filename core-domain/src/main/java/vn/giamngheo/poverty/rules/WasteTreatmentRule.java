package vn.giamngheo.poverty.rules;

import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;

/**
 * WASTE_TREATMENT (Xử lý rác thải): deficient when household waste is not collected or
 * treated hygienically.
 * <p>
 * Source: Decree 351/2025/NĐ-CP draft (vietnam.vn reports of the draft). Whether the
 * final decree kept it, and its thresholds, are <b>unverified</b> (domain README 1.3, 7.1
 * item 4); the reviewer records a single flag.
 */
public final class WasteTreatmentRule implements IndicatorRule {

	@Override
	public String code() {
		return Indicator.WASTE_TREATMENT;
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		return !facts.wasteTreatedHygienically();
	}

	@Override
	public List<Reason> reasons(HouseholdFacts facts) {
		return isDeficient(facts) ? List.of(Reason.of("WASTE_TREATMENT.untreated")) : List.of();
	}

}

package vn.giamngheo.poverty.rules;

import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;

/**
 * DOMESTIC_WATER (Nguồn nước sinh hoạt): deficient when the main water source is not a
 * clean one ({@link vn.giamngheo.poverty.facts.WaterSource#isClean()}).
 * <p>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 9. List of clean sources <b>weak</b>
 * (domain README 1.5).
 */
public final class DomesticWaterRule implements IndicatorRule {

	@Override
	public String code() {
		return Indicator.DOMESTIC_WATER;
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		return !facts.waterSource().isClean();
	}

	@Override
	public List<Reason> reasons(HouseholdFacts facts) {
		return isDeficient(facts) ? List.of(Reason.of("DOMESTIC_WATER.unclean", facts.waterSource())) : List.of();
	}

}

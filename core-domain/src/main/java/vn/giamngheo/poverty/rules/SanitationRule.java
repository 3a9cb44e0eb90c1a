package vn.giamngheo.poverty.rules;

import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;

/**
 * SANITATION (Nhà tiêu hợp vệ sinh): deficient when the household has no hygienic latrine
 * ({@link vn.giamngheo.poverty.facts.LatrineType#isHygienic()}).
 * <p>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 10. List of hygienic types <b>weak</b>
 * and incomplete (domain README 1.5).
 */
public final class SanitationRule implements IndicatorRule {

	@Override
	public String code() {
		return Indicator.SANITATION;
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		return !facts.latrine().isHygienic();
	}

	@Override
	public List<Reason> reasons(HouseholdFacts facts) {
		return isDeficient(facts) ? List.of(Reason.of("SANITATION.unhygienic", facts.latrine())) : List.of();
	}

}

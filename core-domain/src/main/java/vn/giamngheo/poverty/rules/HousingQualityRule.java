package vn.giamngheo.poverty.rules;

import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;

/**
 * HOUSING_QUALITY (Chất lượng nhà ở): deficient when at least 2 of the 3 main structures
 * (walls, frame/columns, roof) are of non-durable materials (the count is the standard's
 * {@link IndicatorCutoffs}).
 * <p>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 7. Definition <b>weak</b> (domain README
 * 1.5).
 */
public final class HousingQualityRule implements IndicatorRule {

	private final IndicatorCutoffs cutoffs;

	public HousingQualityRule(IndicatorCutoffs cutoffs) {
		this.cutoffs = java.util.Objects.requireNonNull(cutoffs, "cutoffs");
	}

	@Override
	public String code() {
		return Indicator.HOUSING_QUALITY;
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		return facts.dwelling().nonDurableStructures() >= cutoffs.nonDurableStructuresMin();
	}

	@Override
	public List<Reason> reasons(HouseholdFacts facts) {
		int n = facts.dwelling().nonDurableStructures();
		return n >= cutoffs.nonDurableStructuresMin() ? List.of(Reason.of("HOUSING_QUALITY.nonDurable", n)) : List.of();
	}

}

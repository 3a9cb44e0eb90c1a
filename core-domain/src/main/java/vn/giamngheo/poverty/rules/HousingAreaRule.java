package vn.giamngheo.poverty.rules;

import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;

/**
 * HOUSING_AREA (Diện tích nhà ở bình quân đầu người): deficient when floor area per
 * person is below 8 m² (the standard's {@link IndicatorCutoffs#floorAreaPerPersonMin()}).
 * <p>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 8. Definition <b>weak</b> (domain README
 * 1.5; widely cited).
 */
public final class HousingAreaRule implements IndicatorRule {

	private final IndicatorCutoffs cutoffs;

	public HousingAreaRule(IndicatorCutoffs cutoffs) {
		this.cutoffs = java.util.Objects.requireNonNull(cutoffs, "cutoffs");
	}

	@Override
	public String code() {
		return Indicator.HOUSING_AREA;
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		// compare area with 8·n rather than area/n with 8: 8·n is exact, the quotient is
		// not
		return facts.dwelling().floorAreaSquareMetres() < cutoffs.floorAreaPerPersonMin() * facts.memberCount();
	}

	@Override
	public List<Reason> reasons(HouseholdFacts facts) {
		if (!isDeficient(facts)) {
			return List.of();
		}
		double perPerson = facts.dwelling().floorAreaSquareMetres() / facts.memberCount();
		// round down to 0.1 m² so the shown figure never reads as 8.0 while being
		// deficient
		double shown = Math.floor(perPerson * 10) / 10;
		return List.of(Reason.of("HOUSING_AREA.tooSmall", shown, facts.memberCount()));
	}

}

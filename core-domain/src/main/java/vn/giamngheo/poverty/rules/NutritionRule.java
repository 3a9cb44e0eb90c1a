package vn.giamngheo.poverty.rules;

import java.util.ArrayList;
import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.MemberFacts;

/**
 * NUTRITION (Dinh dưỡng): deficient when a child under 16 is stunted or underweight.
 * <p>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 3; wording repeated by the Decree
 * 351/2025/NĐ-CP draft. Definition <b>weak</b> (domain README 1.5).
 */
public final class NutritionRule implements IndicatorRule {

	private final IndicatorCutoffs cutoffs;

	public NutritionRule(IndicatorCutoffs cutoffs) {
		this.cutoffs = java.util.Objects.requireNonNull(cutoffs, "cutoffs");
	}

	@Override
	public String code() {
		return Indicator.NUTRITION;
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		for (MemberFacts m : facts.members()) {
			if (m.malnourished() && m.ageOn(facts.reviewDate()) < cutoffs.nutritionChildAgeLimit()) {
				return true;
			}
		}
		return false;
	}

	@Override
	public List<Reason> reasons(HouseholdFacts facts) {
		List<Reason> reasons = new ArrayList<>();
		for (MemberFacts m : facts.members()) {
			int age = m.ageOn(facts.reviewDate());
			if (m.malnourished() && age < cutoffs.nutritionChildAgeLimit()) {
				reasons.add(Reason.of("NUTRITION.malnourishedChild", m.fullName(), age));
			}
		}
		return reasons;
	}

}

package vn.giamngheo.poverty.rules;

import java.util.ArrayList;
import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.EmploymentStatus;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.MemberFacts;

/**
 * EMPLOYMENT (Việc làm): deficient when a working-age member is unemployed or works for a
 * wage without a labour contract (irregular, unstable work).
 * <p>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 1; same wording in the Decree
 * 351/2025/NĐ-CP draft. Definition <b>weak</b> (domain README 1.5).
 * <p>
 * Working age: Labour Code 2019, Art. 3(1) and Art. 169 — from 15 up to the retirement
 * age, which rises by steps (men 60y3m in 2021 to 62 in 2028; women 55y4m to 60 in 2035).
 * Using a flat 15..60 is a <b>weak</b> simplification until sex and birth month are
 * recorded. Both ages are the standard's {@link IndicatorCutoffs}.
 */
public final class EmploymentRule implements IndicatorRule {

	private final IndicatorCutoffs cutoffs;

	public EmploymentRule(IndicatorCutoffs cutoffs) {
		this.cutoffs = java.util.Objects.requireNonNull(cutoffs, "cutoffs");
	}

	@Override
	public String code() {
		return Indicator.EMPLOYMENT;
	}

	private boolean concerns(MemberFacts m, int age) {
		return age >= cutoffs.workingAgeMin() && age <= cutoffs.workingAgeMax()
				&& (m.employment() == EmploymentStatus.UNEMPLOYED
						|| m.employment() == EmploymentStatus.EMPLOYED_WITHOUT_CONTRACT);
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		for (MemberFacts m : facts.members()) {
			if (concerns(m, m.ageOn(facts.reviewDate()))) {
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
			if (concerns(m, age)) {
				reasons.add(Reason.of(m.employment() == EmploymentStatus.UNEMPLOYED ? "EMPLOYMENT.unemployed"
						: "EMPLOYMENT.noContract", m.fullName(), age));
			}
		}
		return reasons;
	}

}

package vn.giamngheo.poverty.rules;

import java.util.ArrayList;
import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.MemberFacts;

/**
 * HEALTH_INSURANCE (Bảo hiểm y tế): deficient when at least one member aged 6 or over has
 * no health-insurance card.
 * <p>
 * Source: Decree 07/2021/NĐ-CP, Art. 3(2) and annex, indicator 4. Definition
 * <b>weak/unverified</b> (domain README 1.5): the age-6 cut-off is inferred from children
 * under 6 being insured free by the state (Law on Health Insurance, Art. 12(3)); the
 * annex wording has not been checked. The age is the standard's
 * {@link IndicatorCutoffs#healthInsuranceMinAge()}.
 */
public final class HealthInsuranceRule implements IndicatorRule {

	private final IndicatorCutoffs cutoffs;

	public HealthInsuranceRule(IndicatorCutoffs cutoffs) {
		this.cutoffs = java.util.Objects.requireNonNull(cutoffs, "cutoffs");
	}

	@Override
	public String code() {
		return Indicator.HEALTH_INSURANCE;
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		for (MemberFacts m : facts.members()) {
			if (!m.hasHealthInsuranceCard() && m.ageOn(facts.reviewDate()) >= cutoffs.healthInsuranceMinAge()) {
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
			if (!m.hasHealthInsuranceCard() && age >= cutoffs.healthInsuranceMinAge()) {
				reasons.add(Reason.of("HEALTH_INSURANCE.noCard", m.fullName(), age));
			}
		}
		return reasons;
	}

}

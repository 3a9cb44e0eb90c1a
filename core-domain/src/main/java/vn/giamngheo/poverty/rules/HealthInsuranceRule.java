package vn.giamngheo.poverty.rules;

import java.util.ArrayList;
import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.MemberFacts;

/**
 * HEALTH_INSURANCE (Bảo hiểm y tế): deficient when at least one member aged 6 or over has no health-insurance card.
 * <p>
 * Source: Decree 07/2021/NĐ-CP, Art. 3(2) and annex, indicator 4. Definition <b>weak/unverified</b> (domain README
 * 1.5): the age-6 cut-off is inferred from children under 6 being insured free by the state (Law on Health Insurance,
 * Art. 12(3)); the annex wording has not been checked.
 */
public final class HealthInsuranceRule implements IndicatorRule {

	/** Children under this age are insured by the state budget, so their missing card is not a household deficiency. */
	public static final int MIN_AGE = 6;

	@Override
	public String code() {
		return Indicator.HEALTH_INSURANCE;
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		for (MemberFacts m : facts.members()) {
			if (!m.hasHealthInsuranceCard() && m.ageOn(facts.reviewDate()) >= MIN_AGE) {
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
			if (!m.hasHealthInsuranceCard() && age >= MIN_AGE) {
				reasons.add(Reason.of("HEALTH_INSURANCE.noCard", m.fullName(), age));
			}
		}
		return reasons;
	}
}

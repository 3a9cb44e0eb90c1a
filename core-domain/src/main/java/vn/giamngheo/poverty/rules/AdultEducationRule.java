package vn.giamngheo.poverty.rules;

import java.util.ArrayList;
import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.MemberFacts;

/**
 * ADULT_EDUCATION (Trình độ giáo dục của người lớn): deficient when a member aged 16–30
 * is not studying and
 * <ul>
 * <li>aged 16–17 (the ages are the standard's {@link IndicatorCutoffs}): has not finished
 * lower secondary (THCS);</li>
 * <li>aged 18–30: holds neither upper secondary (THPT) nor a vocational
 * qualification.</li>
 * </ul>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 5. Definition <b>weak</b> (a personal
 * study note; domain README 1.5). Enterprise-certified on-the-job training is meant to
 * count but is not captured separately: record it as VOCATIONAL_ELEMENTARY.
 */
public final class AdultEducationRule implements IndicatorRule {

	/** Ages 16, 18 and 30 under Decree 07 ({@link IndicatorCutoffs#DECREE_07_2021}). */
	private final IndicatorCutoffs cutoffs;

	public AdultEducationRule(IndicatorCutoffs cutoffs) {
		this.cutoffs = java.util.Objects.requireNonNull(cutoffs, "cutoffs");
	}

	@Override
	public String code() {
		return Indicator.ADULT_EDUCATION;
	}

	private boolean concerns(MemberFacts m, int age) {
		if (age < cutoffs.adultEducationMinAge() || age > cutoffs.adultEducationMaxAge() || m.isAttendingSchool()) {
			return false;
		}
		return age < cutoffs.adultEducationUpperBarAge() ? !m.highestEducation().hasLowerSecondary()
				: !m.highestEducation().hasUpperSecondaryOrVocational();
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
				reasons.add(Reason.of(age < cutoffs.adultEducationUpperBarAge() ? "ADULT_EDUCATION.noLowerSecondary"
						: "ADULT_EDUCATION.noUpperSecondaryOrVocational", m.fullName(), age));
			}
		}
		return reasons;
	}

}

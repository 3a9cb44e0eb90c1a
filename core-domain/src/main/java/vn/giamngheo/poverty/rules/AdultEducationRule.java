package vn.giamngheo.poverty.rules;

import java.util.ArrayList;
import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.MemberFacts;

/**
 * ADULT_EDUCATION (Trình độ giáo dục của người lớn): deficient when a member aged 16–30 is not studying and
 * <ul>
 * <li>aged 16–17: has not finished lower secondary (THCS);</li>
 * <li>aged 18–30: holds neither upper secondary (THPT) nor a vocational qualification.</li>
 * </ul>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 5. Definition <b>weak</b> (a personal study note; domain README
 * 1.5). Enterprise-certified on-the-job training is meant to count but is not captured separately: record it as
 * VOCATIONAL_ELEMENTARY.
 */
public final class AdultEducationRule implements IndicatorRule {

	public static final int MIN_AGE = 16;
	/** From this age the THPT-or-vocational bar applies instead of THCS. */
	public static final int UPPER_BAR_AGE = 18;
	public static final int MAX_AGE = 30;

	@Override
	public String code() {
		return Indicator.ADULT_EDUCATION;
	}

	private static boolean concerns(MemberFacts m, int age) {
		if (age < MIN_AGE || age > MAX_AGE || m.isAttendingSchool()) {
			return false;
		}
		return age < UPPER_BAR_AGE ? !m.highestEducation().hasLowerSecondary()
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
				reasons.add(Reason.of(age < UPPER_BAR_AGE ? "ADULT_EDUCATION.noLowerSecondary"
						: "ADULT_EDUCATION.noUpperSecondaryOrVocational", m.fullName(), age));
			}
		}
		return reasons;
	}
}

package vn.giamngheo.poverty.rules;

import java.util.ArrayList;
import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.MemberFacts;

/**
 * CHILD_SCHOOL_ATTENDANCE (Tình trạng đi học của trẻ em): deficient when a child aged 3
 * to under 16 is not attending school (ages: the standard's {@link IndicatorCutoffs}).
 * <p>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 6. Definition <b>weak</b> (domain README
 * 1.5). The annex speaks of attending "the level appropriate for their age"; whether the
 * attended level matches the age is not checked here because the expected-level table is
 * unverified — only attendance is.
 */
public final class ChildSchoolAttendanceRule implements IndicatorRule {

	private final IndicatorCutoffs cutoffs;

	public ChildSchoolAttendanceRule(IndicatorCutoffs cutoffs) {
		this.cutoffs = java.util.Objects.requireNonNull(cutoffs, "cutoffs");
	}

	@Override
	public String code() {
		return Indicator.CHILD_SCHOOL_ATTENDANCE;
	}

	private boolean concerns(MemberFacts m, int age) {
		return age >= cutoffs.schoolAttendanceMinAge() && age < cutoffs.schoolAttendanceAgeLimit()
				&& !m.isAttendingSchool();
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
				reasons.add(Reason.of("CHILD_SCHOOL_ATTENDANCE.notAttending", m.fullName(), age));
			}
		}
		return reasons;
	}

}

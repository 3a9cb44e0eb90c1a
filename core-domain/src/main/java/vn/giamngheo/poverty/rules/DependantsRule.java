package vn.giamngheo.poverty.rules;

import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.MemberFacts;

/**
 * DEPENDANTS (Người phụ thuộc trong hộ gia đình): deficient when dependants are more than 50% of members. A
 * dependant is a child under 16 or a member on a monthly social allowance (old age or disability).
 * <p>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 2. The list of dependant types is the Decree 351/2025/NĐ-CP
 * draft's; the Decree 07 list is <b>unverified</b> (domain README 1.5).
 */
public final class DependantsRule implements IndicatorRule {

	public static final int CHILD_AGE_LIMIT = 16;

	@Override
	public String code() {
		return Indicator.DEPENDANTS;
	}

	private static int dependants(HouseholdFacts facts) {
		int n = 0;
		for (MemberFacts m : facts.members()) {
			if (m.receivesMonthlySocialAllowance() || m.ageOn(facts.reviewDate()) < CHILD_AGE_LIMIT) {
				n++;
			}
		}
		return n;
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		// "more than half" in integers, so 2 of 4 is not deficient and 3 of 5 is
		return 2 * dependants(facts) > facts.memberCount();
	}

	@Override
	public List<Reason> reasons(HouseholdFacts facts) {
		int dependants = dependants(facts);
		return 2 * dependants > facts.memberCount()
				? List.of(Reason.of("DEPENDANTS.moreThanHalf", dependants, facts.memberCount()))
				: List.of();
	}
}

package vn.giamngheo.poverty.rules;

import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.MemberFacts;

/**
 * DEPENDANTS (Người phụ thuộc trong hộ gia đình): deficient when dependants are more than
 * 50% of members. A dependant is a child under 16 or a member on a monthly social
 * allowance (old age or disability).
 * <p>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 2. The list of dependant types is the
 * Decree 351/2025/NĐ-CP draft's; the Decree 07 list is <b>unverified</b> (domain README
 * 1.5).
 */
public final class DependantsRule implements IndicatorRule {

	private final IndicatorCutoffs cutoffs;

	public DependantsRule(IndicatorCutoffs cutoffs) {
		this.cutoffs = java.util.Objects.requireNonNull(cutoffs, "cutoffs");
	}

	@Override
	public String code() {
		return Indicator.DEPENDANTS;
	}

	private int dependants(HouseholdFacts facts) {
		int n = 0;
		for (MemberFacts m : facts.members()) {
			if (m.receivesMonthlySocialAllowance() || m.ageOn(facts.reviewDate()) < cutoffs.dependantChildAgeLimit()) {
				n++;
			}
		}
		return n;
	}

	/**
	 * "More than p%" in integers (100·d > p·n), so at 50% 2 of 4 is not deficient and 3
	 * of 5 is.
	 */
	private boolean moreThanShare(int dependants, int members) {
		return 100L * dependants > (long) cutoffs.dependantSharePercent() * members;
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		return moreThanShare(dependants(facts), facts.memberCount());
	}

	@Override
	public List<Reason> reasons(HouseholdFacts facts) {
		int dependants = dependants(facts);
		return moreThanShare(dependants, facts.memberCount())
				? List.of(Reason.of("DEPENDANTS.moreThanHalf", dependants, facts.memberCount())) : List.of();
	}

}

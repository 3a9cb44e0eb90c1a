package vn.giamngheo.poverty.rules;

import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;

/**
 * INFORMATION_ACCESS (Phương tiện phục vụ tiếp cận thông tin): deficient when the
 * household owns none of the information devices and cannot receive village/commune
 * loudspeaker broadcasts.
 * <p>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 12. Wording and device list
 * <b>unverified</b> (domain README 1.5). Dropped by the Decree 351/2025/NĐ-CP draft.
 */
public final class InformationAccessRule implements IndicatorRule {

	@Override
	public String code() {
		return Indicator.INFORMATION_ACCESS;
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		return facts.informationDevices().isEmpty() && !facts.receivesLoudspeakerBroadcast();
	}

	@Override
	public List<Reason> reasons(HouseholdFacts facts) {
		return isDeficient(facts) ? List.of(Reason.of("INFORMATION_ACCESS.none")) : List.of();
	}

}

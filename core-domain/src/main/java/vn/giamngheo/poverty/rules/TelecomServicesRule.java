package vn.giamngheo.poverty.rules;

import java.util.List;

import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;

/**
 * TELECOM_SERVICES (Sử dụng dịch vụ viễn thông): deficient when no member uses telecom
 * services (commonly: nobody uses the internet, mobile or fixed).
 * <p>
 * Source: Decree 07/2021/NĐ-CP annex, indicator 11. Wording <b>unverified</b> (domain
 * README 1.5).
 */
public final class TelecomServicesRule implements IndicatorRule {

	@Override
	public String code() {
		return Indicator.TELECOM_SERVICES;
	}

	@Override
	public boolean isDeficient(HouseholdFacts facts) {
		return !facts.anyoneUsesTelecom();
	}

	@Override
	public List<Reason> reasons(HouseholdFacts facts) {
		return isDeficient(facts) ? List.of(Reason.of("TELECOM_SERVICES.none")) : List.of();
	}

}

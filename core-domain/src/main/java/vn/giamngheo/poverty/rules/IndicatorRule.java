package vn.giamngheo.poverty.rules;

import java.util.List;

import vn.giamngheo.poverty.IndicatorResult;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.HouseholdFacts;

/**
 * Derives one deficiency indicator from review facts. Two paths on purpose:
 * {@link #isDeficient} is the allocation-free path used for classifying large
 * populations; {@link #reasons} explains the outcome and is only computed when someone
 * looks at it. Implementations must keep both in agreement (tested).
 */
public interface IndicatorRule {

	String code();

	boolean isDeficient(HouseholdFacts facts);

	/**
	 * Why the household is deficient; empty exactly when {@link #isDeficient} is false.
	 */
	List<Reason> reasons(HouseholdFacts facts);

	default IndicatorResult evaluate(HouseholdFacts facts) {
		return IndicatorResult.derived(code(), reasons(facts));
	}

}

package vn.giamngheo.poverty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.rules.IndicatorRule;
import vn.giamngheo.poverty.rules.IndicatorRules;

/**
 * The indicator list of one standard version with the rule that derives each, made once
 * for the version's {@link IndicatorCutoffs}. Deficiencies are a bit mask over the list's
 * order, so classifying a million households allocates nothing per household.
 */
final class DeficiencyIndicators {

	private final String standard;

	private final List<String> codes;

	private final Map<String, Integer> indexByCode;

	private final IndicatorRule[] rules;

	/**
	 * @param standard names the standard in refusals ("VN-2022-2025 v1")
	 * @throws IllegalArgumentException on a duplicate or blank code, or a list of no or
	 * too many indicators
	 */
	DeficiencyIndicators(String standard, List<String> codes, IndicatorCutoffs cutoffs) {
		this.standard = standard;
		Set<String> distinct = new LinkedHashSet<>(codes);
		if (distinct.size() != codes.size()) {
			throw new IllegalArgumentException(standard + ": duplicate indicator code in " + codes);
		}
		if (distinct.isEmpty() || distinct.size() > PovertyStandard.MAX_INDICATORS) {
			throw new IllegalArgumentException(
					standard + ": needs 1.." + PovertyStandard.MAX_INDICATORS + " indicators, had " + distinct.size());
		}
		for (String code : distinct) {
			if (code == null || code.isBlank()) {
				throw new IllegalArgumentException(standard + ": blank indicator code");
			}
		}
		this.codes = List.copyOf(codes);
		Map<String, Integer> index = new HashMap<>();
		this.rules = new IndicatorRule[this.codes.size()];
		for (int i = 0; i < this.codes.size(); i++) {
			index.put(this.codes.get(i), i);
			rules[i] = IndicatorRules.forCode(this.codes.get(i), cutoffs).orElse(null);
		}
		this.indexByCode = Map.copyOf(index);
	}

	List<String> codes() {
		return codes;
	}

	int size() {
		return codes.size();
	}

	/** Every indicator's bit. */
	long allMask() {
		return codes.size() == Long.SIZE ? -1L : (1L << codes.size()) - 1;
	}

	int indexOf(String code) {
		Integer i = indexByCode.get(code);
		return i == null ? -1 : i;
	}

	/**
	 * The mask of deficient codes. @throws IllegalArgumentException on a code the
	 * standard does not define
	 */
	long maskOf(Collection<String> deficient) {
		long mask = 0;
		for (String code : deficient) {
			mask |= bitOf(code);
		}
		return mask;
	}

	/**
	 * The mask of entered codes and the mask of those entered as deficient:
	 * {@code [entered, deficient]}.
	 */
	long[] enteredMasks(Map<String, Boolean> entered) {
		long enteredMask = 0;
		long deficient = 0;
		for (Map.Entry<String, Boolean> e : entered.entrySet()) {
			long bit = bitOf(e.getKey());
			if (e.getValue() == null) {
				throw new IllegalArgumentException("indicator " + e.getKey() + " entered without a value");
			}
			enteredMask |= bit;
			if (e.getValue()) {
				deficient |= bit;
			}
		}
		return new long[] { enteredMask, deficient };
	}

	private long bitOf(String code) {
		int i = indexOf(code);
		if (i < 0) {
			throw new IllegalArgumentException("indicator " + code + " is not defined by standard " + standard);
		}
		return 1L << i;
	}

	/**
	 * Deficiencies derived by the rules from the facts, skipping the indicators in
	 * {@code skip} (entered ones).
	 * @throws IllegalArgumentException when an indicator must be derived but the facts
	 * are unknown or it has no rule
	 */
	long derivedMask(HouseholdFacts facts, long skip) {
		long mask = 0;
		for (int i = 0; i < rules.length; i++) {
			long bit = 1L << i;
			if ((skip & bit) != 0) {
				continue;
			}
			if (facts == null) {
				throw new IllegalArgumentException(
						"indicator " + codes.get(i) + " must be entered when household facts are unknown");
			}
			IndicatorRule rule = rules[i];
			if (rule == null) {
				throw new IllegalArgumentException(
						"indicator " + codes.get(i) + " has no derivation rule; enter it directly");
			}
			if (rule.isDeficient(facts)) {
				mask |= bit;
			}
		}
		return mask;
	}

	/**
	 * One result per indicator: entered ones as entered, the others explained by their
	 * rule.
	 */
	List<IndicatorResult> results(long entered, long enteredDeficient, HouseholdFacts facts) {
		List<IndicatorResult> results = new ArrayList<>(codes.size());
		for (int i = 0; i < codes.size(); i++) {
			long bit = 1L << i;
			results.add((entered & bit) != 0 ? IndicatorResult.entered(codes.get(i), (enteredDeficient & bit) != 0)
					: rules[i].evaluate(facts));
		}
		return results;
	}

}

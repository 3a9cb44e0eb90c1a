package vn.giamngheo.poverty;

import java.util.List;
import java.util.Objects;

/**
 * One indicator's outcome for a household.
 *
 * @param reasons why it is deficient (empty when not deficient and derived)
 */
public record IndicatorResult(String code, boolean deficient, IndicatorSource source, List<Reason> reasons) {

	public IndicatorResult {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(source, "source");
		reasons = List.copyOf(reasons);
	}

	public static IndicatorResult derived(String code, List<Reason> reasons) {
		return new IndicatorResult(code, !reasons.isEmpty(), IndicatorSource.DERIVED, reasons);
	}

	public static IndicatorResult entered(String code, boolean deficient) {
		return new IndicatorResult(code, deficient, IndicatorSource.ENTERED,
				List.of(Reason.of(deficient ? "entered.deficient" : "entered.notDeficient")));
	}

	public List<String> reasonsInVietnamese() {
		return reasons.stream().map(Reason::vietnamese).toList();
	}
}

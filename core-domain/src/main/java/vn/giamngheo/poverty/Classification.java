package vn.giamngheo.poverty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

import vn.giamngheo.area.AreaType;

/**
 * Result of classifying one household, stamped with the standard id and version used
 * (domain README 7.2 principle 3). Deficiency codes are kept as a bit mask over the
 * standard's indicator order; the code list and the per-indicator results with their
 * reasons are built only when asked for, so bulk classification stays cheap.
 */
public final class Classification {

	private final PovertyStandard standard;

	private final AreaType area;

	private final long monthlyIncomePerCapita;

	private final PovertyCategory category;

	private final long deficiencyMask;

	private final IndicatorResultsSource resultsSource;

	private List<IndicatorResult> indicatorResults;

	/** Builds per-indicator results on demand. */
	@FunctionalInterface
	interface IndicatorResultsSource {

		List<IndicatorResult> build();

	}

	Classification(PovertyStandard standard, AreaType area, long monthlyIncomePerCapita, PovertyCategory category,
			long deficiencyMask, IndicatorResultsSource resultsSource) {
		this.standard = standard;
		this.area = area;
		this.monthlyIncomePerCapita = monthlyIncomePerCapita;
		this.category = category;
		this.deficiencyMask = deficiencyMask;
		this.resultsSource = resultsSource;
	}

	public PovertyCategory category() {
		return category;
	}

	public String standardId() {
		return standard.id();
	}

	public int standardVersion() {
		return standard.version();
	}

	public AreaType area() {
		return area;
	}

	public long monthlyIncomePerCapita() {
		return monthlyIncomePerCapita;
	}

	public long incomeLine() {
		return standard.thresholds(area).incomeLine();
	}

	public OptionalLong absolutePoorLine() {
		return standard.thresholds(area).absolutePoorLineIfAny();
	}

	public OptionalLong averageLivingCeiling() {
		return standard.thresholds(area).averageLivingCeilingIfAny();
	}

	public int deficiencyCount() {
		return Long.bitCount(deficiencyMask);
	}

	/** Deficient indicator codes in the standard's order. */
	public List<String> deficiencyCodes() {
		List<String> codes = new ArrayList<>(deficiencyCount());
		List<String> all = standard.indicatorCodes();
		for (int i = 0; i < all.size(); i++) {
			if ((deficiencyMask & (1L << i)) != 0) {
				codes.add(all.get(i));
			}
		}
		return Collections.unmodifiableList(codes);
	}

	/**
	 * One result per indicator of the standard, in its order, with source and reasons.
	 */
	public synchronized List<IndicatorResult> indicatorResults() {
		if (indicatorResults == null) {
			indicatorResults = List.copyOf(resultsSource.build());
		}
		return indicatorResults;
	}

	@Override
	public String toString() {
		return "Classification[" + category + ", " + standardId() + " v" + standardVersion() + ", " + area + ", income="
				+ monthlyIncomePerCapita + ", line=" + incomeLine() + ", deficiencies=" + deficiencyCodes() + "]";
	}

}

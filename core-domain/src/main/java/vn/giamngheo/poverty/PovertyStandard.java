package vn.giamngheo.poverty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.rules.IndicatorRule;
import vn.giamngheo.poverty.rules.IndicatorRules;

/**
 * A multidimensional poverty standard ("chuẩn nghèo đa chiều") as a versioned rule set: scope, validity, income
 * thresholds per area type, indicator list and deficiency cut-off (domain README 1.8, 7.2). Immutable.
 * <p>
 * Classification rule (Decree 07/2021/NĐ-CP, Art. 3(1)(a)–(b); Decree 351/2025/NĐ-CP as reported; Decision
 * 59/2015/QĐ-TTg, Art. 2 for the absolute line):
 * <ol>
 * <li>income ≤ absolute poor line (if any) ⇒ POOR;</li>
 * <li>income ≤ income line and deficiencies ≥ minimum ⇒ POOR; fewer ⇒ NEAR_POOR ("and", not "or": README 1.2);</li>
 * <li>income ≤ average-living ceiling (if any) ⇒ AVERAGE_LIVING (income only, Decree 07, Art. 3(1)(c));</li>
 * <li>otherwise NOT_POOR, whatever the deficiencies.</li>
 * </ol>
 * Money is whole đồng per person per month.
 */
public final class PovertyStandard {

	/** Deficiencies are held as a bit mask over the indicator order. */
	public static final int MAX_INDICATORS = 64;

	private final String id;
	private final int version;
	private final String jurisdiction;
	private final LocalDate validFrom;
	private final LocalDate validTo;
	private final StandardStatus status;
	private final EnumMap<AreaType, AreaThresholds> thresholds;
	private final List<String> indicatorCodes;
	private final int minDeficiencies;
	private final Integer b2PointsPerDeficiency;
	private final String legalReference;
	private final Set<String> unconfirmed;

	private final Map<String, Integer> indexByCode;
	private final IndicatorRule[] rules;

	private PovertyStandard(Builder b) {
		if (b.id == null || b.id.isBlank()) {
			throw new IllegalArgumentException("standard id must not be blank");
		}
		this.id = b.id;
		if (b.version < 1) {
			throw new IllegalArgumentException(id + ": version must be ≥ 1, was " + b.version);
		}
		this.version = b.version;
		this.jurisdiction = b.jurisdiction == null ? "" : b.jurisdiction.trim();
		this.validFrom = Objects.requireNonNull(b.validFrom, "validFrom");
		this.validTo = Objects.requireNonNull(b.validTo, "validTo");
		if (validTo.isBefore(validFrom)) {
			throw new IllegalArgumentException(id + ": validTo " + validTo + " is before validFrom " + validFrom);
		}
		this.status = Objects.requireNonNull(b.status, "status");
		for (AreaType area : AreaType.values()) {
			if (!b.thresholds.containsKey(area)) {
				throw new IllegalArgumentException(id + ": no thresholds for " + area);
			}
		}
		this.thresholds = new EnumMap<>(b.thresholds);
		Set<String> distinct = new LinkedHashSet<>(b.indicatorCodes);
		if (distinct.size() != b.indicatorCodes.size()) {
			throw new IllegalArgumentException(id + ": duplicate indicator code in " + b.indicatorCodes);
		}
		if (distinct.isEmpty() || distinct.size() > MAX_INDICATORS) {
			throw new IllegalArgumentException(id + ": needs 1.." + MAX_INDICATORS + " indicators, had " + distinct.size());
		}
		for (String code : distinct) {
			if (code == null || code.isBlank()) {
				throw new IllegalArgumentException(id + ": blank indicator code");
			}
		}
		this.indicatorCodes = List.copyOf(b.indicatorCodes);
		if (b.minDeficiencies < 1 || b.minDeficiencies > indicatorCodes.size()) {
			throw new IllegalArgumentException(id + ": minimum deficiency count must be between 1 and "
					+ indicatorCodes.size() + ", was " + b.minDeficiencies);
		}
		this.minDeficiencies = b.minDeficiencies;
		if (b.b2PointsPerDeficiency != null && b.b2PointsPerDeficiency <= 0) {
			throw new IllegalArgumentException(id + ": B2 points per deficiency must be positive");
		}
		this.b2PointsPerDeficiency = b.b2PointsPerDeficiency;
		this.legalReference = b.legalReference == null ? "" : b.legalReference;
		this.unconfirmed = Collections.unmodifiableSet(new LinkedHashSet<>(b.unconfirmed));

		Map<String, Integer> index = new HashMap<>();
		this.rules = new IndicatorRule[indicatorCodes.size()];
		for (int i = 0; i < indicatorCodes.size(); i++) {
			index.put(indicatorCodes.get(i), i);
			rules[i] = IndicatorRules.forCode(indicatorCodes.get(i)).orElse(null);
		}
		this.indexByCode = Map.copyOf(index);
	}

	public static Builder builder(String id, int version) {
		return new Builder(id, version);
	}

	public Builder toBuilder() {
		return toBuilder(id, version);
	}

	/** A builder for a new standard or a new version that starts as a copy of this one. */
	public Builder toBuilder(String newId, int newVersion) {
		Builder b = new Builder(newId, newVersion).jurisdiction(jurisdiction).validFrom(validFrom).validTo(validTo)
				.status(status).indicators(indicatorCodes).minDeficiencies(minDeficiencies)
				.legalReference(legalReference);
		b.thresholds.putAll(thresholds);
		b.b2PointsPerDeficiency = b2PointsPerDeficiency;
		b.unconfirmed.addAll(unconfirmed);
		return b;
	}

	// ---------------------------------------------------------------- accessors

	public String id() {
		return id;
	}

	public int version() {
		return version;
	}

	/** "" for the national standard, else the province code. */
	public String jurisdiction() {
		return jurisdiction;
	}

	public boolean isNational() {
		return jurisdiction.isEmpty();
	}

	public LocalDate validFrom() {
		return validFrom;
	}

	public LocalDate validTo() {
		return validTo;
	}

	public StandardStatus status() {
		return status;
	}

	/** Validity is inclusive at both ends. */
	public boolean covers(LocalDate date) {
		return !date.isBefore(validFrom) && !date.isAfter(validTo);
	}

	public AreaThresholds thresholds(AreaType area) {
		return thresholds.get(area);
	}

	public long incomeLine(AreaType area) {
		return thresholds.get(area).incomeLine();
	}

	public List<String> indicatorCodes() {
		return indicatorCodes;
	}

	public boolean defines(String indicatorCode) {
		return indexByCode.containsKey(indicatorCode);
	}

	/** Position of a code in the standard's order, or -1. */
	public int indexOf(String indicatorCode) {
		Integer i = indexByCode.get(indicatorCode);
		return i == null ? -1 : i;
	}

	public int minDeficiencies() {
		return minDeficiencies;
	}

	public java.util.OptionalInt b2PointsPerDeficiency() {
		return b2PointsPerDeficiency == null ? java.util.OptionalInt.empty()
				: java.util.OptionalInt.of(b2PointsPerDeficiency);
	}

	public String legalReference() {
		return legalReference;
	}

	/** Notes naming the fields not yet verified against the official text (domain README 7.1). */
	public Set<String> unconfirmed() {
		return unconfirmed;
	}

	// ---------------------------------------------------------------- classification

	/**
	 * The category for an income and a deficiency count. Lines are inclusive: income equal to a line counts as at or
	 * below it.
	 */
	public PovertyCategory category(AreaType area, long monthlyIncomePerCapita, int deficiencyCount) {
		if (monthlyIncomePerCapita < 0) {
			throw new IllegalArgumentException("income must not be negative, was " + monthlyIncomePerCapita);
		}
		if (deficiencyCount < 0 || deficiencyCount > indicatorCodes.size()) {
			throw new IllegalArgumentException(
					"deficiency count must be between 0 and " + indicatorCodes.size() + ", was " + deficiencyCount);
		}
		AreaThresholds t = thresholds.get(Objects.requireNonNull(area, "area"));
		Long absolute = t.absolutePoorLine();
		if (absolute != null && monthlyIncomePerCapita <= absolute) {
			return PovertyCategory.POOR;
		}
		if (monthlyIncomePerCapita <= t.incomeLine()) {
			return deficiencyCount >= minDeficiencies ? PovertyCategory.POOR : PovertyCategory.NEAR_POOR;
		}
		Long ceiling = t.averageLivingCeiling();
		if (ceiling != null && monthlyIncomePerCapita <= ceiling) {
			return PovertyCategory.AVERAGE_LIVING;
		}
		return PovertyCategory.NOT_POOR;
	}

	/**
	 * Classifies from deficiency codes already determined (e.g. typed into form B2).
	 *
	 * @throws IllegalArgumentException on a negative income or a code this standard does not define
	 */
	public Classification classify(AreaType area, long monthlyIncomePerCapita, Set<String> deficiencyCodes) {
		long mask = 0;
		for (String code : deficiencyCodes) {
			int i = indexOf(code);
			if (i < 0) {
				throw new IllegalArgumentException(
						"indicator " + code + " is not defined by standard " + id + " v" + version);
			}
			mask |= 1L << i;
		}
		PovertyCategory category = category(area, monthlyIncomePerCapita, Long.bitCount(mask));
		long deficient = mask;
		return new Classification(this, area, monthlyIncomePerCapita, category, mask, () -> {
			List<IndicatorResult> results = new ArrayList<>(indicatorCodes.size());
			for (int i = 0; i < indicatorCodes.size(); i++) {
				results.add(IndicatorResult.entered(indicatorCodes.get(i), (deficient & (1L << i)) != 0));
			}
			return results;
		});
	}

	/**
	 * Classifies from review facts, deriving each indicator by its rule unless an officer entered it.
	 *
	 * @param facts              may be null only if every indicator is entered
	 * @param enteredIndicators  code → deficient, entered directly; overrides the derivation
	 * @throws IllegalArgumentException on a negative income, an entered code the standard does not define, or an
	 *                                  indicator that can be neither derived nor was entered
	 */
	public Classification classify(AreaType area, long monthlyIncomePerCapita, HouseholdFacts facts,
			Map<String, Boolean> enteredIndicators) {
		long enteredMask = 0;
		long enteredDeficient = 0;
		for (Map.Entry<String, Boolean> e : enteredIndicators.entrySet()) {
			int i = indexOf(e.getKey());
			if (i < 0) {
				throw new IllegalArgumentException(
						"indicator " + e.getKey() + " is not defined by standard " + id + " v" + version);
			}
			if (e.getValue() == null) {
				throw new IllegalArgumentException("indicator " + e.getKey() + " entered without a value");
			}
			enteredMask |= 1L << i;
			if (e.getValue()) {
				enteredDeficient |= 1L << i;
			}
		}
		long mask = enteredDeficient | derivedMask(facts, enteredMask);
		PovertyCategory category = category(area, monthlyIncomePerCapita, Long.bitCount(mask));
		long entered = enteredMask;
		long enteredValues = enteredDeficient;
		return new Classification(this, area, monthlyIncomePerCapita, category, mask, () -> {
			List<IndicatorResult> results = new ArrayList<>(indicatorCodes.size());
			for (int i = 0; i < indicatorCodes.size(); i++) {
				long bit = 1L << i;
				results.add((entered & bit) != 0 ? IndicatorResult.entered(indicatorCodes.get(i), (enteredValues & bit) != 0)
						: rules[i].evaluate(facts));
			}
			return results;
		});
	}

	/** Deficiency count derived from facts alone; allocation-free. */
	public int deficiencyCount(HouseholdFacts facts) {
		return Long.bitCount(derivedMask(facts, 0L));
	}

	/** Category from facts alone, without building a {@link Classification}; the bulk path (what-if, statistics). */
	public PovertyCategory categoryFromFacts(AreaType area, long monthlyIncomePerCapita, HouseholdFacts facts) {
		return category(area, monthlyIncomePerCapita, deficiencyCount(facts));
	}

	private long derivedMask(HouseholdFacts facts, long skip) {
		long mask = 0;
		for (int i = 0; i < rules.length; i++) {
			long bit = 1L << i;
			if ((skip & bit) != 0) {
				continue;
			}
			if (facts == null) {
				throw new IllegalArgumentException(
						"indicator " + indicatorCodes.get(i) + " must be entered when household facts are unknown");
			}
			IndicatorRule rule = rules[i];
			if (rule == null) {
				throw new IllegalArgumentException("indicator " + indicatorCodes.get(i)
						+ " has no derivation rule; enter it directly");
			}
			if (rule.isDeficient(facts)) {
				mask |= bit;
			}
		}
		return mask;
	}

	// ---------------------------------------------------------------- scoring forms B1/B2

	/**
	 * Score-based outcome (Circular 07/2021/TT-BLĐTBXH forms B1/B2; cut-offs weak). B1 at or below the cut-off means
	 * income at or below the line; B2 at or above points-per-deficiency × minimum count means enough deficiencies.
	 *
	 * @throws IllegalStateException if this standard has no scoring cut-offs
	 */
	public ScoringResult score(AreaType area, int b1Points, int b2Points) {
		if (b1Points < 0 || b2Points < 0) {
			throw new IllegalArgumentException("scores must not be negative: B1=" + b1Points + ", B2=" + b2Points);
		}
		Integer b1Cutoff = thresholds.get(area).b1Cutoff();
		if (b1Cutoff == null || b2PointsPerDeficiency == null) {
			throw new IllegalStateException("standard " + id + " v" + version + " defines no B1/B2 scoring for " + area);
		}
		int b2Threshold = b2PointsPerDeficiency * minDeficiencies;
		boolean low = b1Points <= b1Cutoff;
		boolean deficient = b2Points >= b2Threshold;
		PovertyCategory category = !low ? PovertyCategory.NOT_POOR
				: deficient ? PovertyCategory.POOR : PovertyCategory.NEAR_POOR;
		return new ScoringResult(area, b1Points, b2Points, b1Cutoff, b2Threshold, low, deficient, category);
	}

	// ---------------------------------------------------------------- identity

	@Override
	public boolean equals(Object o) {
		return o instanceof PovertyStandard s && s.id.equals(id) && s.version == version
				&& s.jurisdiction.equals(jurisdiction) && s.validFrom.equals(validFrom) && s.validTo.equals(validTo)
				&& s.status == status && s.thresholds.equals(thresholds) && s.indicatorCodes.equals(indicatorCodes)
				&& s.minDeficiencies == minDeficiencies && Objects.equals(s.b2PointsPerDeficiency, b2PointsPerDeficiency)
				&& s.legalReference.equals(legalReference) && s.unconfirmed.equals(unconfirmed);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id, version, jurisdiction, validFrom, status);
	}

	@Override
	public String toString() {
		return id + " v" + version + (isNational() ? "" : " [" + jurisdiction + "]") + " " + validFrom + ".." + validTo
				+ " " + status;
	}

	// ---------------------------------------------------------------- builder

	public static final class Builder {
		private final String id;
		private final int version;
		private String jurisdiction = "";
		private LocalDate validFrom;
		private LocalDate validTo;
		private StandardStatus status = StandardStatus.ACTIVE;
		private final EnumMap<AreaType, AreaThresholds> thresholds = new EnumMap<>(AreaType.class);
		private List<String> indicatorCodes = List.of();
		private int minDeficiencies;
		private Integer b2PointsPerDeficiency;
		private String legalReference = "";
		private final Set<String> unconfirmed = new LinkedHashSet<>();

		private Builder(String id, int version) {
			this.id = id;
			this.version = version;
		}

		public Builder jurisdiction(String provinceCodeOrBlank) { jurisdiction = provinceCodeOrBlank; return this; }
		public Builder validFrom(LocalDate v) { validFrom = v; return this; }
		public Builder validTo(LocalDate v) { validTo = v; return this; }
		public Builder valid(LocalDate from, LocalDate to) { validFrom = from; validTo = to; return this; }
		public Builder status(StandardStatus v) { status = v; return this; }
		public Builder thresholds(AreaType area, AreaThresholds t) { thresholds.put(area, t); return this; }
		public Builder indicators(List<String> codes) { indicatorCodes = List.copyOf(codes); return this; }
		public Builder indicators(String... codes) { return indicators(List.of(codes)); }
		public Builder minDeficiencies(int v) { minDeficiencies = v; return this; }
		public Builder b2PointsPerDeficiency(Integer v) { b2PointsPerDeficiency = v; return this; }
		public Builder legalReference(String v) { legalReference = v; return this; }
		public Builder unconfirmed(String note) { unconfirmed.add(note); return this; }
		public Builder clearUnconfirmed() { unconfirmed.clear(); return this; }

		/** @throws IllegalArgumentException when the standard is inconsistent */
		public PovertyStandard build() {
			return new PovertyStandard(this);
		}
	}
}

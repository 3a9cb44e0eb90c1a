package vn.giamngheo.poverty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.facts.HouseholdFacts;

/**
 * A multidimensional poverty standard ("chuẩn nghèo đa chiều") as a versioned rule set:
 * scope, validity, income thresholds per area type, the indicator list with its
 * {@link IndicatorCutoffs}, and the deficiency count that makes a household poor (domain
 * README 1.8, 7.2). Every number the classification uses is a field of the version, so a
 * stored new version changes the outcome without a code change. Immutable.
 * <p>
 * The parts: {@link CategoryRule} (income and count → category),
 * {@link DeficiencyIndicators} (the indicators and their rules), {@link FormScoring}
 * (forms B1/B2), {@link StandardBuilder} (construction and its checks). Money is whole
 * đồng per person per month.
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

	private final int minDeficiencies;

	private final Integer b2PointsPerDeficiency;

	private final IndicatorCutoffs cutoffs;

	private final String legalReference;

	private final Set<String> unconfirmed;

	private final DeficiencyIndicators indicators;

	private final CategoryRule rule;

	PovertyStandard(StandardBuilder b, DeficiencyIndicators indicators) {
		this.id = b.id;
		this.version = b.version;
		this.jurisdiction = b.jurisdiction == null ? "" : b.jurisdiction.trim();
		this.validFrom = b.validFrom;
		this.validTo = b.validTo;
		this.status = b.status;
		this.thresholds = new EnumMap<>(b.thresholds);
		this.minDeficiencies = b.minDeficiencies;
		this.b2PointsPerDeficiency = b.b2PointsPerDeficiency;
		this.cutoffs = b.cutoffs;
		this.legalReference = b.legalReference == null ? "" : b.legalReference;
		this.unconfirmed = Collections.unmodifiableSet(new LinkedHashSet<>(b.unconfirmed));
		this.indicators = indicators;
		this.rule = new CategoryRule(thresholds, minDeficiencies, indicators.size());
	}

	public static StandardBuilder builder(String id, int version) {
		return new StandardBuilder(id, version);
	}

	public StandardBuilder toBuilder() {
		return toBuilder(id, version);
	}

	/**
	 * A builder for a new standard or a new version that starts as a copy of this one.
	 */
	public StandardBuilder toBuilder(String newId, int newVersion) {
		StandardBuilder b = new StandardBuilder(newId, newVersion);
		b.jurisdiction(jurisdiction)
			.valid(validFrom, validTo)
			.status(status)
			.indicators(indicators.codes())
			.minDeficiencies(minDeficiencies)
			.b2PointsPerDeficiency(b2PointsPerDeficiency)
			.cutoffs(cutoffs)
			.legalReference(legalReference);
		thresholds.forEach(b::thresholds);
		unconfirmed.forEach(b::unconfirmed);
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
		return indicators.codes();
	}

	public boolean defines(String indicatorCode) {
		return indicators.indexOf(indicatorCode) >= 0;
	}

	/** Position of a code in the standard's order, or -1. */
	public int indexOf(String indicatorCode) {
		return indicators.indexOf(indicatorCode);
	}

	/**
	 * How many deficient indicators make a household at or below the line poor rather
	 * than near-poor.
	 */
	public int minDeficiencies() {
		return minDeficiencies;
	}

	public OptionalInt b2PointsPerDeficiency() {
		return b2PointsPerDeficiency == null ? OptionalInt.empty() : OptionalInt.of(b2PointsPerDeficiency);
	}

	/**
	 * The ages, shares and areas at which the indicator rules of this version count a
	 * household deficient.
	 */
	public IndicatorCutoffs cutoffs() {
		return cutoffs;
	}

	public String legalReference() {
		return legalReference;
	}

	/**
	 * Notes naming the fields not yet verified against the official text (domain README
	 * 7.1).
	 */
	public Set<String> unconfirmed() {
		return unconfirmed;
	}

	// ---------------------------------------------------------------- classification

	/** The category for an income and a deficiency count ({@link CategoryRule}). */
	public PovertyCategory category(AreaType area, long monthlyIncomePerCapita, int deficiencyCount) {
		return rule.category(area, monthlyIncomePerCapita, deficiencyCount);
	}

	/**
	 * Classifies from deficiency codes already determined (e.g. typed into form B2).
	 * @throws IllegalArgumentException on a negative income or a code this standard does
	 * not define
	 */
	public Classification classify(AreaType area, long monthlyIncomePerCapita, Set<String> deficiencyCodes) {
		long mask = indicators.maskOf(deficiencyCodes);
		PovertyCategory category = category(area, monthlyIncomePerCapita, Long.bitCount(mask));
		return new Classification(this, area, monthlyIncomePerCapita, category, mask,
				() -> indicators.results(indicators.allMask(), mask, null));
	}

	/**
	 * Classifies from review facts, deriving each indicator by its rule unless an officer
	 * entered it.
	 * @param facts may be null only if every indicator is entered
	 * @param enteredIndicators code → deficient, entered directly; overrides the
	 * derivation
	 * @throws IllegalArgumentException on a negative income, an entered code the standard
	 * does not define, or an indicator that can be neither derived nor was entered
	 */
	public Classification classify(AreaType area, long monthlyIncomePerCapita, HouseholdFacts facts,
			Map<String, Boolean> enteredIndicators) {
		long[] entered = indicators.enteredMasks(enteredIndicators);
		long mask = entered[1] | indicators.derivedMask(facts, entered[0]);
		PovertyCategory category = category(area, monthlyIncomePerCapita, Long.bitCount(mask));
		return new Classification(this, area, monthlyIncomePerCapita, category, mask,
				() -> indicators.results(entered[0], entered[1], facts));
	}

	/** Deficiency count derived from facts alone; allocation-free. */
	public int deficiencyCount(HouseholdFacts facts) {
		return Long.bitCount(indicators.derivedMask(facts, 0L));
	}

	/**
	 * Category from facts alone, without building a {@link Classification}; the bulk path
	 * (what-if, statistics).
	 */
	public PovertyCategory categoryFromFacts(AreaType area, long monthlyIncomePerCapita, HouseholdFacts facts) {
		return category(area, monthlyIncomePerCapita, deficiencyCount(facts));
	}

	/**
	 * Score-based outcome of forms B1/B2 ({@link FormScoring}).
	 * @throws IllegalStateException if this standard has no scoring cut-offs
	 */
	public ScoringResult score(AreaType area, int b1Points, int b2Points) {
		return FormScoring.score(this, area, b1Points, b2Points);
	}

	// ---------------------------------------------------------------- identity

	@Override
	public boolean equals(Object o) {
		return o instanceof PovertyStandard s && s.id.equals(id) && s.version == version
				&& s.jurisdiction.equals(jurisdiction) && s.validFrom.equals(validFrom) && s.validTo.equals(validTo)
				&& s.status == status && s.thresholds.equals(thresholds) && s.indicatorCodes().equals(indicatorCodes())
				&& s.minDeficiencies == minDeficiencies
				&& Objects.equals(s.b2PointsPerDeficiency, b2PointsPerDeficiency) && s.cutoffs.equals(cutoffs)
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

}

package vn.giamngheo.poverty;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.giamngheo.area.AreaType;

/**
 * Builds a {@link PovertyStandard} and holds the checks a consistent standard passes:
 * every refusal is an {@link IllegalArgumentException} naming the standard and the field,
 * which the admin form maps to the field.
 */
public final class StandardBuilder {

	final String id;

	final int version;

	String jurisdiction = "";

	LocalDate validFrom;

	LocalDate validTo;

	StandardStatus status = StandardStatus.ACTIVE;

	final EnumMap<AreaType, AreaThresholds> thresholds = new EnumMap<>(AreaType.class);

	List<String> indicatorCodes = List.of();

	int minDeficiencies;

	Integer b2PointsPerDeficiency;

	IndicatorCutoffs cutoffs = IndicatorCutoffs.DECREE_07_2021;

	String legalReference = "";

	final Set<String> unconfirmed = new LinkedHashSet<>();

	StandardBuilder(String id, int version) {
		this.id = id;
		this.version = version;
	}

	public StandardBuilder jurisdiction(String provinceCodeOrBlank) {
		jurisdiction = provinceCodeOrBlank;
		return this;
	}

	public StandardBuilder validFrom(LocalDate v) {
		validFrom = v;
		return this;
	}

	public StandardBuilder validTo(LocalDate v) {
		validTo = v;
		return this;
	}

	public StandardBuilder valid(LocalDate from, LocalDate to) {
		validFrom = from;
		validTo = to;
		return this;
	}

	public StandardBuilder status(StandardStatus v) {
		status = v;
		return this;
	}

	public StandardBuilder thresholds(AreaType area, AreaThresholds t) {
		thresholds.put(area, t);
		return this;
	}

	public StandardBuilder indicators(List<String> codes) {
		indicatorCodes = List.copyOf(codes);
		return this;
	}

	public StandardBuilder indicators(String... codes) {
		return indicators(List.of(codes));
	}

	public StandardBuilder minDeficiencies(int v) {
		minDeficiencies = v;
		return this;
	}

	public StandardBuilder b2PointsPerDeficiency(Integer v) {
		b2PointsPerDeficiency = v;
		return this;
	}

	/** The indicators' cut-offs; {@link IndicatorCutoffs#DECREE_07_2021} unless set. */
	public StandardBuilder cutoffs(IndicatorCutoffs v) {
		cutoffs = Objects.requireNonNull(v, "cutoffs");
		return this;
	}

	public StandardBuilder legalReference(String v) {
		legalReference = v;
		return this;
	}

	public StandardBuilder unconfirmed(String note) {
		unconfirmed.add(note);
		return this;
	}

	public StandardBuilder clearUnconfirmed() {
		unconfirmed.clear();
		return this;
	}

	/**
	 * @throws IllegalArgumentException when the standard is inconsistent
	 */
	public PovertyStandard build() {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("standard id must not be blank");
		}
		if (version < 1) {
			throw new IllegalArgumentException(id + ": version must be ≥ 1, was " + version);
		}
		Objects.requireNonNull(validFrom, "validFrom");
		Objects.requireNonNull(validTo, "validTo");
		if (validTo.isBefore(validFrom)) {
			throw new IllegalArgumentException(id + ": validTo " + validTo + " is before validFrom " + validFrom);
		}
		Objects.requireNonNull(status, "status");
		for (AreaType area : AreaType.values()) {
			if (!thresholds.containsKey(area)) {
				throw new IllegalArgumentException(id + ": no thresholds for " + area);
			}
		}
		DeficiencyIndicators indicators = new DeficiencyIndicators(id + " v" + version, indicatorCodes, cutoffs);
		if (minDeficiencies < 1 || minDeficiencies > indicators.size()) {
			throw new IllegalArgumentException(id + ": minimum deficiency count must be between 1 and "
					+ indicators.size() + ", was " + minDeficiencies);
		}
		if (b2PointsPerDeficiency != null && b2PointsPerDeficiency <= 0) {
			throw new IllegalArgumentException(id + ": B2 points per deficiency must be positive");
		}
		return new PovertyStandard(this, indicators);
	}

}

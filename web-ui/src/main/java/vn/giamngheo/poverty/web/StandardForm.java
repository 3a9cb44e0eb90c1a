package vn.giamngheo.poverty.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.AreaThresholds;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.StandardStatus;

/**
 * A provincial standard or a new version, as the administrator types it; starts as a copy
 * of an existing one.
 */
public class StandardForm {

	@NotBlank(message = "{poverty.standard.standardId.required}")
	@Size(max = 60, message = "{field.tooLong}")
	@Pattern(regexp = "^$|[A-Z0-9][A-Z0-9-]*", message = "{poverty.standard.standardId.pattern}")
	private String standardId;

	@NotNull(message = "{poverty.standard.version.required}")
	@Min(value = 1, message = "{poverty.standard.version.min}")
	private Integer version;

	/** Blank: national. Province codes have two digits. */
	@Pattern(regexp = "^$|[0-9]{2}", message = "{poverty.standard.jurisdiction.pattern}")
	private String jurisdiction;

	@NotNull(message = "{poverty.standard.validFrom.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate validFrom;

	@NotNull(message = "{poverty.standard.validTo.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate validTo;

	@NotNull(message = "{poverty.standard.status.required}")
	private StandardStatus status = StandardStatus.ACTIVE;

	@NotNull(message = "{poverty.standard.incomeLine.required}")
	@Positive(message = "{poverty.standard.incomeLine.positive}")
	@vn.giamngheo.shared.web.Grouped
	private Long ruralIncomeLine;

	@vn.giamngheo.shared.web.Grouped
	private Long ruralAverageLivingCeiling;

	@vn.giamngheo.shared.web.Grouped
	private Long ruralAbsolutePoorLine;

	private Integer ruralB1Cutoff;

	@NotNull(message = "{poverty.standard.incomeLine.required}")
	@Positive(message = "{poverty.standard.incomeLine.positive}")
	@vn.giamngheo.shared.web.Grouped
	private Long urbanIncomeLine;

	@vn.giamngheo.shared.web.Grouped
	private Long urbanAverageLivingCeiling;

	@vn.giamngheo.shared.web.Grouped
	private Long urbanAbsolutePoorLine;

	private Integer urbanB1Cutoff;

	private List<String> indicatorCodes = new ArrayList<>();

	/**
	 * Further codes a provincial standard defines, comma-separated; entered directly in
	 * the calculator.
	 */
	@Pattern(regexp = "^$|[A-Z0-9_]+(\\s*,\\s*[A-Z0-9_]+)*", message = "{poverty.standard.extraIndicators.pattern}")
	private String extraIndicators;

	@NotNull(message = "{poverty.standard.minDeficiencies.required}")
	@Min(value = 1, message = "{poverty.standard.minDeficiencies.range}")
	@Max(value = 64, message = "{poverty.standard.minDeficiencies.range}")
	private Integer minDeficiencies;

	@Positive(message = "{poverty.standard.b2.positive}")
	private Integer b2PointsPerDeficiency;

	/**
	 * The indicators' cut-offs (issue 10); a form posted without them keeps Decree 07's.
	 */
	@jakarta.validation.Valid
	private CutoffsForm cutoffs = CutoffsForm.of(vn.giamngheo.poverty.IndicatorCutoffs.DECREE_07_2021);

	@NotBlank(message = "{poverty.standard.legalReference.required}")
	@Size(max = 500, message = "{field.tooLong}")
	private String legalReference;

	/** One note per line naming what is not yet checked against the official text. */
	@Size(max = 4000, message = "{field.tooLong}")
	private String unconfirmedNotes;

	static StandardForm copyOf(PovertyStandard s, String id, int version) {
		StandardForm f = new StandardForm();
		f.standardId = id;
		f.version = version;
		f.jurisdiction = s.jurisdiction();
		f.validFrom = s.validFrom();
		f.validTo = s.validTo();
		f.status = s.status();
		AreaThresholds r = s.thresholds(AreaType.RURAL);
		f.ruralIncomeLine = r.incomeLine();
		f.ruralAverageLivingCeiling = r.averageLivingCeiling();
		f.ruralAbsolutePoorLine = r.absolutePoorLine();
		f.ruralB1Cutoff = r.b1Cutoff();
		AreaThresholds u = s.thresholds(AreaType.URBAN);
		f.urbanIncomeLine = u.incomeLine();
		f.urbanAverageLivingCeiling = u.averageLivingCeiling();
		f.urbanAbsolutePoorLine = u.absolutePoorLine();
		f.urbanB1Cutoff = u.b1Cutoff();
		f.indicatorCodes = new ArrayList<>(s.indicatorCodes());
		f.minDeficiencies = s.minDeficiencies();
		f.b2PointsPerDeficiency = s.b2PointsPerDeficiency().isPresent() ? s.b2PointsPerDeficiency().getAsInt() : null;
		f.cutoffs = CutoffsForm.of(s.cutoffs());
		f.legalReference = s.legalReference();
		f.unconfirmedNotes = String.join("\n", s.unconfirmed());
		return f;
	}

	/** Checked codes in the catalogue order, then the extra ones as typed. */
	List<String> allIndicatorCodes() {
		List<String> codes = new ArrayList<>(indicatorCodes == null ? List.of() : indicatorCodes);
		if (extraIndicators != null) {
			for (String code : extraIndicators.split(",")) {
				if (!code.isBlank() && !codes.contains(code.trim())) {
					codes.add(code.trim());
				}
			}
		}
		return codes;
	}

	List<String> unconfirmedList() {
		return unconfirmedNotes == null ? List.of()
				: unconfirmedNotes.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
	}

	// ---------------------------------------------------------------- accessors for
	// binding

	public String getStandardId() {
		return standardId;
	}

	public void setStandardId(String v) {
		standardId = v == null ? null : v.trim();
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer v) {
		version = v;
	}

	public String getJurisdiction() {
		return jurisdiction;
	}

	public void setJurisdiction(String v) {
		jurisdiction = v == null ? null : v.trim();
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate v) {
		validFrom = v;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(LocalDate v) {
		validTo = v;
	}

	public StandardStatus getStatus() {
		return status;
	}

	public void setStatus(StandardStatus v) {
		status = v;
	}

	public Long getRuralIncomeLine() {
		return ruralIncomeLine;
	}

	public void setRuralIncomeLine(Long v) {
		ruralIncomeLine = v;
	}

	public Long getRuralAverageLivingCeiling() {
		return ruralAverageLivingCeiling;
	}

	public void setRuralAverageLivingCeiling(Long v) {
		ruralAverageLivingCeiling = v;
	}

	public Long getRuralAbsolutePoorLine() {
		return ruralAbsolutePoorLine;
	}

	public void setRuralAbsolutePoorLine(Long v) {
		ruralAbsolutePoorLine = v;
	}

	public Integer getRuralB1Cutoff() {
		return ruralB1Cutoff;
	}

	public void setRuralB1Cutoff(Integer v) {
		ruralB1Cutoff = v;
	}

	public Long getUrbanIncomeLine() {
		return urbanIncomeLine;
	}

	public void setUrbanIncomeLine(Long v) {
		urbanIncomeLine = v;
	}

	public Long getUrbanAverageLivingCeiling() {
		return urbanAverageLivingCeiling;
	}

	public void setUrbanAverageLivingCeiling(Long v) {
		urbanAverageLivingCeiling = v;
	}

	public Long getUrbanAbsolutePoorLine() {
		return urbanAbsolutePoorLine;
	}

	public void setUrbanAbsolutePoorLine(Long v) {
		urbanAbsolutePoorLine = v;
	}

	public Integer getUrbanB1Cutoff() {
		return urbanB1Cutoff;
	}

	public void setUrbanB1Cutoff(Integer v) {
		urbanB1Cutoff = v;
	}

	public List<String> getIndicatorCodes() {
		return indicatorCodes;
	}

	public void setIndicatorCodes(List<String> v) {
		indicatorCodes = v;
	}

	public String getExtraIndicators() {
		return extraIndicators;
	}

	public void setExtraIndicators(String v) {
		extraIndicators = v;
	}

	public Integer getMinDeficiencies() {
		return minDeficiencies;
	}

	public void setMinDeficiencies(Integer v) {
		minDeficiencies = v;
	}

	public Integer getB2PointsPerDeficiency() {
		return b2PointsPerDeficiency;
	}

	public void setB2PointsPerDeficiency(Integer v) {
		b2PointsPerDeficiency = v;
	}

	public CutoffsForm getCutoffs() {
		return cutoffs;
	}

	public void setCutoffs(CutoffsForm v) {
		cutoffs = v;
	}

	public String getLegalReference() {
		return legalReference;
	}

	public void setLegalReference(String v) {
		legalReference = v;
	}

	public String getUnconfirmedNotes() {
		return unconfirmedNotes;
	}

	public void setUnconfirmedNotes(String v) {
		unconfirmedNotes = v;
	}

}

package vn.giamngheo.support.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.support.Beneficiary;
import vn.giamngheo.support.CoverageRole;
import vn.giamngheo.support.DuplicatePeriod;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.HouseholdFlag;
import vn.giamngheo.support.ProgramKind;
import vn.giamngheo.support.SupportUnit;
import vn.giamngheo.support.persistence.ProgramCommand;
import vn.giamngheo.support.persistence.SupportProgram;

/** A catalogue entry as typed by a district officer. */
public class ProgramForm {

	@NotBlank(message = "{support.program.code.required}")
	@Pattern(regexp = "^$|[A-Za-z0-9-]{2,40}", message = "{support.program.code.invalid}")
	private String code;

	@NotBlank(message = "{support.program.name.required}")
	@Size(max = 300, message = "{field.tooLong}")
	private String name;

	@NotNull
	private ProgramKind kind = ProgramKind.LOCAL;

	private Long parentId;

	@Size(max = 300, message = "{field.tooLong}")
	private String legalBasis;

	@NotNull
	private SupportUnit unit = SupportUnit.DONG;

	@NotNull
	private Beneficiary beneficiary = Beneficiary.HOUSEHOLD;

	private Set<HouseholdCategory> categories = EnumSet.noneOf(HouseholdCategory.class);

	private Set<HouseholdFlag> flags = EnumSet.noneOf(HouseholdFlag.class);

	@Min(value = 0, message = "{support.program.escapedWithinYears.invalid}")
	@Max(value = 10, message = "{support.program.escapedWithinYears.invalid}")
	private int escapedWithinYears;

	@NotNull
	private DuplicatePeriod duplicatePeriod = DuplicatePeriod.YEAR;

	private Set<FundingSource> fundingSources = EnumSet.noneOf(FundingSource.class);

	private CoverageRole coverageRole;

	@Min(value = 0, message = "{support.amount.invalid}")
	@vn.giamngheo.shared.web.Grouped
	private Long defaultAmount;

	private boolean active = true;

	private long version;

	static ProgramForm of(SupportProgram p) {
		ProgramForm f = new ProgramForm();
		f.code = p.code();
		f.name = p.name();
		f.kind = p.kind();
		f.parentId = p.parentId();
		f.legalBasis = p.legalBasis();
		f.unit = p.unit();
		f.beneficiary = p.beneficiary();
		f.categories = p.eligibility().categories().isEmpty() ? EnumSet.noneOf(HouseholdCategory.class)
				: EnumSet.copyOf(p.eligibility().categories());
		f.flags = p.eligibility().flags().isEmpty() ? EnumSet.noneOf(HouseholdFlag.class)
				: EnumSet.copyOf(p.eligibility().flags());
		f.escapedWithinYears = p.eligibility().escapedWithinYears();
		f.duplicatePeriod = p.duplicatePeriod();
		f.fundingSources = p.fundingSources().isEmpty() ? EnumSet.noneOf(FundingSource.class)
				: EnumSet.copyOf(p.fundingSources());
		f.coverageRole = p.coverageRole();
		f.defaultAmount = p.defaultAmount();
		f.active = p.active();
		f.version = p.version();
		return f;
	}

	ProgramCommand toCommand() {
		return new ProgramCommand(code, name, kind, parentId, legalBasis, unit, beneficiary, categories, flags,
				escapedWithinYears, duplicatePeriod, fundingSources, coverageRole, defaultAmount, active);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ProgramKind getKind() {
		return kind;
	}

	public void setKind(ProgramKind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public SupportUnit getUnit() {
		return unit;
	}

	public void setUnit(SupportUnit unit) {
		this.unit = unit;
	}

	public Beneficiary getBeneficiary() {
		return beneficiary;
	}

	public void setBeneficiary(Beneficiary beneficiary) {
		this.beneficiary = beneficiary;
	}

	public Set<HouseholdCategory> getCategories() {
		return categories;
	}

	public void setCategories(Set<HouseholdCategory> categories) {
		this.categories = categories == null ? EnumSet.noneOf(HouseholdCategory.class) : categories;
	}

	public Set<HouseholdFlag> getFlags() {
		return flags;
	}

	public void setFlags(Set<HouseholdFlag> flags) {
		this.flags = flags == null ? EnumSet.noneOf(HouseholdFlag.class) : flags;
	}

	public int getEscapedWithinYears() {
		return escapedWithinYears;
	}

	public void setEscapedWithinYears(int escapedWithinYears) {
		this.escapedWithinYears = escapedWithinYears;
	}

	public DuplicatePeriod getDuplicatePeriod() {
		return duplicatePeriod;
	}

	public void setDuplicatePeriod(DuplicatePeriod duplicatePeriod) {
		this.duplicatePeriod = duplicatePeriod;
	}

	public Set<FundingSource> getFundingSources() {
		return fundingSources;
	}

	public void setFundingSources(Set<FundingSource> fundingSources) {
		this.fundingSources = fundingSources == null ? EnumSet.noneOf(FundingSource.class) : fundingSources;
	}

	public CoverageRole getCoverageRole() {
		return coverageRole;
	}

	public void setCoverageRole(CoverageRole coverageRole) {
		this.coverageRole = coverageRole;
	}

	public Long getDefaultAmount() {
		return defaultAmount;
	}

	public void setDefaultAmount(Long defaultAmount) {
		this.defaultAmount = defaultAmount;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

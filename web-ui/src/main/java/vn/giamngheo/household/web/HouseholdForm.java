package vn.giamngheo.household.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.persistence.Household;
import vn.giamngheo.household.persistence.HouseholdCommand;

/** The household form as typed; never bound onto the entity itself. */
public class HouseholdForm {

	@Pattern(regexp = "^$|[A-Za-z0-9.-]{3,30}", message = "{household.code.invalid}")
	private String code;

	@NotNull(message = "{household.village.required}")
	private Long villageId;

	@NotBlank(message = "{household.address.required}")
	@Size(max = 255, message = "{field.tooLong}")
	private String address;

	@NotBlank(message = "{household.headName.required}")
	@Size(max = 150, message = "{field.tooLong}")
	@Pattern(regexp = "^$|[\\p{L}][\\p{L} .'-]*", message = "{person.name.invalid}")
	private String headName;

	@NotNull(message = "{household.ethnicity.required}")
	private Ethnicity ethnicity = Ethnicity.KINH;

	@Pattern(regexp = "^$|0\\d{9}", message = "{household.phone.invalid}")
	private String phone;

	@NotNull
	private boolean noLabourCapacity;

	private boolean hasMeritoriousMember;

	private boolean socialProtectionBeneficiary;

	private boolean freeMigrantFromCambodia;

	private long version;

	static HouseholdForm of(Household h) {
		HouseholdForm f = new HouseholdForm();
		f.code = h.getCode();
		f.villageId = h.getVillageId();
		f.address = h.getAddress();
		f.headName = h.getHeadName();
		f.ethnicity = h.getEthnicity();
		f.phone = h.getPhone();
		f.noLabourCapacity = h.isNoLabourCapacity();
		f.hasMeritoriousMember = h.isHasMeritoriousMember();
		f.socialProtectionBeneficiary = h.isSocialProtectionBeneficiary();
		f.freeMigrantFromCambodia = h.isFreeMigrantFromCambodia();
		f.version = h.getVersion();
		return f;
	}

	HouseholdCommand toCommand() {
		return new HouseholdCommand(code, villageId, address, headName, ethnicity, phone, noLabourCapacity,
				hasMeritoriousMember, socialProtectionBeneficiary, freeMigrantFromCambodia);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Long getVillageId() {
		return villageId;
	}

	public void setVillageId(Long villageId) {
		this.villageId = villageId;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getHeadName() {
		return headName;
	}

	public void setHeadName(String headName) {
		this.headName = headName;
	}

	public Ethnicity getEthnicity() {
		return ethnicity;
	}

	public void setEthnicity(Ethnicity ethnicity) {
		this.ethnicity = ethnicity;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isNoLabourCapacity() {
		return noLabourCapacity;
	}

	public void setNoLabourCapacity(boolean noLabourCapacity) {
		this.noLabourCapacity = noLabourCapacity;
	}

	public boolean isHasMeritoriousMember() {
		return hasMeritoriousMember;
	}

	public void setHasMeritoriousMember(boolean hasMeritoriousMember) {
		this.hasMeritoriousMember = hasMeritoriousMember;
	}

	public boolean isSocialProtectionBeneficiary() {
		return socialProtectionBeneficiary;
	}

	public void setSocialProtectionBeneficiary(boolean socialProtectionBeneficiary) {
		this.socialProtectionBeneficiary = socialProtectionBeneficiary;
	}

	public boolean isFreeMigrantFromCambodia() {
		return freeMigrantFromCambodia;
	}

	public void setFreeMigrantFromCambodia(boolean freeMigrantFromCambodia) {
		this.freeMigrantFromCambodia = freeMigrantFromCambodia;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

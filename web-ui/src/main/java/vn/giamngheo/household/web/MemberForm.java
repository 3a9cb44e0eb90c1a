package vn.giamngheo.household.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.giamngheo.household.Disability;
import vn.giamngheo.household.EducationLevel;
import vn.giamngheo.household.Employment;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Schooling;
import vn.giamngheo.household.Sex;
import vn.giamngheo.household.persistence.HouseholdMember;
import vn.giamngheo.household.persistence.MemberCommand;

/** The member form as typed. Dates are entered as dd/MM/yyyy, as on Vietnamese papers. */
public class MemberForm {

	@NotBlank(message = "{member.fullName.required}")
	@Size(max = 150, message = "{field.tooLong}")
	@Pattern(regexp = "^$|[\\p{L}][\\p{L} .'-]*", message = "{person.name.invalid}")
	private String fullName;

	@NotNull(message = "{member.dateOfBirth.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate dateOfBirth;

	@NotNull(message = "{member.sex.required}")
	private Sex sex;

	@NotNull(message = "{household.ethnicity.required}")
	private Ethnicity ethnicity = Ethnicity.KINH;

	@Pattern(regexp = "^$|\\d{12}", message = "{member.citizenId.NOT_TWELVE_DIGITS}")
	private String citizenId;

	@NotNull(message = "{member.relationship.required}")
	private Relationship relationship;

	@Pattern(regexp = "^$|[A-Za-z]{2}\\d{13}|\\d{10}", message = "{member.healthInsuranceCard.invalid}")
	private String healthInsuranceCard;

	@NotNull
	private Disability disability = Disability.NONE;

	@NotNull
	private Schooling schooling = Schooling.NOT_SCHOOL_AGE;

	@NotNull
	private EducationLevel educationLevel = EducationLevel.NONE;

	@NotNull
	private Employment employment = Employment.NOT_WORKING_AGE;

	private long version;

	static MemberForm of(HouseholdMember m) {
		MemberForm f = new MemberForm();
		f.fullName = m.getFullName();
		f.dateOfBirth = m.getDateOfBirth();
		f.sex = m.getSex();
		f.ethnicity = m.getEthnicity();
		f.citizenId = m.getCitizenId();
		f.relationship = m.getRelationship();
		f.healthInsuranceCard = m.getHealthInsuranceCard();
		f.disability = m.getDisability();
		f.schooling = m.getSchooling();
		f.educationLevel = m.getEducationLevel();
		f.employment = m.getEmployment();
		f.version = m.getVersion();
		return f;
	}

	MemberCommand toCommand() {
		return new MemberCommand(fullName, dateOfBirth, sex, ethnicity, citizenId, relationship, healthInsuranceCard,
				disability, schooling, educationLevel, employment);
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	public void setDateOfBirth(LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public Sex getSex() {
		return sex;
	}

	public void setSex(Sex sex) {
		this.sex = sex;
	}

	public Ethnicity getEthnicity() {
		return ethnicity;
	}

	public void setEthnicity(Ethnicity ethnicity) {
		this.ethnicity = ethnicity;
	}

	public String getCitizenId() {
		return citizenId;
	}

	public void setCitizenId(String citizenId) {
		this.citizenId = citizenId;
	}

	public Relationship getRelationship() {
		return relationship;
	}

	public void setRelationship(Relationship relationship) {
		this.relationship = relationship;
	}

	public String getHealthInsuranceCard() {
		return healthInsuranceCard;
	}

	public void setHealthInsuranceCard(String healthInsuranceCard) {
		this.healthInsuranceCard = healthInsuranceCard;
	}

	public Disability getDisability() {
		return disability;
	}

	public void setDisability(Disability disability) {
		this.disability = disability;
	}

	public Schooling getSchooling() {
		return schooling;
	}

	public void setSchooling(Schooling schooling) {
		this.schooling = schooling;
	}

	public EducationLevel getEducationLevel() {
		return educationLevel;
	}

	public void setEducationLevel(EducationLevel educationLevel) {
		this.educationLevel = educationLevel;
	}

	public Employment getEmployment() {
		return employment;
	}

	public void setEmployment(Employment employment) {
		this.employment = employment;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

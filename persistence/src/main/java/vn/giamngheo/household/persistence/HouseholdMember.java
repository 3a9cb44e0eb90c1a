package vn.giamngheo.household.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Period;
import vn.giamngheo.household.Disability;
import vn.giamngheo.household.EducationLevel;
import vn.giamngheo.household.Employment;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Schooling;
import vn.giamngheo.household.Sex;
import vn.giamngheo.shared.VietnameseText;

/** A person living in a household (nhân khẩu). */
@Entity
@Table(name = "household_member")
public class HouseholdMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "household_id")
	private Household household;

	private String fullName;

	private LocalDate dateOfBirth;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	@Enumerated(EnumType.STRING)
	private Ethnicity ethnicity;

	private String citizenId;

	@Enumerated(EnumType.STRING)
	private Relationship relationship;

	private String healthInsuranceCard;

	@Enumerated(EnumType.STRING)
	private Disability disability = Disability.NONE;

	@Enumerated(EnumType.STRING)
	private Schooling schooling = Schooling.NOT_SCHOOL_AGE;

	@Enumerated(EnumType.STRING)
	private EducationLevel educationLevel = EducationLevel.NONE;

	@Enumerated(EnumType.STRING)
	private Employment employment = Employment.NOT_WORKING_AGE;

	@Version
	private long version;

	protected HouseholdMember() {
	}

	HouseholdMember(Household household) {
		this.household = household;
	}

	void apply(MemberCommand c) {
		this.fullName = VietnameseText.normalizeName(c.fullName());
		this.dateOfBirth = c.dateOfBirth();
		this.sex = c.sex();
		this.ethnicity = c.ethnicity();
		this.citizenId = blankToNull(c.citizenId());
		this.relationship = c.relationship();
		this.healthInsuranceCard = blankToNull(c.healthInsuranceCard());
		this.disability = c.disability();
		this.schooling = c.schooling();
		this.educationLevel = c.educationLevel();
		this.employment = c.employment();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
	}

	public int ageOn(LocalDate date) {
		return Period.between(dateOfBirth, date).getYears();
	}

	public Long getId() {
		return id;
	}

	public String getFullName() {
		return fullName;
	}

	public LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	public Sex getSex() {
		return sex;
	}

	public Ethnicity getEthnicity() {
		return ethnicity;
	}

	public String getCitizenId() {
		return citizenId;
	}

	public Relationship getRelationship() {
		return relationship;
	}

	public String getHealthInsuranceCard() {
		return healthInsuranceCard;
	}

	public Disability getDisability() {
		return disability;
	}

	public Schooling getSchooling() {
		return schooling;
	}

	public EducationLevel getEducationLevel() {
		return educationLevel;
	}

	public Employment getEmployment() {
		return employment;
	}

	public long getVersion() {
		return version;
	}

}

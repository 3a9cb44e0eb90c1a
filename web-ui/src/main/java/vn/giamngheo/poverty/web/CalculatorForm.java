package vn.giamngheo.poverty.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.modulith.NamedInterface;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.facts.EducationLevel;
import vn.giamngheo.poverty.facts.EmploymentStatus;
import vn.giamngheo.poverty.facts.InformationDevice;
import vn.giamngheo.poverty.facts.LatrineType;
import vn.giamngheo.poverty.facts.WaterSource;

/**
 * What an officer types into the calculator: the facts of review form B2 (Circular
 * 07/2021/TT-BLĐTBXH) that the engine derives the indicators from, and the income.
 * Defaults describe a household with no deficiency, so an officer only changes what
 * differs.
 */
@NamedInterface("calculator")
public class CalculatorForm {

	public enum IncomeMode {

		PER_CAPITA, HOUSEHOLD, B1_SCORE // điểm phiếu B1, nhận diện nhanh (Thông tư
										// 07/2021/TT-BLĐTBXH)

	}

	/** An indicator typed in directly instead of derived from the facts. */
	public enum Entry {

		DEFICIENT, NOT_DEFICIENT

	}

	@NotNull(message = "{poverty.calculator.area.required}")
	private AreaType area = AreaType.RURAL;

	@NotNull
	private IncomeMode incomeMode = IncomeMode.PER_CAPITA;

	@PositiveOrZero(message = "{poverty.calculator.income.negative}")
	@vn.giamngheo.shared.web.Grouped
	private Long monthlyIncomePerCapita;

	@PositiveOrZero(message = "{poverty.calculator.income.negative}")
	@vn.giamngheo.shared.web.Grouped
	private Long householdMonthlyIncome;

	@Min(value = 1, message = "{poverty.calculator.memberCount.range}")
	@Max(value = 100, message = "{poverty.calculator.memberCount.range}")
	private Integer memberCount;

	@NotNull(message = "{poverty.calculator.reviewDate.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate reviewDate;

	@Pattern(regexp = "^$|[0-9]{2}", message = "{poverty.standard.jurisdiction.pattern}")
	private String provinceCode;

	@Valid
	@Size(max = 30, message = "{poverty.calculator.members.tooMany}")
	private List<MemberRow> members = new ArrayList<>();

	private boolean wallsDurable = true;

	private boolean frameDurable = true;

	private boolean roofDurable = true;

	@PositiveOrZero(message = "{poverty.calculator.floorArea.negative}")
	@Max(value = 100_000, message = "{poverty.calculator.floorArea.negative}")
	private Double floorArea;

	@NotNull(message = "{poverty.calculator.waterSource.required}")
	private WaterSource waterSource = WaterSource.PIPED;

	@NotNull(message = "{poverty.calculator.latrine.required}")
	private LatrineType latrine = LatrineType.SEPTIC_TANK;

	private boolean anyoneUsesTelecom = true;

	private Set<InformationDevice> informationDevices = EnumSet.of(InformationDevice.TELEVISION);

	private boolean receivesLoudspeakerBroadcast = true;

	private boolean wasteTreatedHygienically = true;

	/** Indicator code → entry; absent or null means "derive from the facts". */
	private Map<String, Entry> entered = new LinkedHashMap<>();

	public static class MemberRow {

		@Size(max = 150, message = "{field.tooLong}")
		private String fullName;

		@NotNull(message = "{poverty.calculator.dateOfBirth.required}")
		@PastOrPresent(message = "{poverty.calculator.dateOfBirth.future}")
		@DateTimeFormat(pattern = "dd/MM/yyyy")
		private LocalDate dateOfBirth;

		private boolean healthInsurance = true;

		private boolean attendingSchool;

		private EducationLevel levelAttended;

		@NotNull(message = "{poverty.calculator.education.required}")
		private EducationLevel highestEducation = EducationLevel.UPPER_SECONDARY;

		@NotNull(message = "{poverty.calculator.employment.required}")
		private EmploymentStatus employment = EmploymentStatus.SELF_EMPLOYED;

		private boolean disabled;

		private boolean socialAllowance;

		private boolean malnourished;

		public String getFullName() {
			return fullName;
		}

		public void setFullName(String v) {
			fullName = v;
		}

		public LocalDate getDateOfBirth() {
			return dateOfBirth;
		}

		public void setDateOfBirth(LocalDate v) {
			dateOfBirth = v;
		}

		public boolean isHealthInsurance() {
			return healthInsurance;
		}

		public void setHealthInsurance(boolean v) {
			healthInsurance = v;
		}

		public boolean isAttendingSchool() {
			return attendingSchool;
		}

		public void setAttendingSchool(boolean v) {
			attendingSchool = v;
		}

		public EducationLevel getLevelAttended() {
			return levelAttended;
		}

		public void setLevelAttended(EducationLevel v) {
			levelAttended = v;
		}

		public EducationLevel getHighestEducation() {
			return highestEducation;
		}

		public void setHighestEducation(EducationLevel v) {
			highestEducation = v;
		}

		public EmploymentStatus getEmployment() {
			return employment;
		}

		public void setEmployment(EmploymentStatus v) {
			employment = v;
		}

		public boolean isDisabled() {
			return disabled;
		}

		public void setDisabled(boolean v) {
			disabled = v;
		}

		public boolean isSocialAllowance() {
			return socialAllowance;
		}

		public void setSocialAllowance(boolean v) {
			socialAllowance = v;
		}

		public boolean isMalnourished() {
			return malnourished;
		}

		public void setMalnourished(boolean v) {
			malnourished = v;
		}

	}

	public AreaType getArea() {
		return area;
	}

	public void setArea(AreaType v) {
		area = v;
	}

	/** Form B1 points, used when the income mode is B1_SCORE. */
	private Integer b1Score;

	public Integer getB1Score() {
		return b1Score;
	}

	public void setB1Score(Integer v) {
		b1Score = v;
	}

	public IncomeMode getIncomeMode() {
		return incomeMode;
	}

	public void setIncomeMode(IncomeMode v) {
		incomeMode = v;
	}

	public Long getMonthlyIncomePerCapita() {
		return monthlyIncomePerCapita;
	}

	public void setMonthlyIncomePerCapita(Long v) {
		monthlyIncomePerCapita = v;
	}

	public Long getHouseholdMonthlyIncome() {
		return householdMonthlyIncome;
	}

	public void setHouseholdMonthlyIncome(Long v) {
		householdMonthlyIncome = v;
	}

	public Integer getMemberCount() {
		return memberCount;
	}

	public void setMemberCount(Integer v) {
		memberCount = v;
	}

	public LocalDate getReviewDate() {
		return reviewDate;
	}

	public void setReviewDate(LocalDate v) {
		reviewDate = v;
	}

	public String getProvinceCode() {
		return provinceCode;
	}

	public void setProvinceCode(String v) {
		provinceCode = v == null ? null : v.trim();
	}

	public List<MemberRow> getMembers() {
		return members;
	}

	public void setMembers(List<MemberRow> v) {
		members = v;
	}

	public boolean isWallsDurable() {
		return wallsDurable;
	}

	public void setWallsDurable(boolean v) {
		wallsDurable = v;
	}

	public boolean isFrameDurable() {
		return frameDurable;
	}

	public void setFrameDurable(boolean v) {
		frameDurable = v;
	}

	public boolean isRoofDurable() {
		return roofDurable;
	}

	public void setRoofDurable(boolean v) {
		roofDurable = v;
	}

	public Double getFloorArea() {
		return floorArea;
	}

	public void setFloorArea(Double v) {
		floorArea = v;
	}

	public WaterSource getWaterSource() {
		return waterSource;
	}

	public void setWaterSource(WaterSource v) {
		waterSource = v;
	}

	public LatrineType getLatrine() {
		return latrine;
	}

	public void setLatrine(LatrineType v) {
		latrine = v;
	}

	public boolean isAnyoneUsesTelecom() {
		return anyoneUsesTelecom;
	}

	public void setAnyoneUsesTelecom(boolean v) {
		anyoneUsesTelecom = v;
	}

	public Set<InformationDevice> getInformationDevices() {
		return informationDevices;
	}

	public void setInformationDevices(Set<InformationDevice> v) {
		informationDevices = v == null ? EnumSet.noneOf(InformationDevice.class) : v;
	}

	public boolean isReceivesLoudspeakerBroadcast() {
		return receivesLoudspeakerBroadcast;
	}

	public void setReceivesLoudspeakerBroadcast(boolean v) {
		receivesLoudspeakerBroadcast = v;
	}

	public boolean isWasteTreatedHygienically() {
		return wasteTreatedHygienically;
	}

	public void setWasteTreatedHygienically(boolean v) {
		wasteTreatedHygienically = v;
	}

	public Map<String, Entry> getEntered() {
		return entered;
	}

	public void setEntered(Map<String, Entry> v) {
		entered = v;
	}

}

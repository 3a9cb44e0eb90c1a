package vn.giamngheo.poverty.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a reviewer records about one household member (form B2 of Circular
 * 07/2021/TT-BLĐTBXH; weak).
 *
 * @param levelAttended level currently attended when {@code schooling} is ATTENDING, else
 * null
 * @param receivesMonthlySocialAllowance trợ cấp xã hội hàng tháng (old age or disability)
 * @param malnourished stunted (height-for-age) or underweight (weight-for-age)
 */
public record MemberFacts(String fullName, LocalDate dateOfBirth, boolean hasHealthInsuranceCard,
		SchoolingStatus schooling, EducationLevel levelAttended, EducationLevel highestEducation,
		EmploymentStatus employment, boolean disabled, boolean receivesMonthlySocialAllowance, boolean malnourished) {

	public MemberFacts {
		Objects.requireNonNull(fullName, "fullName");
		Objects.requireNonNull(dateOfBirth, "dateOfBirth");
		Objects.requireNonNull(schooling, "schooling");
		Objects.requireNonNull(highestEducation, "highestEducation");
		Objects.requireNonNull(employment, "employment");
	}

	public int ageOn(LocalDate date) {
		return Ages.yearsOn(dateOfBirth, date);
	}

	public boolean isAttendingSchool() {
		return schooling == SchoolingStatus.ATTENDING;
	}

	public static Builder builder(String fullName, LocalDate dateOfBirth) {
		return new Builder(fullName, dateOfBirth);
	}

	public Builder toBuilder() {
		Builder b = new Builder(fullName, dateOfBirth);
		b.hasHealthInsuranceCard = hasHealthInsuranceCard;
		b.schooling = schooling;
		b.levelAttended = levelAttended;
		b.highestEducation = highestEducation;
		b.employment = employment;
		b.disabled = disabled;
		b.receivesMonthlySocialAllowance = receivesMonthlySocialAllowance;
		b.malnourished = malnourished;
		return b;
	}

	/**
	 * Defaults describe a member with no deficiency: insured, not studying, THPT,
	 * employed with contract.
	 */
	public static final class Builder {

		private String fullName;

		private LocalDate dateOfBirth;

		private boolean hasHealthInsuranceCard = true;

		private SchoolingStatus schooling = SchoolingStatus.NOT_ATTENDING;

		private EducationLevel levelAttended;

		private EducationLevel highestEducation = EducationLevel.UPPER_SECONDARY;

		private EmploymentStatus employment = EmploymentStatus.EMPLOYED_WITH_CONTRACT;

		private boolean disabled;

		private boolean receivesMonthlySocialAllowance;

		private boolean malnourished;

		private Builder(String fullName, LocalDate dateOfBirth) {
			this.fullName = fullName;
			this.dateOfBirth = dateOfBirth;
		}

		public Builder fullName(String v) {
			fullName = v;
			return this;
		}

		public Builder dateOfBirth(LocalDate v) {
			dateOfBirth = v;
			return this;
		}

		public Builder healthInsuranceCard(boolean v) {
			hasHealthInsuranceCard = v;
			return this;
		}

		public Builder attending(EducationLevel level) {
			schooling = SchoolingStatus.ATTENDING;
			levelAttended = level;
			return this;
		}

		public Builder notAttending() {
			schooling = SchoolingStatus.NOT_ATTENDING;
			levelAttended = null;
			return this;
		}

		public Builder highestEducation(EducationLevel v) {
			highestEducation = v;
			return this;
		}

		public Builder employment(EmploymentStatus v) {
			employment = v;
			return this;
		}

		public Builder disabled(boolean v) {
			disabled = v;
			return this;
		}

		public Builder monthlySocialAllowance(boolean v) {
			receivesMonthlySocialAllowance = v;
			return this;
		}

		public Builder malnourished(boolean v) {
			malnourished = v;
			return this;
		}

		public MemberFacts build() {
			return new MemberFacts(fullName, dateOfBirth, hasHealthInsuranceCard, schooling, levelAttended,
					highestEducation, employment, disabled, receivesMonthlySocialAllowance, malnourished);
		}

	}
}

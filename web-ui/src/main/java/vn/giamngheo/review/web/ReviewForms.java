package vn.giamngheo.review.web;

import java.time.LocalDate;
import vn.giamngheo.area.persistence.Area;
import vn.giamngheo.household.Disability;
import vn.giamngheo.household.Schooling;
import vn.giamngheo.household.persistence.Household;
import vn.giamngheo.household.persistence.HouseholdMember;
import vn.giamngheo.poverty.facts.EducationLevel;
import vn.giamngheo.poverty.facts.EmploymentStatus;
import vn.giamngheo.poverty.web.CalculatorForm;

/** Pre-fills a review from the register, so the official checks and corrects facts instead of typing them again. */
final class ReviewForms {

	private ReviewForms() {
	}

	static CalculatorForm fromRegister(Household household, Area commune, LocalDate today) {
		CalculatorForm form = new CalculatorForm();
		form.setArea(commune.getAreaType());
		form.setReviewDate(today);
		form.setMemberCount(Math.max(1, household.getMemberCount()));
		for (HouseholdMember m : household.getMembers()) {
			CalculatorForm.MemberRow row = new CalculatorForm.MemberRow();
			row.setFullName(m.getFullName());
			row.setDateOfBirth(m.getDateOfBirth());
			row.setHealthInsurance(m.getHealthInsuranceCard() != null);
			row.setAttendingSchool(m.getSchooling() == Schooling.ATTENDING);
			row.setHighestEducation(EducationLevel.valueOf(m.getEducationLevel().name()));
			row.setEmployment(switch (m.getEmployment()) {
				case EMPLOYED_WITH_CONTRACT -> EmploymentStatus.EMPLOYED_WITH_CONTRACT;
				case EMPLOYED_WITHOUT_CONTRACT -> EmploymentStatus.EMPLOYED_WITHOUT_CONTRACT;
				case SELF_EMPLOYED -> EmploymentStatus.SELF_EMPLOYED;
				case UNEMPLOYED -> EmploymentStatus.UNEMPLOYED;
				case NOT_WORKING_AGE, NOT_IN_LABOUR_FORCE -> EmploymentStatus.NOT_IN_LABOUR_FORCE;
			});
			row.setDisabled(m.getDisability() != Disability.NONE);
			form.getMembers().add(row);
		}
		if (form.getMembers().isEmpty()) {
			form.getMembers().add(new CalculatorForm.MemberRow());
		}
		return form;
	}
}

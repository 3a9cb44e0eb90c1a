package vn.giamngheo.review.web;

import java.time.LocalDate;
import vn.giamngheo.area.persistence.Area;
import vn.giamngheo.household.RegisterFacts;
import vn.giamngheo.household.persistence.Household;
import vn.giamngheo.household.persistence.HouseholdMember;
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
			// one mapping of register values to facts, in core-domain (RegisterFacts), constant by constant
			row.setAttendingSchool(RegisterFacts.attendingSchool(m.getSchooling()));
			row.setHighestEducation(RegisterFacts.education(m.getEducationLevel()));
			row.setEmployment(RegisterFacts.employment(m.getEmployment()));
			row.setDisabled(RegisterFacts.disabled(m.getDisability()));
			form.getMembers().add(row);
		}
		if (form.getMembers().isEmpty()) {
			form.getMembers().add(new CalculatorForm.MemberRow());
		}
		return form;
	}
}

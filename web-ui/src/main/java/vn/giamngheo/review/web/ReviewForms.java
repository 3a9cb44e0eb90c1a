package vn.giamngheo.review.web;

import java.time.LocalDate;
import vn.giamngheo.area.AreaView;
import vn.giamngheo.household.RegisterFacts;
import vn.giamngheo.household.RegisteredHousehold;
import vn.giamngheo.poverty.web.CalculatorForm;

/**
 * Pre-fills a review from the register, so the official checks and corrects facts instead
 * of typing them again.
 */
final class ReviewForms {

	private ReviewForms() {
	}

	static CalculatorForm fromRegister(RegisteredHousehold household, AreaView commune, LocalDate today) {
		CalculatorForm form = new CalculatorForm();
		form.setArea(commune.areaType());
		form.setReviewDate(today);
		form.setMemberCount(Math.max(1, household.memberCount()));
		for (RegisteredHousehold.Member m : household.members()) {
			CalculatorForm.MemberRow row = new CalculatorForm.MemberRow();
			row.setFullName(m.fullName());
			row.setDateOfBirth(m.dateOfBirth());
			row.setHealthInsurance(m.healthInsured());
			// one mapping of register values to facts, in core-domain (RegisterFacts),
			// constant by constant
			row.setAttendingSchool(RegisterFacts.attendingSchool(m.schooling()));
			row.setHighestEducation(RegisterFacts.education(m.educationLevel()));
			row.setEmployment(RegisterFacts.employment(m.employment()));
			row.setDisabled(RegisterFacts.disabled(m.disability()));
			form.getMembers().add(row);
		}
		if (form.getMembers().isEmpty()) {
			form.getMembers().add(new CalculatorForm.MemberRow());
		}
		return form;
	}

}

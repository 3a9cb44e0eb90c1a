package vn.giamngheo.household.web;

import java.util.UUID;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives each household form a fresh token, so submitting it twice registers one household
 * (HouseholdRegistration).
 */
@ControllerAdvice(basePackages = "vn.giamngheo.household.web")
class SubmissionTokens {

	@ModelAttribute("submissionToken")
	String submissionToken() {
		return UUID.randomUUID().toString();
	}

}

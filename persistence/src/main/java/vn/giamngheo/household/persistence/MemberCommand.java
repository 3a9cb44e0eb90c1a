package vn.giamngheo.household.persistence;

import java.time.LocalDate;
import vn.giamngheo.household.Disability;
import vn.giamngheo.household.EducationLevel;
import vn.giamngheo.household.Employment;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Schooling;
import vn.giamngheo.household.Sex;

/** What an official enters for a member of a household. */
public record MemberCommand(String fullName, LocalDate dateOfBirth, Sex sex, Ethnicity ethnicity, String citizenId,
		Relationship relationship, String healthInsuranceCard, Disability disability, Schooling schooling,
		EducationLevel educationLevel, Employment employment) {
}

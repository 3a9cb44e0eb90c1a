package vn.giamngheo.household;

import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.facts.EmploymentStatus;

/**
 * The one mapping from what the household register records to what the poverty rules read
 * (the review's facts) and back from a classification to the register's category. Each
 * enum is mapped constant by constant, never by name: the register and the rules are free
 * to name or split their values differently (the register knows "not of working age", the
 * rules do not), and a constant added on either side fails to compile here instead of
 * failing at run time in {@code valueOf}. {@code RegisterFactsTests} covers every
 * constant.
 */
public final class RegisterFacts {

	private RegisterFacts() {
	}

	/** The highest level completed, as ADULT_EDUCATION reads it. */
	public static vn.giamngheo.poverty.facts.EducationLevel education(EducationLevel level) {
		return switch (level) {
			case NONE -> vn.giamngheo.poverty.facts.EducationLevel.NONE;
			case PRIMARY -> vn.giamngheo.poverty.facts.EducationLevel.PRIMARY;
			case LOWER_SECONDARY -> vn.giamngheo.poverty.facts.EducationLevel.LOWER_SECONDARY;
			case UPPER_SECONDARY -> vn.giamngheo.poverty.facts.EducationLevel.UPPER_SECONDARY;
			case VOCATIONAL_ELEMENTARY -> vn.giamngheo.poverty.facts.EducationLevel.VOCATIONAL_ELEMENTARY;
			case VOCATIONAL_INTERMEDIATE -> vn.giamngheo.poverty.facts.EducationLevel.VOCATIONAL_INTERMEDIATE;
			case COLLEGE -> vn.giamngheo.poverty.facts.EducationLevel.COLLEGE;
			// the register's "university or above" holds THPT, which is all
			// ADULT_EDUCATION asks
			case UNIVERSITY -> vn.giamngheo.poverty.facts.EducationLevel.UNIVERSITY;
		};
	}

	/**
	 * Work status as EMPLOYMENT reads it; outside working age nobody is counted, whatever
	 * the register says.
	 */
	public static EmploymentStatus employment(Employment employment) {
		return switch (employment) {
			case EMPLOYED_WITH_CONTRACT -> EmploymentStatus.EMPLOYED_WITH_CONTRACT;
			case EMPLOYED_WITHOUT_CONTRACT -> EmploymentStatus.EMPLOYED_WITHOUT_CONTRACT;
			case SELF_EMPLOYED -> EmploymentStatus.SELF_EMPLOYED;
			case UNEMPLOYED -> EmploymentStatus.UNEMPLOYED;
			case NOT_WORKING_AGE, NOT_IN_LABOUR_FORCE -> EmploymentStatus.NOT_IN_LABOUR_FORCE;
		};
	}

	/** At school now, as CHILD_SCHOOL_ATTENDANCE and ADULT_EDUCATION read it. */
	public static boolean attendingSchool(Schooling schooling) {
		return switch (schooling) {
			case ATTENDING -> true;
			case NOT_SCHOOL_AGE, NOT_ATTENDING, DROPPED_OUT -> false;
		};
	}

	/** Disabled in any degree (Law on Persons with Disabilities 2010, Art. 3(2)). */
	public static boolean disabled(Disability disability) {
		return switch (disability) {
			case NONE -> false;
			case MILD, SEVERE, ESPECIALLY_SEVERE -> true;
		};
	}

	/**
	 * The register's category for a classification's outcome: what an approved review
	 * writes to the household.
	 */
	public static HouseholdCategory category(PovertyCategory category) {
		return switch (category) {
			case POOR -> HouseholdCategory.POOR;
			case NEAR_POOR -> HouseholdCategory.NEAR_POOR;
			case AVERAGE_LIVING -> HouseholdCategory.AVERAGE_LIVING;
			case NOT_POOR -> HouseholdCategory.NOT_POOR;
		};
	}

}

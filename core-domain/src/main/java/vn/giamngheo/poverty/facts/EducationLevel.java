package vn.giamngheo.poverty.facts;

/**
 * Highest completed level of general education or vocational training. Vocational levels
 * follow the Law on Vocational Education 2014 (sơ cấp, trung cấp, cao đẳng); UNIVERSITY
 * and above count as holding THPT.
 */
public enum EducationLevel {

	NONE, PRIMARY, // tiểu học
	LOWER_SECONDARY, // trung học cơ sở (THCS)
	UPPER_SECONDARY, // trung học phổ thông (THPT)
	VOCATIONAL_ELEMENTARY, // sơ cấp nghề
	VOCATIONAL_INTERMEDIATE, // trung cấp
	COLLEGE, // cao đẳng
	UNIVERSITY, // đại học
	POSTGRADUATE; // sau đại học

	/**
	 * Finished at least lower secondary (THCS); every vocational or higher level
	 * presupposes it.
	 */
	public boolean hasLowerSecondary() {
		return this != NONE && this != PRIMARY;
	}

	/**
	 * Holds upper secondary (THPT) or any vocational qualification: the 18–30 bar of
	 * ADULT_EDUCATION.
	 */
	public boolean hasUpperSecondaryOrVocational() {
		return ordinal() >= UPPER_SECONDARY.ordinal();
	}

}

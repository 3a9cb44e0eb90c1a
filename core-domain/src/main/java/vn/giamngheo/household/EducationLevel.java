package vn.giamngheo.household;

/**
 * Highest level completed (trình độ học vấn / chuyên môn), as the review forms ask it.
 */
public enum EducationLevel {

	NONE, PRIMARY, // tiểu học
	LOWER_SECONDARY, // trung học cơ sở (THCS)
	UPPER_SECONDARY, // trung học phổ thông (THPT)
	VOCATIONAL_ELEMENTARY, // sơ cấp nghề
	VOCATIONAL_INTERMEDIATE, // trung cấp
	COLLEGE, // cao đẳng
	UNIVERSITY // đại học trở lên

}

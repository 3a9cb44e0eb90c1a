package vn.giamngheo.support;

/**
 * Household characteristics a program may target besides the category (columns of the
 * household register).
 */
public enum HouseholdFlag {

	NO_LABOUR_CAPACITY, // hộ không có khả năng lao động
	MERITORIOUS_MEMBER, // hộ có thành viên là người có công
	SOCIAL_PROTECTION, // hộ bảo trợ xã hội
	FREE_MIGRANT_FROM_CAMBODIA, // hộ di dân tự do từ Campuchia
	ETHNIC_MINORITY // hộ dân tộc thiểu số

}

package vn.giamngheo.household;

/** The category a household holds on the commune's current approved list. */
public enum HouseholdCategory {

	POOR, // hộ nghèo
	NEAR_POOR, // hộ cận nghèo
	AVERAGE_LIVING, // hộ có mức sống trung bình
	NOT_POOR, // hộ không nghèo
	NOT_REVIEWED // chưa rà soát

}

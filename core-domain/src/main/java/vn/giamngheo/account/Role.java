package vn.giamngheo.account;

/** What an account may do; where it may do it is its {@link Scope}. */
public enum Role {
	COMMUNE_OFFICIAL, // cán bộ xã: reads and writes the households of one commune
	DISTRICT_OFFICER, // cán bộ Phòng LĐ-TB&XH: a district's communes, or a set the province assigns after 1 Jul 2025
	PROVINCIAL_VIEWER, // Sở: aggregated figures of one province, never lists of named people
	ADMIN // quản trị: accounts and areas
}

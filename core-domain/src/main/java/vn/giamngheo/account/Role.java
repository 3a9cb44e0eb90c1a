package vn.giamngheo.account;

/** What an account may do; where it may do it is its {@link Scope}. */
public enum Role {

	COMMUNE_OFFICIAL, // cán bộ xã: reads and writes the households of one commune
	DISTRICT_OFFICER, // cán bộ Phòng LĐ-TB&XH: a district's communes, or a set the
						// province assigns after 1 Jul 2025
	PROVINCIAL_VIEWER, // Sở: aggregated figures of one province, never lists of named
						// people
	ADMIN, // quản trị: accounts and areas
	// cán bộ bảo vệ dữ liệu cá nhân: reads the audit of personal data and nothing else;
	// the person or unit a controller
	// of sensitive data designates (Decree 13/2023/NĐ-CP, Art. 28; Law 91/2025/QH15 on
	// personal data protection)
	DATA_PROTECTION_OFFICER

}

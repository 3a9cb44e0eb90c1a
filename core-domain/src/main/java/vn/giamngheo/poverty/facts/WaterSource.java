package vn.giamngheo.poverty.facts;

/**
 * Main domestic water source. The "clean" list follows the domain README 1.5 indicator 9
 * (weak; Decree 07/2021/NĐ-CP annex not checked): piped, drilled well, protected dug
 * well, protected spring, rainwater, bottled water.
 */
public enum WaterSource {

	PIPED(true), // nước máy
	DRILLED_WELL(true), // giếng khoan
	PROTECTED_DUG_WELL(true), // giếng đào được bảo vệ
	PROTECTED_SPRING(true), // nước khe mó được bảo vệ
	RAINWATER(true), // nước mưa
	BOTTLED(true), // nước đóng chai
	UNPROTECTED_DUG_WELL(false), UNPROTECTED_SPRING(false), SURFACE_WATER(false), // sông,
																					// suối,
																					// ao,
																					// hồ
	OTHER(false);

	private final boolean clean;

	WaterSource(boolean clean) {
		this.clean = clean;
	}

	public boolean isClean() {
		return clean;
	}

}

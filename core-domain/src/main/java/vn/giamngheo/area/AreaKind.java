package vn.giamngheo.area;

/**
 * The named kind of a unit within its tier: a commune-level unit is a xã, phường, thị
 * trấn or đặc khu.
 */
public enum AreaKind {

	PROVINCE(AreaLevel.PROVINCE), // tỉnh
	CENTRAL_CITY(AreaLevel.PROVINCE), // thành phố trực thuộc trung ương
	DISTRICT(AreaLevel.DISTRICT), // huyện
	URBAN_DISTRICT(AreaLevel.DISTRICT), // quận
	TOWN(AreaLevel.DISTRICT), // thị xã
	PROVINCIAL_CITY(AreaLevel.DISTRICT), // thành phố thuộc tỉnh
	COMMUNE(AreaLevel.COMMUNE), // xã
	WARD(AreaLevel.COMMUNE), // phường
	TOWNSHIP(AreaLevel.COMMUNE), // thị trấn
	SPECIAL_ZONE(AreaLevel.COMMUNE), // đặc khu
	HAMLET(AreaLevel.VILLAGE), // ấp
	QUARTER(AreaLevel.VILLAGE), // khóm
	VILLAGE(AreaLevel.VILLAGE), // thôn / bản
	RESIDENTIAL_GROUP(AreaLevel.VILLAGE); // tổ dân phố

	private final AreaLevel level;

	AreaKind(AreaLevel level) {
		this.level = level;
	}

	public AreaLevel level() {
		return level;
	}

}

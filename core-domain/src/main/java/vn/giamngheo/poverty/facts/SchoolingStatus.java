package vn.giamngheo.poverty.facts;

public enum SchoolingStatus {

	ATTENDING, // đang đi học (including vocational training)
	NOT_ATTENDING

}

package vn.giamngheo.poverty.measures;

/**
 * Unit of the headcount: households (as in the official "tỷ lệ hộ nghèo") or persons
 * (members as weight).
 */
public enum Weighting {

	HOUSEHOLD, PERSON

}

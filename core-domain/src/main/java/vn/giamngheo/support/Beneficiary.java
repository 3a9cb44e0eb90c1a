package vn.giamngheo.support;

/** Whether a program is given to a household or to one of its members. */
public enum Beneficiary {

	HOUSEHOLD, PERSON

}

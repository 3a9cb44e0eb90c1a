package vn.giamngheo.household;

public enum Sex {

	MALE, FEMALE

}

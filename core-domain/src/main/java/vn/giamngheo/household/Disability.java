package vn.giamngheo.household;

/** Degree of disability under the Law on Persons with Disabilities 2010, Art. 3(2). */
public enum Disability {

	NONE, MILD, // nhẹ
	SEVERE, // nặng
	ESPECIALLY_SEVERE // đặc biệt nặng

}

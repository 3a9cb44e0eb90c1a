package vn.giamngheo.household;

/** Whether a member is at school now (tình trạng đi học). */
public enum Schooling {

	NOT_SCHOOL_AGE, ATTENDING, NOT_ATTENDING, DROPPED_OUT

}

package vn.giamngheo.support.persistence;

/** Where a VBSP loan stands. */
public enum LoanStatus {

	REQUESTED, LENT, REFUSED, REPAID

}

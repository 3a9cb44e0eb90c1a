package vn.giamngheo.household;

/**
 * Work status of a member (tình trạng việc làm); wage work without a contract matters for
 * the EMPLOYMENT indicator.
 */
public enum Employment {

	NOT_WORKING_AGE, EMPLOYED_WITH_CONTRACT, EMPLOYED_WITHOUT_CONTRACT, SELF_EMPLOYED, UNEMPLOYED, NOT_IN_LABOUR_FORCE

}

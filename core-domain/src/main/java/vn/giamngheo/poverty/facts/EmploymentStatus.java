package vn.giamngheo.poverty.facts;

public enum EmploymentStatus {

	EMPLOYED_WITH_CONTRACT,
	/**
	 * Wage work without a labour contract ("làm công ăn lương không có hợp đồng lao
	 * động").
	 */
	EMPLOYED_WITHOUT_CONTRACT, SELF_EMPLOYED,
	/** Able and willing to work but without a job ("thất nghiệp"). */
	UNEMPLOYED, NOT_IN_LABOUR_FORCE

}

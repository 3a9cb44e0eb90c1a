package vn.giamngheo.support;

/**
 * Marks the catalogue entries the coverage page counts: health-insurance cards, tuition
 * exemption, VBSP loans.
 */
public enum CoverageRole {

	HEALTH_INSURANCE, TUITION, LOAN

}

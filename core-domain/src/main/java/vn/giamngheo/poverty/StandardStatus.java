package vn.giamngheo.poverty;

/**
 * Lifecycle of a rule set; only ACTIVE standards are ever selected for a classification
 * (domain README 7.2).
 */
public enum StandardStatus {

	DRAFT, ACTIVE, RETIRED

}

package vn.giamngheo.report;

import java.util.Locale;

/**
 * The additive counts stored per commune and year (table {@code area_summary}, one column
 * per figure, named in lower case). Every report row is a sum of these over communes, so
 * a district equals the sum of its communes and a province the sum of its districts,
 * exactly.
 */
public enum Figure {

	HOUSEHOLDS, POOR, NEAR_POOR, AVERAGE_LIVING, NOT_POOR, NOT_REVIEWED,
	/**
	 * Households whose head is of an ethnic minority (not Kinh), and how many of them are
	 * poor or near-poor.
	 */
	MINORITY_HOUSEHOLDS, POOR_MINORITY, NEAR_POOR_MINORITY, KHMER_HOUSEHOLDS, POOR_KHMER, NEAR_POOR_KHMER,
	POOR_NO_LABOUR, NEAR_POOR_NO_LABOUR, POOR_MERIT, NEAR_POOR_MERIT, POOR_SOCIAL_PROTECTION,
	/**
	 * Review outcomes of the year (domain reference 2.6); zero where the year has no
	 * approved review.
	 */
	ESCAPED, NEWLY_POOR, RE_POOR, POOR_TO_NEAR_POOR, NEAR_POOR_TO_POOR, NEWLY_NEAR_POOR, RE_NEAR_POOR,
	ESCAPED_NEAR_POOR,
	/**
	 * Members of poor and near-poor households, and those of them holding a
	 * health-insurance card.
	 */
	MEMBERS_POOR_NEAR_POOR, INSURED_POOR_NEAR_POOR,
	/**
	 * Alkire–Foster sums over households with deficiency data: N, Q and S by household
	 * and by person.
	 */
	MPI_HOUSEHOLDS, MPI_PERSONS, MPI_POOR_HOUSEHOLDS, MPI_POOR_PERSONS, MPI_DEPRIVATIONS, MPI_DEPRIVATIONS_PERSONS;

	public String column() {
		return name().toLowerCase(Locale.ROOT);
	}

}

package vn.giamngheo.poverty;

/**
 * Income conversions. Poverty lines are per person per month in whole đồng (Decree
 * 07/2021/NĐ-CP, Art. 3(1)); the review estimates income over the previous 12 months
 * (Decision 24/2021/QĐ-TTg; domain README 2.3). All divisions floor, so a household is
 * never lifted above a line by rounding.
 */
public final class MonthlyIncome {

	public static final int MONTHS_PER_YEAR = 12;

	private MonthlyIncome() {
	}

	/** Household monthly income divided by members, floored to whole đồng. */
	public static long perCapita(long householdMonthlyIncome, int members) {
		requireNonNegative(householdMonthlyIncome);
		if (members < 1) {
			throw new IllegalArgumentException("a household has at least one member, was " + members);
		}
		return householdMonthlyIncome / members;
	}

	/** Annual income to a monthly figure, floored to whole đồng. */
	public static long fromAnnual(long annualIncome) {
		requireNonNegative(annualIncome);
		return annualIncome / MONTHS_PER_YEAR;
	}

	/**
	 * Annual household income to monthly per-capita income with a single floor (no double
	 * rounding).
	 */
	public static long perCapitaFromAnnual(long annualHouseholdIncome, int members) {
		requireNonNegative(annualHouseholdIncome);
		if (members < 1) {
			throw new IllegalArgumentException("a household has at least one member, was " + members);
		}
		return annualHouseholdIncome / ((long) MONTHS_PER_YEAR * members);
	}

	private static void requireNonNegative(long income) {
		if (income < 0) {
			throw new IllegalArgumentException("income must not be negative, was " + income);
		}
	}

}

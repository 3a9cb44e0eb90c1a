package vn.giamngheo.support;

import java.time.LocalDate;

/**
 * The period within which the same benefit may be received only once by the same
 * household or person ("hưởng trùng chính sách"). {@link #key} names the period a date
 * falls in; two grants of one program to one beneficiary with the same key are
 * duplicates.
 */
public enum DuplicatePeriod {

	/** No limit: emergency support may be given as often as needed. */
	NONE,
	/** Once ever (a house built under Project 5). */
	ONCE, YEAR, QUARTER, MONTH,
	/**
	 * One Tết: gifts handed out from October to September belong to the next lunar new
	 * year, so a gift on 28/12/2023 and one on 05/02/2024 are both "Tết Giáp Thìn 2024"
	 * and the second is a duplicate.
	 */
	TET_SEASON;

	/**
	 * The period {@code date} falls in, as stored with each disbursement ("2024",
	 * "2024-Q1", "TET-2024"...), or null when the program has no limit.
	 */
	public String key(LocalDate date) {
		return switch (this) {
			case NONE -> null;
			case ONCE -> "ONCE";
			case YEAR -> String.valueOf(date.getYear());
			case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
			case MONTH -> String.format("%d-%02d", date.getYear(), date.getMonthValue());
			case TET_SEASON -> "TET-" + date.plusMonths(3).getYear();
		};
	}

}

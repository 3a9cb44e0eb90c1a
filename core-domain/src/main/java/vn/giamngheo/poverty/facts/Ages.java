package vn.giamngheo.poverty.facts;

import java.time.LocalDate;

/**
 * Age in completed years ("tuổi tròn"), computed without allocating so that classifying
 * stays cheap.
 */
public final class Ages {

	private Ages() {
	}

	public static int yearsOn(LocalDate birthDate, LocalDate onDate) {
		int years = onDate.getYear() - birthDate.getYear();
		int onMonth = onDate.getMonthValue();
		int birthMonth = birthDate.getMonthValue();
		if (onMonth < birthMonth || (onMonth == birthMonth && onDate.getDayOfMonth() < birthDate.getDayOfMonth())) {
			years--;
		}
		return years;
	}

}

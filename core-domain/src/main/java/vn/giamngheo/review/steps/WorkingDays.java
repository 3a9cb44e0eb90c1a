package vn.giamngheo.review.steps;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days Monday to Friday. Public holidays (Tết, 30/4, 2/9 …) are not counted out:
 * they are set each year by the government, and the app has no calendar of them yet, so a
 * posting over a holiday may be a day short.
 */
public final class WorkingDays {

	private WorkingDays() {
	}

	/**
	 * Working days from {@code from} to {@code to}, both included; 0 when {@code to} is
	 * before {@code from}.
	 */
	public static int between(LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days++;
			}
		}
		return days;
	}

}

package vn.giamngheo.review.steps;

import java.time.LocalDate;

/** The dates of a review campaign (review_campaign.starts_on..ends_on, both included). */
public record Period(LocalDate startsOn, LocalDate endsOn) {

	public boolean contains(LocalDate date) {
		return !date.isBefore(startsOn) && !date.isAfter(endsOn);
	}
}

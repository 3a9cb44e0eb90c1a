package vn.giamngheo.review.steps;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The 15-day deadline of a regular review on application (Decision 24/2021/QĐ-TTg, Art.
 * 5; see {@link StepRules#REGULAR_DECISION_DAYS} for how the days are counted).
 */
public record RegularDeadline(LocalDate receivedOn, LocalDate dueOn) {

	public enum Status {

		OPEN, // đang trong hạn
		DUE_SOON, // còn ≤ 3 ngày
		OVERDUE, // quá hạn, chưa quyết định
		DECIDED_ON_TIME, // đã quyết định trong hạn
		DECIDED_LATE // đã quyết định nhưng quá hạn

	}

	public static RegularDeadline of(LocalDate receivedOn) {
		return new RegularDeadline(receivedOn, receivedOn.plusDays(StepRules.REGULAR_DECISION_DAYS));
	}

	/**
	 * @param decidedOn the chair's decision date, null while undecided
	 */
	public Status status(LocalDate decidedOn, LocalDate today) {
		if (decidedOn != null) {
			return decidedOn.isAfter(dueOn) ? Status.DECIDED_LATE : Status.DECIDED_ON_TIME;
		}
		if (today.isAfter(dueOn)) {
			return Status.OVERDUE;
		}
		return ChronoUnit.DAYS.between(today, dueOn) <= 3 ? Status.DUE_SOON : Status.OPEN;
	}

	/** Days past the deadline (positive) or left (negative or zero) on a day. */
	public long daysLate(LocalDate today) {
		return ChronoUnit.DAYS.between(dueOn, today);
	}
}

package vn.giamngheo.support.persistence;

import java.time.LocalDate;

/**
 * A Social Policy Bank loan as recorded by the commune: asked for, then lent (amount,
 * date, due date) or refused, and its outstanding balance as the bank's savings-and-loan
 * group reports it.
 */
public record LoanCommand(long householdId, long programId, LocalDate requestedOn, long requestedAmount,
		LoanStatus status, Long amount, LocalDate lentOn, LocalDate dueOn, long balance) {
}

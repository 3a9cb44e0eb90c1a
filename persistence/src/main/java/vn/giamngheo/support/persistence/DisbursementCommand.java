package vn.giamngheo.support.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.giamngheo.support.FundingSource;

/**
 * One benefit to record.
 *
 * @param householdId the household
 * @param memberId the member, required for a program given to people
 * @param amount value in đồng, or null for goods counted only by quantity
 * @param quantity quantity in the program's unit, or null for cash
 * @param acceptIneligible the officer saw the eligibility warning and records anyway
 * @param overrideReason why a duplicate is recorded anyway; blank leaves duplicates
 * refused
 */
public record DisbursementCommand(long householdId, Long memberId, long programId, LocalDate disbursedOn, Long amount,
		BigDecimal quantity, FundingSource fundingSource, String decisionRef, boolean acceptIneligible,
		String overrideReason) {
}

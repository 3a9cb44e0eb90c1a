package vn.giamngheo.support.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.SupportUnit;

/** A recorded disbursement as lists show it. */
public record DisbursementRow(long id, long householdId, String householdCode, String headName, String memberName,
		String commune, String programCode, String programName, SupportUnit unit, LocalDate disbursedOn, Long amount,
		BigDecimal quantity, FundingSource fundingSource, String decisionRef, String eligibilityWarning,
		String overrideReason, Long batchId, String recordedBy) {
}

package vn.giamngheo.support.event;

/**
 * Disbursement records were written (a grant recorded, a bulk grant), so every figure
 * counted from them is out of date once the transaction commits. Listeners drop what they
 * derived. A merge of two households, which moves their grants too, is the household
 * feature's {@code HouseholdsMerged}.
 *
 * @param reason what changed them, for logs
 */
public record SupportRecordsChanged(String reason) {
}

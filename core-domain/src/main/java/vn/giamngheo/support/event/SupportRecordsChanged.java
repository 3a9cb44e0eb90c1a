package vn.giamngheo.support.event;

/**
 * Disbursement records were written or moved (a grant recorded, a bulk grant, a household merged into another), so
 * every figure counted from them is out of date once the transaction commits. Listeners drop what they derived.
 *
 * @param reason what changed them, for logs
 */
public record SupportRecordsChanged(String reason) {
}

package vn.giamngheo.support;

/**
 * One benefit received, as far as duplicate detection cares: which program, to which
 * household (and member, for a program given to people), in which period.
 *
 * @param programId the catalogue entry
 * @param householdId the household
 * @param memberId the member for a per-person program, else null
 * @param periodKey {@link DuplicatePeriod#key} of its date; null when the program has no
 * limit
 */
public record Grant(long programId, long householdId, Long memberId, String periodKey) {

	/** The same benefit for the same beneficiary in the same period. */
	public boolean duplicates(Grant other) {
		return periodKey != null && programId == other.programId && householdId == other.householdId
				&& java.util.Objects.equals(memberId, other.memberId) && periodKey.equals(other.periodKey);
	}
}

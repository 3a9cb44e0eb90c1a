package vn.giamngheo.household.event;

/**
 * Two registered households were found to be one and merged: every record of the absorbed
 * household (members, reviews, grants, loans, assessments) now belongs to the survivor.
 * Features that derived figures from those records drop them; the household feature does
 * not need to know which.
 *
 * @param mergeId the merge journal's id
 * @param survivorId the household that remains
 * @param absorbedId the household merged into it
 */
public record HouseholdsMerged(long mergeId, long survivorId, long absorbedId) {
}

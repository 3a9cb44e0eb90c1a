package vn.giamngheo.household.event;

import vn.giamngheo.household.HouseholdCategory;

/**
 * A household's recognised category changed, always as the effect of a review step
 * (approval of an annual or regular review, or a reopening that restores the category of
 * the start of the period), never by a register edit.
 */
public record HouseholdCategoryChanged(long householdId, long communeId, HouseholdCategory from, HouseholdCategory to,
		String cause, String actor) {
}

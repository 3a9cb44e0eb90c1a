/**
 * The household register: households, members, their history, submissions, the register
 * import and duplicate detection and merging.
 * <p>
 * Writes {@code household}, {@code household_member}, {@code household_change},
 * {@code household_submission}, {@code household_merge(_step)},
 * {@code duplicate_candidate}, {@code register_import(_commune)}; only its
 * {@code RecognisedCategory} writes a household's category, on
 * {@code HouseholdCategoryChanged}. A merge moves every record that refers to the
 * absorbed household, whoever owns it (an explicit exception in
 * {@code ArchitectureTests}), and publishes {@code HouseholdsMerged}.
 * <p>
 * Its API: this package; {@code household::events} ({@code HouseholdCategoryChanged},
 * published by the review's approvals; {@code HouseholdsMerged});
 * {@code household::queries} ({@code HouseholdQueries}: the scoped search that support's
 * household lookup shares with the register's list, so both page and filter alike;
 * {@code RegisteredHouseholds}: one household as a {@code RegisteredHousehold} value, for
 * the review entry form).
 */
@ApplicationModule(displayName = "Household register", allowedDependencies = { "account", "account::caller", "area",
		"area::tree", "poverty", "poverty::facts", "shared" })
package vn.giamngheo.household;

import org.springframework.modulith.ApplicationModule;

/**
 * The register's domain events, records without behaviour.
 * {@code HouseholdCategoryChanged} lives here although the review publishes it: the
 * category is the household's, and the register, the audit and the reports listen to it
 * without depending on the review (which itself depends on the register).
 */
@NamedInterface("events")
package vn.giamngheo.household.event;

import org.springframework.modulith.NamedInterface;

package vn.giamngheo.support;

import java.time.LocalDate;
import java.util.Set;
import vn.giamngheo.household.HouseholdCategory;

/**
 * What an eligibility rule needs to know about a household.
 *
 * @param category the category on the current approved list
 * @param flags the household's characteristics
 * @param escapedOn when the household last left the poor or near-poor list, or null if it
 * never did
 */
public record HouseholdProfile(HouseholdCategory category, Set<HouseholdFlag> flags, LocalDate escapedOn) {

	public HouseholdProfile {
		flags = Set.copyOf(flags);
	}

	public static HouseholdProfile of(HouseholdCategory category, HouseholdFlag... flags) {
		return new HouseholdProfile(category, Set.of(flags), null);
	}

	public HouseholdProfile escaped(LocalDate on) {
		return new HouseholdProfile(category, flags, on);
	}
}

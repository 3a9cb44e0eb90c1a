package vn.giamngheo.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.giamngheo.household.HouseholdCategory;

/**
 * Who a program is for, as the district officer keeps it in the catalogue: a household
 * qualifies if its category is listed, or it has one of the flags, or it left the
 * poor/near-poor list no more than {@code escapedWithinYears} years before the date of
 * the support. A program that lists nothing is open to every household.
 *
 * @param categories categories that qualify
 * @param flags flags that qualify on their own (any one is enough)
 * @param escapedWithinYears 0 for none; 3 for "hộ mới thoát nghèo" (Decision
 * 28/2015/QĐ-TTg)
 */
public record Eligibility(Set<HouseholdCategory> categories, Set<HouseholdFlag> flags, int escapedWithinYears) {

	public static final int MAX_ESCAPED_YEARS = 10;

	public Eligibility {
		categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
		flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
		if (escapedWithinYears < 0 || escapedWithinYears > MAX_ESCAPED_YEARS) {
			throw new IllegalArgumentException("escapedWithinYears out of range: " + escapedWithinYears);
		}
	}

	public static Eligibility open() {
		return new Eligibility(Set.of(), Set.of(), 0);
	}

	public static Eligibility of(HouseholdCategory... categories) {
		return new Eligibility(Set.of(categories), Set.of(), 0);
	}

	public Eligibility withFlags(HouseholdFlag... more) {
		return new Eligibility(categories, Set.of(more), escapedWithinYears);
	}

	public Eligibility withEscapedWithin(int years) {
		return new Eligibility(categories, flags, years);
	}

	public boolean isOpen() {
		return categories.isEmpty() && flags.isEmpty() && escapedWithinYears == 0;
	}

	/**
	 * Empty when the household qualifies on {@code on}; otherwise the reason it does not.
	 */
	public Optional<Ineligibility> check(HouseholdProfile household, LocalDate on) {
		if (isOpen() || categories.contains(household.category())
				|| household.flags().stream().anyMatch(flags::contains) || escapedRecently(household, on)) {
			return Optional.empty();
		}
		if (escapedWithinYears > 0 && household.escapedOn() != null && !household.escapedOn().isAfter(on)) {
			return Optional.of(new Ineligibility("support.ineligible.escapedTooLongAgo",
					List.of(household.escapedOn(), escapedWithinYears)));
		}
		return Optional
			.of(new Ineligibility("support.ineligible.category", List.of(household.category().name(), describe())));
	}

	private boolean escapedRecently(HouseholdProfile household, LocalDate on) {
		return escapedWithinYears > 0 && household.escapedOn() != null && !household.escapedOn().isAfter(on)
				&& household.escapedOn().plusYears(escapedWithinYears).isAfter(on);
	}

	/**
	 * Codes of what qualifies, for the reason shown ("POOR, NEAR_POOR, ESCAPED_3"),
	 * translated by the web layer.
	 */
	public List<String> describe() {
		List<String> parts = categories.stream().sorted().map(Enum::name).collect(Collectors.toList());
		flags.stream().sorted().map(f -> "FLAG_" + f.name()).forEach(parts::add);
		if (escapedWithinYears > 0) {
			parts.add("ESCAPED_" + escapedWithinYears);
		}
		return parts;
	}
}

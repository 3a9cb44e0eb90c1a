package vn.giamngheo.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What accounts need of the area tree, declared here and implemented by the area feature
 * ({@code AccountAreaDirectory}): {@code area} depends on this module (a caller's
 * {@link Scope}, the logged-in user), so {@code account} must not depend on {@code area}
 * back; the two made the last module cycle (issue 10, src-docs/developer/decisions.md).
 */
public interface AccountAreas {

	/**
	 * Every commune under the given areas (themselves included when they are communes),
	 * at any depth.
	 */
	Set<Long> communesUnder(Collection<Long> areaIds);

	/** The tier of each of the given areas that exists. */
	Map<Long, Tier> tiersOf(Collection<Long> areaIds);

	/**
	 * The areas an account can be given: provinces, then districts, then communes, each
	 * by name.
	 */
	List<Assignable> assignable();

	/**
	 * The tiers of the tree an account's areas are checked against
	 * ({@code AccountService.create}).
	 */
	enum Tier {

		PROVINCE, DISTRICT, COMMUNE, VILLAGE

	}

	/**
	 * An area that can be given to an account; {@code kind} names its label
	 * ({@code kind.<kind>} in messages).
	 */
	record Assignable(long id, String name, String kind, Tier tier) {
	}

}

package vn.giamngheo.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds "hưởng trùng chính sách": the same benefit twice for the same household or person
 * in the same period. A duplicate is blocked unless an officer overrides it with a reason
 * that is kept with the record.
 */
public final class Duplicates {

	private Duplicates() {
	}

	/** The grants already recorded that {@code candidate} would duplicate. */
	public static List<Grant> of(Grant candidate, List<Grant> existing) {
		return existing.stream().filter(candidate::duplicates).toList();
	}

	/**
	 * Splits a bulk list: the grants that may be recorded, in order, and the ones that
	 * would duplicate a recorded grant or an earlier grant of the same list.
	 */
	public static Split split(List<Grant> candidates, List<Grant> existing) {
		Set<Grant> seen = new HashSet<>(existing.stream().filter(g -> g.periodKey() != null).toList());
		List<Grant> accepted = new ArrayList<>();
		List<Grant> duplicates = new ArrayList<>();
		for (Grant g : candidates) {
			if (g.periodKey() != null && !seen.add(g)) {
				duplicates.add(g);
			}
			else {
				accepted.add(g);
			}
		}
		return new Split(accepted, duplicates);
	}

	public record Split(List<Grant> accepted, List<Grant> duplicates) {
	}

}

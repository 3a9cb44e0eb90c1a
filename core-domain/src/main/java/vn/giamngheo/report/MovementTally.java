package vn.giamngheo.report;

import java.util.Objects;
import vn.giamngheo.household.HouseholdCategory;

/**
 * Counts the movement tables (poor and near-poor) of one area from each household's place
 * at the start and at the end of the period. Every household falls in exactly one cell of
 * each table, so the tables reconcile by construction and the tables of disjoint areas
 * add up to the table of their union.
 * <p>
 * A household's start is its category on the previous period's official list of the
 * area's units ({@code null} when it was not on the area's register then); its end is its
 * category on this period's list ({@code null} when it left the area).
 * {@code elsewhereAtStart} says a household absent at the start stood on another area's
 * list (it moved in: an other increase, not a newly poor household);
 * {@code wasOnListBefore} says it had been on the list in an earlier period (re-poor,
 * Decision 24/2021/QĐ-TTg reporting forms).
 */
public final class MovementTally {

	private final long[] poor = new long[7];

	private final long[] nearPoor = new long[7];

	private static final int START = 0, ESCAPED = 1, NEW = 2, RE = 3, OTHER_LIST = 4, IN = 5, OUT = 6;

	public MovementTally add(HouseholdCategory start, HouseholdCategory end, boolean elsewhereAtStart,
			boolean wasOnListBefore, long households) {
		count(poor, HouseholdCategory.POOR, HouseholdCategory.NEAR_POOR, start, end, elsewhereAtStart, wasOnListBefore,
				households);
		count(nearPoor, HouseholdCategory.NEAR_POOR, HouseholdCategory.POOR, start, end, elsewhereAtStart,
				wasOnListBefore, households);
		return this;
	}

	private static void count(long[] t, HouseholdCategory list, HouseholdCategory other, HouseholdCategory start,
			HouseholdCategory end, boolean elsewhere, boolean before, long n) {
		boolean s = start == list;
		boolean e = end == list;
		if (s) {
			t[START] += n;
		}
		if (s && !e) {
			t[end == null ? OUT : end == other ? OTHER_LIST : ESCAPED] += n;
		}
		else if (!s && e) {
			if (start == null && elsewhere) {
				t[IN] += n;
			}
			else {
				t[before ? RE : NEW] += n;
			}
		}
	}

	public Movement poor() {
		return movement(poor);
	}

	public Movement nearPoor() {
		return movement(nearPoor);
	}

	private static Movement movement(long[] t) {
		long end = t[START] + t[NEW] + t[RE] + t[IN] - t[ESCAPED] - t[OTHER_LIST] - t[OUT];
		return new Movement(t[START], t[ESCAPED], t[NEW], t[RE], t[OTHER_LIST], t[IN], t[OUT], end);
	}

	/** The poor and near-poor tables of one area. */
	public record Tables(Movement poor, Movement nearPoor) {

		public static final Tables EMPTY = new Tables(Movement.EMPTY, Movement.EMPTY);

		public Tables {
			Objects.requireNonNull(poor);
			Objects.requireNonNull(nearPoor);
		}

		public Tables plus(Tables o) {
			return new Tables(poor.plus(o.poor), nearPoor.plus(o.nearPoor));
		}
	}

	public Tables tables() {
		return new Tables(poor(), nearPoor());
	}

}

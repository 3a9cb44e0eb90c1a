package vn.giamngheo.report;

import java.util.List;

/**
 * The movement table of one list (poor or near-poor) of one area over one period, as the
 * annual review reports it (Decision 24/2021/QĐ-TTg, Art. 4; reporting forms of Circular
 * 07/2021/TT-BLĐTBXH, Appendix III): households on the list at the start of the period
 * (the previous period's official end), the decreases (escaped, moved to the other list,
 * other decreases: moved away, died, merged households), the increases (newly on the
 * list, back on it after having left it, other increases: moved in) and the households on
 * the list at the end.
 * <p>
 * For the near-poor list the same keys read: {@code escaped} = left both lists,
 * {@code toNearPoor} = moved to the other list (near-poor → poor), {@code newlyPoor} =
 * newly near-poor (including poor → near-poor), {@code rePoor} = near-poor again.
 * <p>
 * The identity
 * {@code start + newlyPoor + rePoor + otherIn − escaped − toNearPoor − otherOut = end}
 * holds for every instance: the constructor refuses one that does not reconcile, so no
 * report can show a table that does not add up.
 */
public record Movement(long start, long escaped, long newlyPoor, long rePoor, long toNearPoor, long otherIn,
		long otherOut, long end) {

	public static final Movement EMPTY = new Movement(0, 0, 0, 0, 0, 0, 0, 0);

	public Movement {
		for (long v : new long[] { start, escaped, newlyPoor, rePoor, toNearPoor, otherIn, otherOut, end }) {
			if (v < 0) {
				throw new IllegalArgumentException("negative count in a movement table");
			}
		}
		if (start + newlyPoor + rePoor + otherIn - escaped - toNearPoor - otherOut != end) {
			throw new IllegalArgumentException(
					"movement does not reconcile: start " + start + " + increases " + (newlyPoor + rePoor + otherIn)
							+ " - decreases " + (escaped + toNearPoor + otherOut) + " != end " + end);
		}
	}

	public long increases() {
		return newlyPoor + rePoor + otherIn;
	}

	public long decreases() {
		return escaped + toNearPoor + otherOut;
	}

	/**
	 * The movement of two disjoint areas together (communes of a district, districts of a
	 * province).
	 */
	public Movement plus(Movement o) {
		return new Movement(start + o.start, escaped + o.escaped, newlyPoor + o.newlyPoor, rePoor + o.rePoor,
				toNearPoor + o.toNearPoor, otherIn + o.otherIn, otherOut + o.otherOut, end + o.end);
	}

	public static Movement sum(List<Movement> parts) {
		return parts.stream().reduce(EMPTY, Movement::plus);
	}
}

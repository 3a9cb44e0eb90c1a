package vn.giamngheo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giamngheo.household.HouseholdCategory;

/**
 * Random histories of a province (households recognised, moving between communes,
 * leaving, appearing, over several periods): every commune's tables reconcile with the
 * lists they were counted from, the province's table is the sum of its communes', its
 * start is the previous period's end, and moves inside the province cancel out.
 */
class MovementPropertyTests {

	static final HouseholdCategory[] CATEGORIES = { HouseholdCategory.POOR, HouseholdCategory.NEAR_POOR,
			HouseholdCategory.AVERAGE_LIVING, HouseholdCategory.NOT_POOR };

	record Place(int commune, HouseholdCategory category) {
	}

	static LongStream seeds() {
		return LongStream.range(1, 41);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void communeTablesReconcileAndAddUpToTheProvince(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int communes = 2 + random.nextInt(6);
		int years = 2 + random.nextInt(4);
		List<Map<Integer, Place>> lists = new ArrayList<>();
		Map<Integer, Place> current = new HashMap<>();
		int next = 0;
		for (int i = 0; i < 50 + random.nextInt(200); i++) {
			current.put(next++, new Place(random.nextInt(communes), CATEGORIES[random.nextInt(4)]));
		}
		lists.add(current);
		for (int y = 1; y < years; y++) {
			Map<Integer, Place> nextList = new HashMap<>();
			for (var e : current.entrySet()) {
				int r = random.nextInt(100);
				if (r < 5) {
					continue; // moved out of the province, died, merged into another
								// household
				}
				int commune = r < 12 ? random.nextInt(communes) : e.getValue().commune();
				HouseholdCategory category = r < 50 ? CATEGORIES[random.nextInt(4)] : e.getValue().category();
				nextList.put(e.getKey(), new Place(commune, category));
			}
			for (int i = random.nextInt(20); i > 0; i--) {
				nextList.put(next++, new Place(random.nextInt(communes), CATEGORIES[random.nextInt(4)]));
			}
			lists.add(nextList);
			current = nextList;
		}
		for (int y = 1; y < years; y++) {
			Map<Integer, Place> start = lists.get(y - 1);
			Map<Integer, Place> end = lists.get(y);
			List<MovementTally.Tables> units = new ArrayList<>();
			for (int c = 0; c < communes; c++) {
				MovementTally tally = new MovementTally();
				java.util.Set<Integer> ids = new java.util.HashSet<>(start.keySet());
				ids.addAll(end.keySet());
				for (int id : ids) {
					Place s = start.get(id);
					Place e = end.get(id);
					HouseholdCategory sc = s != null && s.commune() == c ? s.category() : null;
					HouseholdCategory ec = e != null && e.commune() == c ? e.category() : null;
					if (sc == null && ec == null) {
						continue;
					}
					boolean before = wasOnListBefore(lists, y - 1, id, ec);
					tally.add(sc, ec, s != null && s.commune() != c, before, 1);
				}
				MovementTally.Tables t = tally.tables();
				final int commune = c;
				assertThat(t.poor().start()).isEqualTo(count(start, commune, HouseholdCategory.POOR));
				assertThat(t.poor().end()).isEqualTo(count(end, commune, HouseholdCategory.POOR));
				assertThat(t.nearPoor().start()).isEqualTo(count(start, commune, HouseholdCategory.NEAR_POOR));
				assertThat(t.nearPoor().end()).isEqualTo(count(end, commune, HouseholdCategory.NEAR_POOR));
				units.add(t);
			}
			MovementTally.Tables province = units.stream()
				.reduce(MovementTally.Tables.EMPTY, MovementTally.Tables::plus);
			assertThat(province.poor().start()).isEqualTo(count(start, -1, HouseholdCategory.POOR));
			assertThat(province.poor().end()).isEqualTo(count(end, -1, HouseholdCategory.POOR));
			assertThat(province.poor())
				.isEqualTo(Movement.sum(units.stream().map(MovementTally.Tables::poor).toList()));
			// A household that moved between communes leaves one and enters another:
			// province-wide they cancel.
			long movedPoor = end.entrySet()
				.stream()
				.filter(e -> start.containsKey(e.getKey()) && start.get(e.getKey()).commune() != e.getValue().commune()
						&& e.getValue().category() == HouseholdCategory.POOR)
				.count();
			assertThat(province.poor().otherIn()).isEqualTo(movedPoor);
		}
	}

	private static boolean wasOnListBefore(List<Map<Integer, Place>> lists, int upTo, int id, HouseholdCategory end) {
		for (int y = 0; y <= upTo; y++) {
			Place p = lists.get(y).get(id);
			if (p != null && end != null && p.category() == end) {
				return true;
			}
		}
		return false;
	}

	private static long count(Map<Integer, Place> list, int commune, HouseholdCategory category) {
		return list.values()
			.stream()
			.filter(p -> (commune < 0 || p.commune() == commune) && p.category() == category)
			.count();
	}

}

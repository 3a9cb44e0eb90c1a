package vn.giamngheo.support.persistence;

import java.util.List;
import vn.giamngheo.support.persistence.SupportQueries.TotalRow;
import vn.giamngheo.support.persistence.SupportQueries.Totals;

/**
 * Small-cell suppression for figures shown to the province (issue 11, finding 9): a group
 * of fewer than {@link #MIN_HOUSEHOLDS} households is left out, and the total is the sum
 * of the groups shown, so it cannot be subtracted back out ("1 hộ, 50.000 đ" for one
 * commune, program and day names a family). Five is the threshold statistical offices
 * commonly use for frequency tables (e.g. Eurostat, ONS disclosure guidance).
 */
public final class SmallCells {

	public static final int MIN_HOUSEHOLDS = 5;

	private SmallCells() {
	}

	public static Totals suppress(Totals totals) {
		List<TotalRow> kept = totals.rows().stream().filter(r -> r.households() >= MIN_HOUSEHOLDS).toList();
		if (kept.size() == totals.rows().size() && totals.all().households() >= MIN_HOUSEHOLDS) {
			return totals;
		}
		long records = kept.stream().mapToLong(TotalRow::records).sum();
		long amount = kept.stream().mapToLong(TotalRow::amount).sum();
		long households = Math.min(totals.all().households(), kept.stream().mapToLong(TotalRow::households).sum());
		if (households < MIN_HOUSEHOLDS) {
			return new Totals(totals.groupBy(), List.of(), new TotalRow("", "", 0, 0, 0, null, null));
		}
		return new Totals(totals.groupBy(), kept, new TotalRow("", "", records, households, amount, null, null));
	}

}

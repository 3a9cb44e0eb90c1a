package vn.giamngheo.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.support.persistence.SupportQueries.TotalRow;
import vn.giamngheo.support.persistence.SupportQueries.Totals;

class SmallCellsTests {

	static TotalRow row(String key, long households, long amount) {
		return new TotalRow(key, key, households, households, amount, null, null);
	}

	@Test
	void aGroupOfFewerThanFiveHouseholdsIsHiddenAndLeftOutOfTheTotal() {
		Totals totals = new Totals(SupportQueries.GroupBy.COMMUNE,
				List.of(row("A", 12, 1_200_000), row("B", 1, 50_000)), row("", 13, 1_250_000));
		Totals shown = SmallCells.suppress(totals);
		assertThat(shown.rows()).extracting(TotalRow::key).containsExactly("A");
		assertThat(shown.all().amount()).as("no subtraction reveals B").isEqualTo(1_200_000);
		assertThat(shown.all().households()).isEqualTo(12);
	}

	@Test
	void aTotalOfFewerThanFiveHouseholdsShowsNothing() {
		Totals shown = SmallCells
			.suppress(new Totals(SupportQueries.GroupBy.PROGRAM, List.of(row("TET", 4, 200_000)), row("", 4, 200_000)));
		assertThat(shown.rows()).isEmpty();
		assertThat(shown.all().amount()).isZero();
	}

	@Test
	void groupsOfFiveOrMoreStayAsTheyAre() {
		Totals totals = new Totals(SupportQueries.GroupBy.PROGRAM, List.of(row("TET", 5, 250_000)),
				row("", 5, 250_000));
		assertThat(SmallCells.suppress(totals)).isSameAs(totals);
	}

}

package vn.giamngheo.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryPeriodTests {

	private static final long COMMUNE = 7;

	/**
	 * The campaign runs 01/09/2031 – 14/12/2031. {@code windows}: "-" for none, else
	 * {@code commune@from..until} joined by "+", where commune "*" means every commune of
	 * the campaign.
	 */
	@ParameterizedTest(name = "{0} with windows {1}: open = {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2031-08-31 | -                                     | false
			2031-09-01 | -                                     | true
			2031-10-15 | -                                     | true
			2031-12-14 | -                                     | true
			2031-12-15 | -                                     | false
			2031-12-15 | *@2031-12-15..2031-12-31              | true
			2031-12-31 | *@2031-12-15..2031-12-31              | true
			2032-01-01 | *@2031-12-15..2031-12-31              | false
			2031-12-20 | 7@2031-12-16..2031-12-31              | true
			2031-12-20 | 8@2031-12-16..2031-12-31              | false
			2031-12-20 | 8@2031-12-16..2031-12-31+*@2031-12-16..2031-12-18 | false
			2031-12-20 | 8@2031-12-16..2031-12-31+7@2031-12-19..2032-01-10 | true
			2031-12-20 | *@2031-12-21..2031-12-31              | false
			2031-08-31 | *@2031-08-30..2032-12-31              | true
			2031-08-31 | *@2031-09-01..2032-12-31              | false
			2031-10-01 | 8@2031-09-01..2031-09-02              | true
			""")
	void a_review_is_entered_within_the_campaign_dates_or_a_late_window_of_its_commune(LocalDate on, String windows,
			boolean open) {
		assertThat(period(windows).isOpen(on, COMMUNE)).isEqualTo(open);
	}

	@Test
	void the_window_in_use_is_named_only_outside_the_campaign_dates_and_is_the_one_lasting_longest() {
		EntryPeriod period = period("7@2031-12-01..2031-12-31+*@2031-12-01..2032-01-05+8@2031-12-01..2032-02-01");
		assertThat(period.window(LocalDate.of(2031, 12, 1), COMMUNE)).isEmpty();
		assertThat(period.window(LocalDate.of(2031, 12, 20), COMMUNE)).get()
			.extracting(EntryPeriod.LateEntry::until)
			.isEqualTo(LocalDate.of(2032, 1, 5));
		assertThat(period.window(LocalDate.of(2032, 1, 20), COMMUNE)).isEmpty();
		assertThat(period.window(LocalDate.of(2032, 1, 20), 8)).isPresent();
	}

	private static EntryPeriod period(String windows) {
		List<EntryPeriod.LateEntry> list = new ArrayList<>();
		if (!windows.equals("-")) {
			for (String w : windows.split("\\+")) {
				String[] parts = w.split("@");
				String[] days = parts[1].split("\\.\\.");
				list.add(new EntryPeriod.LateEntry(parts[0].equals("*") ? null : Long.valueOf(parts[0]),
						LocalDate.parse(days[0]), LocalDate.parse(days[1]), "lý do"));
			}
		}
		return new EntryPeriod(LocalDate.of(2031, 9, 1), LocalDate.of(2031, 12, 14), list);
	}

}

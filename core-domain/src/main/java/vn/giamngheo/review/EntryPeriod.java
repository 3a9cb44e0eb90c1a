package vn.giamngheo.review;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a campaign takes household reviews (issue 14, item 3: campaign dates are
 * enforced). A review is entered or changed only from the campaign's first day to its
 * last (Decision 24/2021/QĐ-TTg, Art. 3: the periodic review runs 1 September – 14
 * December unless the province fixes other dates). The officer who owns the campaign may
 * grant a late-entry window, for the whole campaign or one commune: from the day it is
 * granted to its end, entry is open whatever the campaign's dates.
 */
public record EntryPeriod(LocalDate startsOn, LocalDate endsOn, List<LateEntry> lateEntries) {

	/**
	 * A late-entry window, {@code from} the day it was granted {@code until} its end, for
	 * one commune or all (null).
	 */
	public record LateEntry(Long communeId, LocalDate from, LocalDate until, String reason) {

		public LateEntry {
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(until, "until");
		}

		public boolean appliesTo(long commune) {
			return communeId == null || communeId == commune;
		}

		public boolean covers(LocalDate on, long commune) {
			return appliesTo(commune) && !on.isBefore(from) && !on.isAfter(until);
		}
	}

	public EntryPeriod {
		Objects.requireNonNull(startsOn, "startsOn");
		Objects.requireNonNull(endsOn, "endsOn");
		lateEntries = List.copyOf(lateEntries);
	}

	public boolean withinCampaign(LocalDate on) {
		return !on.isBefore(startsOn) && !on.isAfter(endsOn);
	}

	/** Whether a commune may enter or change a review of the campaign on a day. */
	public boolean isOpen(LocalDate on, long communeId) {
		return withinCampaign(on) || window(on, communeId).isPresent();
	}

	/**
	 * The window that opens entry on a day outside the campaign's dates (the one lasting
	 * longest), if any.
	 */
	public Optional<LateEntry> window(LocalDate on, long communeId) {
		if (withinCampaign(on)) {
			return Optional.empty();
		}
		return lateEntries.stream().filter(w -> w.covers(on, communeId)).max(Comparator.comparing(LateEntry::until));
	}
}

package vn.giamngheo.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.giamngheo.account.Role;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.CommuneReviewList.Entry;
import vn.giamngheo.review.CommuneReviewList.Moved;
import vn.giamngheo.review.chain.ApprovalChain;

/**
 * The household reviews on one {@link CommuneReviewList} and how they move through
 * {@link ReviewProcedure} under the list's approval chain: all those in a state at once
 * (a list step, within the chain's deadline where the province enforces it) or one alone.
 * Each move raises the review's version, as the stored row's does.
 */
final class ListReviews implements Iterable<Entry> {

	private final ApprovalChain chain;

	private final LocalDate periodEnd;

	private final List<Entry> entries;

	/** The day steps are taken, for the chain's deadlines; null checks none. */
	private LocalDate today;

	ListReviews(ApprovalChain chain, LocalDate periodEnd, List<Entry> entries) {
		this.chain = chain;
		this.periodEnd = periodEnd;
		this.entries = new ArrayList<>(entries);
	}

	void on(LocalDate day) {
		this.today = day;
	}

	@Override
	public Iterator<Entry> iterator() {
		return Collections.unmodifiableList(entries).iterator();
	}

	Stream<Entry> stream() {
		return entries.stream();
	}

	boolean isEmpty() {
		return entries.isEmpty();
	}

	List<Entry> copy() {
		return List.copyOf(entries);
	}

	/**
	 * Moves every review in one of the {@code from} states; refused when the step is not
	 * allowed or moves none.
	 */
	List<Moved> moveAll(ReviewAction action, Set<ReviewState> from, Role by, String reason) {
		requireInTime(action, by);
		ReviewState to = refuseUnless(ReviewProcedure.step(chain, from.iterator().next(), action, by, reason));
		List<Moved> moved = new ArrayList<>();
		for (Entry r : List.copyOf(entries)) {
			if (from.contains(r.state())) {
				moved.add(new Moved(r, to));
				replace(r, to);
			}
		}
		if (moved.isEmpty()) {
			throw new ReviewRefused("action", "review.list.nothingTo." + action.name());
		}
		return List.copyOf(moved);
	}

	/** Moves one review of the list. */
	Moved move(long reviewId, ReviewAction action, Role by, String reason) {
		Entry entry = entries.stream()
			.filter(r -> r.reviewId() == reviewId)
			.findFirst()
			.orElseThrow(() -> new ReviewRefused("action", "review.refused.state"));
		ReviewState to = refuseUnless(ReviewProcedure.step(chain, entry.state(), action, by, reason));
		replace(entry, to);
		return new Moved(entry, to);
	}

	/**
	 * The states the chain counts as decided (approved, or taken further by the upper
	 * tier).
	 */
	Set<ReviewState> decided() {
		Set<ReviewState> decided = EnumSet.noneOf(ReviewState.class);
		for (ReviewState s : ReviewState.values()) {
			if (chain.decided(s)) {
				decided.add(s);
			}
		}
		return decided;
	}

	Map<PovertyCategory, Long> countsByCategory() {
		Map<PovertyCategory, Long> counts = new EnumMap<>(PovertyCategory.class);
		entries.forEach(r -> counts.merge(r.category(), 1L, Long::sum));
		return counts;
	}

	/** Reviews neither in the {@code ready} state nor decided. */
	long notReady(ReviewState ready) {
		return entries.stream().filter(r -> r.state() != ready && !chain.decided(r.state())).count();
	}

	private void requireInTime(ReviewAction action, Role by) {
		if (today == null || chain.step(action).isEmpty()) {
			return;
		}
		ReviewState from = chain.step(action).get().from();
		chain.check(from, action, by, true, today, periodEnd)
			.filter(r -> r.messageKey().equals("review.chain.deadlinePassed"))
			.ifPresent(r -> {
				throw new ReviewRefused(r.field(), r.messageKey());
			});
	}

	private void replace(Entry r, ReviewState to) {
		entries.set(entries.indexOf(r), new Entry(r.reviewId(), r.householdId(), r.headName(), to, r.recognised(),
				r.previous(), r.category(), r.version() + 1));
	}

	static ReviewState refuseUnless(ReviewProcedure.Step step) {
		if (step instanceof ReviewProcedure.Step.Refused refused) {
			throw new ReviewRefused("action", refused.messageKey());
		}
		return ((ReviewProcedure.Step.Moved) step).to();
	}

}

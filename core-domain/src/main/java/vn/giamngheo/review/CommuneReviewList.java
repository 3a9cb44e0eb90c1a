package vn.giamngheo.review;

import static vn.giamngheo.review.ListReviews.refuseUnless;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giamngheo.account.Role;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.household.RegisterFacts;
import vn.giamngheo.household.event.HouseholdCategoryChanged;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.chain.ApprovalChain;
import vn.giamngheo.review.event.CommuneListApproved;
import vn.giamngheo.review.event.CommuneListReopened;

/**
 * A commune's list in an annual review campaign and every household review on it: the
 * aggregate that decides each step of Decision 24/2021/QĐ-TTg, Art. 4 for the whole list
 * (submit, post, the chair's approval, the district's consolidation and audited
 * reopening) and for one household on it (submit, return). Each step applies
 * {@link ReviewProcedure}, changes this object and returns what moved and the domain
 * events it caused; nothing here touches a database. The persistence layer loads it under
 * the list's row lock, so two steps never interleave.
 *
 * <p>
 * Once approved the list is locked: every write into it is refused until the district
 * reopens it (Art. 4(5)). How the reviews on it move through the procedure, within the
 * chain's deadlines: {@link ListReviews}.
 *
 * <p>
 * Size: a little over 250 lines, because the aggregate keeps its six steps, their
 * refusals and its state in one class, so that every invariant of a list is checked in
 * one place; what could move out (moving the reviews) did.
 */
public final class CommuneReviewList {

	/** One household's review on the list, as loaded. */
	public record Entry(long reviewId, long householdId, String headName, ReviewState state,
			HouseholdCategory recognised, HouseholdCategory previous, PovertyCategory category, long version) {
	}

	/**
	 * A household of the commune with no review in the campaign: it keeps its category
	 * only if the chair says so.
	 */
	public record Unreviewed(long householdId, String code, String headName, HouseholdCategory category) {
	}

	public record Moved(Entry entry, ReviewState to) {
	}

	/** What a step did: the reviews it moved and the events to publish, in order. */
	public record Step(ReviewAction action, List<Moved> moved, List<Object> events) {
	}

	private final long campaignId;

	private final int year;

	private final long communeId;

	private final LocalDate periodStart;

	private final LocalDate periodEnd;

	private boolean locked;

	private ListDecision decision;

	private final ListReviews reviews;

	private final List<Unreviewed> unreviewed;

	private final ApprovalChain chain;

	/**
	 * A list under the two-level chain (the chair decides, then the upper tier
	 * consolidates).
	 */
	public CommuneReviewList(long campaignId, int year, long communeId, LocalDate periodStart, LocalDate periodEnd,
			boolean locked, ListDecision decision, List<Entry> reviews, List<Unreviewed> unreviewed) {
		this(campaignId, year, communeId, periodStart, periodEnd, locked, decision, reviews, unreviewed,
				ApprovalChain.twoLevel());
	}

	public CommuneReviewList(long campaignId, int year, long communeId, LocalDate periodStart, LocalDate periodEnd,
			boolean locked, ListDecision decision, List<Entry> reviews, List<Unreviewed> unreviewed,
			ApprovalChain chain) {
		this.chain = chain;
		this.campaignId = campaignId;
		this.year = year;
		this.communeId = communeId;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.locked = locked;
		this.decision = decision;
		this.reviews = new ListReviews(chain, periodEnd, reviews);
		this.unreviewed = List.copyOf(unreviewed);
	}

	/**
	 * Every write into the list (a review saved online, an Excel sheet, a step) asks this
	 * first.
	 */
	public void requireOpen() {
		if (locked) {
			throw new ReviewRefused("action", "review.refused.locked");
		}
	}

	/**
	 * The chair confirmed what a page showed: so many households never reviewed. If that
	 * number changed since (a household registered or reviewed meanwhile), the
	 * confirmation no longer names what approval would lock.
	 */
	public void requireUnreviewedAsConfirmed(Integer confirmed) {
		if (confirmed != null && confirmed != unreviewed.size()) {
			throw new ReviewRefused("action", "review.list.changedSinceConfirmation");
		}
	}

	/** The commune sends every draft or returned review of its list (Art. 4(2)). */
	public Step submit(Role by) {
		requireOpen();
		return moveAll(ReviewAction.SUBMIT, Set.of(ReviewState.DRAFT, ReviewState.RETURNED), by, null, List.of());
	}

	/**
	 * The list was posted publicly and the village meetings agreed (≥ 50 % of attendees,
	 * Art. 4(3)–(4)).
	 */
	public Step post(Role by) {
		requireOpen();
		return moveAll(ReviewAction.POST, Set.of(ReviewState.SUBMITTED), by, null, List.of());
	}

	/**
	 * The chair's decision recognises the list (Art. 4(5)) and locks it. Refused while
	 * any review is still on its way (a list is decided whole), when the list is already
	 * approved (its decision is never overwritten), and when households of the commune
	 * were never reviewed, unless the chair chose to carry their category forward.
	 */
	public Step approve(ListDecision decision, boolean carryForward, LocalDate today, Role by, String actor,
			Instant now) {
		if (locked) {
			throw new ReviewRefused("action", "review.list.alreadyApproved");
		}
		ReviewState ready = approvableFrom();
		refuseUnless(ReviewProcedure.step(chain, ready, ReviewAction.APPROVE, by, null));
		decision.check(today, periodStart, periodEnd);
		if (reviews.isEmpty()) {
			throw new ReviewRefused("action", "review.list.nothingTo.APPROVE");
		}
		if (reviews.stream().anyMatch(r -> r.state() != ready)) {
			// Under Decision 24/2021 with a district the chair decides only after the
			// district's opinion.
			throw new ReviewRefused("action",
					ready == ReviewState.POSTED ? "review.list.notAllPosted" : "review.list.districtOpinionMissing");
		}
		if (!unreviewed.isEmpty() && !carryForward) {
			throw new ReviewRefused("carryForward", "review.list.unreviewedChoice");
		}
		List<Object> events = new ArrayList<>();
		for (Entry r : reviews) {
			HouseholdCategory to = RegisterFacts.category(r.category());
			if (to != r.recognised()) {
				events.add(
						new HouseholdCategoryChanged(r.householdId(), communeId, r.recognised(), to, "APPROVE", actor));
			}
		}
		events.add(new CommuneListApproved(campaignId, year, communeId, decision.number(), decision.date(),
				decision.signer(), actor, now));
		Step step = moveAll(ReviewAction.APPROVE, Set.of(ready), by, null, events);
		this.locked = true;
		this.decision = decision;
		return step;
	}

	/**
	 * The upper tier's step, where the chain puts it. Under Decision 24/2021 with a
	 * district it is the district chair's opinion on the posted list, before the commune
	 * chair decides (Art. 4(5)); under the two-level chain the province takes the
	 * approved list into its own and the list stays locked.
	 */
	public Step consolidate(Role by) {
		ReviewState from = chain.step(ReviewAction.CONSOLIDATE)
			.map(s -> s.from())
			.orElseThrow(() -> new ReviewRefused("action", "review.chain.notInChain"));
		if (chain.decided(from) != locked) {
			throw new ReviewRefused("action", locked ? "review.refused.locked" : "review.list.nothingTo.CONSOLIDATE");
		}
		if (!locked && reviews.stream().anyMatch(r -> r.state() != from)) {
			throw new ReviewRefused("action", "review.list.notAllPosted");
		}
		return moveAll(ReviewAction.CONSOLIDATE, Set.of(from), by, null, List.of());
	}

	/**
	 * The state every review must be in for the chair's decision: posted, or with the
	 * district's opinion.
	 */
	private ReviewState approvableFrom() {
		return chain.step(ReviewAction.APPROVE).map(s -> s.from()).orElse(ReviewState.POSTED);
	}

	public ApprovalChain chain() {
		return chain;
	}

	/**
	 * The day the steps are taken: where the province enforces its chain's deadlines, a
	 * step after its deadline (days from the campaign's last day) is refused.
	 */
	public CommuneReviewList on(LocalDate day) {
		reviews.on(day);
		return this;
	}

	/**
	 * The district reopens an approved list with a reason: its reviews go back to the
	 * commune and each household takes back the category it had at the start of the
	 * period. The approval's record stays in the history.
	 */
	public Step reopen(String reason, Role by, String actor, Instant now) {
		if (!locked) {
			throw new ReviewRefused("action", "review.list.nothingTo.REOPEN");
		}
		refuseUnless(ReviewProcedure.step(chain, ReviewState.APPROVED, ReviewAction.REOPEN, by, reason));
		List<Object> events = new ArrayList<>();
		for (Entry r : reviews) {
			if (chain.decided(r.state()) && r.previous() != r.recognised()) {
				events.add(new HouseholdCategoryChanged(r.householdId(), communeId, r.recognised(), r.previous(),
						"REOPEN", actor));
			}
		}
		events.add(new CommuneListReopened(campaignId, year, communeId, reason.strip(), actor, now));
		Step step = moveAll(ReviewAction.REOPEN, reviews.decided(), by, reason, events);
		this.locked = false;
		return step;
	}

	/**
	 * One household's step on an open list: submit it alone, or return it with a reason.
	 */
	public Step act(long reviewId, ReviewAction action, Role by, String reason) {
		if (action != ReviewAction.SUBMIT && action != ReviewAction.RETURN) {
			throw new ReviewRefused("action", "review.refused.listStep");
		}
		requireOpen();
		return new Step(action, List.of(reviews.move(reviewId, action, by, reason)), List.of());
	}

	private Step moveAll(ReviewAction action, Set<ReviewState> from, Role by, String reason, List<Object> events) {
		return new Step(action, reviews.moveAll(action, from, by, reason), List.copyOf(events));
	}

	/**
	 * The categories the list will fix, for the confirmation that names what approval
	 * locks.
	 */
	public Map<PovertyCategory, Long> countsByCategory() {
		return reviews.countsByCategory();
	}

	public long campaignId() {
		return campaignId;
	}

	public int year() {
		return year;
	}

	public long communeId() {
		return communeId;
	}

	public boolean locked() {
		return locked;
	}

	public ListDecision decision() {
		return decision;
	}

	public List<Entry> reviews() {
		return reviews.copy();
	}

	public List<Unreviewed> unreviewed() {
		return unreviewed;
	}

	/**
	 * Reviews not yet ready for the chair (posted, or with the district's opinion):
	 * approval waits for them.
	 */
	public long notPosted() {
		return reviews.notReady(approvableFrom());
	}

}

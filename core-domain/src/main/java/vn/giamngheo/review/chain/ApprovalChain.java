package vn.giamngheo.review.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.account.Role;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.ReviewState;

/**
 * The approval chain of a commune's list as data: which steps exist, in which order, who
 * performs each, its legal reference and its deadline. Two chains ship:
 * <ul>
 * <li>{@link #DECISION_24_DISTRICT}: Decision 24/2021/QĐ-TTg as it stood with a district
 * tier (to 30/06/2025): the commune reviews and sends (Art. 4(2)), posts the list and
 * holds the village meeting (Art. 4(3)–(4)), reports to the district chair for an opinion
 * <em>before</em> the commune chair decides (Art. 4(5)), and the chair recognises the
 * list by decision (Art. 4(5)).</li>
 * <li>{@link #TWO_LEVEL}: two-level local government from 01/07/2025 (Law on Organisation
 * of Local Government 2025): there is no district; the commune chair decides and the
 * province's department consolidates.</li>
 * </ul>
 * A province chooses its chain per period; without a choice the chain follows the date
 * ({@link #defaultOn}).
 */
public final class ApprovalChain {

	public static final String DECISION_24_DISTRICT = "QD24_2021_DISTRICT";

	public static final String TWO_LEVEL = "TWO_LEVEL_2025";

	/** The first day without a district tier. */
	public static final LocalDate TWO_LEVEL_FROM = LocalDate.of(2025, 7, 1);

	/** Why a step may not be taken; the message key names it for a person. */
	public record Refusal(String field, String messageKey) {
	}

	private final String id;

	private final List<ChainStep> steps;

	private final boolean enforceDeadlines;

	public ApprovalChain(String id, List<ChainStep> steps, boolean enforceDeadlines) {
		this.id = id;
		this.steps = List.copyOf(steps);
		this.enforceDeadlines = enforceDeadlines;
		if (this.steps.isEmpty()) {
			throw new IllegalArgumentException(id + ": a chain needs steps");
		}
		for (int i = 1; i < this.steps.size(); i++) {
			if (this.steps.get(i).from() != this.steps.get(i - 1).to()) {
				throw new IllegalArgumentException(
						id + ": step " + (i + 1) + " does not start where step " + i + " ends");
			}
		}
	}

	private static final String D24 = "Quyết định 24/2021/QĐ-TTg, ";

	public static ApprovalChain decision24WithDistrict() {
		return new ApprovalChain(DECISION_24_DISTRICT, List.of( //
				new ChainStep(ReviewAction.SUBMIT, ChainActor.COMMUNE_OFFICIAL, ReviewState.DRAFT,
						ReviewState.SUBMITTED, D24 + "Điều 4 khoản 2", -21, false),
				new ChainStep(ReviewAction.POST, ChainActor.COMMUNE_OFFICIAL, ReviewState.SUBMITTED, ReviewState.POSTED,
						D24 + "Điều 4 khoản 3, 4", -10, false),
				// "báo cáo, xin ý kiến của Chủ tịch UBND cấp huyện" before the chair
				// decides.
				new ChainStep(ReviewAction.CONSOLIDATE, ChainActor.DISTRICT, ReviewState.POSTED,
						ReviewState.OPINION_GIVEN, D24 + "Điều 4 khoản 5", -4, false),
				new ChainStep(ReviewAction.APPROVE, ChainActor.COMMUNE_CHAIR, ReviewState.OPINION_GIVEN,
						ReviewState.APPROVED, D24 + "Điều 4 khoản 5", 0, true)),
				false);
	}

	public static ApprovalChain twoLevel() {
		return new ApprovalChain(TWO_LEVEL, List.of( //
				new ChainStep(ReviewAction.SUBMIT, ChainActor.COMMUNE_OFFICIAL, ReviewState.DRAFT,
						ReviewState.SUBMITTED, D24 + "Điều 4 khoản 2", -21, false),
				new ChainStep(ReviewAction.POST, ChainActor.COMMUNE_OFFICIAL, ReviewState.SUBMITTED, ReviewState.POSTED,
						D24 + "Điều 4 khoản 3, 4", -10, false),
				new ChainStep(ReviewAction.APPROVE, ChainActor.COMMUNE_CHAIR, ReviewState.POSTED, ReviewState.APPROVED,
						D24 + "Điều 4 khoản 5; Luật Tổ chức chính quyền địa phương 2025", 0, true),
				new ChainStep(ReviewAction.CONSOLIDATE, ChainActor.PROVINCE, ReviewState.APPROVED,
						ReviewState.CONSOLIDATED, D24 + "Điều 4 khoản 6 (tỉnh tổng hợp, từ 01/07/2025)", 10, false)),
				false);
	}

	private static final Map<String, ApprovalChain> SHIPPED = Map.of(DECISION_24_DISTRICT, decision24WithDistrict(),
			TWO_LEVEL, twoLevel());

	public static List<String> shippedIds() {
		return List.of(DECISION_24_DISTRICT, TWO_LEVEL);
	}

	public static Optional<ApprovalChain> shipped(String id) {
		return Optional.ofNullable(SHIPPED.get(id));
	}

	/**
	 * Without a province's choice: the district chain up to 30/06/2025, the two-level
	 * chain from 01/07/2025.
	 */
	public static ApprovalChain defaultOn(LocalDate date) {
		return date.isBefore(TWO_LEVEL_FROM) ? decision24WithDistrict() : twoLevel();
	}

	/**
	 * The same chain with the deadlines a province set (action → days after the
	 * campaign's end) and enforcement.
	 */
	public ApprovalChain adjusted(Map<ReviewAction, Integer> deadlineDays, boolean enforce) {
		List<ChainStep> adjusted = new ArrayList<>();
		for (ChainStep s : steps) {
			Integer days = deadlineDays.get(s.action());
			adjusted.add(days == null ? s : s.withDeadlineDays(days));
		}
		return new ApprovalChain(id, adjusted, enforce);
	}

	public String id() {
		return id;
	}

	public List<ChainStep> steps() {
		return steps;
	}

	public boolean enforceDeadlines() {
		return enforceDeadlines;
	}

	/**
	 * Whether a tier above the commune takes part (the district); labels say "huyện" only
	 * then.
	 */
	public boolean hasDistrict() {
		return steps.stream().anyMatch(s -> s.actor() == ChainActor.DISTRICT);
	}

	/**
	 * The tier above the commune that returns, reopens and consolidates: the district, or
	 * the province.
	 */
	public ChainActor upperTier() {
		return hasDistrict() ? ChainActor.DISTRICT : ChainActor.PROVINCE;
	}

	public Optional<ChainStep> step(ReviewAction action) {
		return steps.stream().filter(s -> s.action() == action).findFirst();
	}

	/** The state a list ends in when every step is done. */
	public ReviewState finalState() {
		return steps.get(steps.size() - 1).to();
	}

	/**
	 * Where a state stands in the chain: 0 before the first step, the number of steps
	 * done otherwise.
	 */
	public int position(ReviewState state) {
		if (state == ReviewState.DRAFT || state == ReviewState.RETURNED) {
			return 0;
		}
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).to() == state) {
				return i + 1;
			}
		}
		// A list consolidated under the order the app had before the chains (decision
		// first) is past every step.
		return state == ReviewState.CONSOLIDATED ? steps.size() : 0;
	}

	/**
	 * Whether the chair's decision has been taken in this state (the list is then
	 * locked).
	 */
	public boolean decided(ReviewState state) {
		int approve = step(ReviewAction.APPROVE).map(steps::indexOf).orElse(-1);
		return approve >= 0 && position(state) > approve;
	}

	/**
	 * Checks one step of the chain for a list in {@code from}: it must exist in this
	 * chain, be taken by the role that performs it, come next, carry its decision if it
	 * needs one, and (where the province enforces deadlines) not be taken after its
	 * deadline.
	 * @param hasDecision whether a decision (number and date) was given with the step
	 * @param on the day the step is taken
	 * @param campaignEnd the campaign's last day, the anchor of every deadline
	 * @return empty when the step may be taken, otherwise why not
	 */
	public Optional<Refusal> check(ReviewState from, ReviewAction action, Role by, boolean hasDecision, LocalDate on,
			LocalDate campaignEnd) {
		Optional<ChainStep> found = step(action);
		if (found.isEmpty()) {
			return Optional.of(new Refusal("action", "review.chain.notInChain"));
		}
		ChainStep step = found.get();
		if (step.actor().role() != by) {
			return Optional.of(new Refusal("action", "review.refused.role"));
		}
		ReviewState expected = step.from();
		boolean startable = expected == from || (expected == ReviewState.DRAFT && from == ReviewState.RETURNED);
		if (!startable) {
			return Optional.of(new Refusal("action", "review.chain.outOfOrder"));
		}
		if (step.needsDecision() && !hasDecision) {
			return Optional.of(new Refusal("decisionNumber", "review.decision.numberRequired"));
		}
		if (enforceDeadlines && campaignEnd != null && on.isAfter(step.deadline(campaignEnd))) {
			return Optional.of(new Refusal("action", "review.chain.deadlinePassed"));
		}
		return Optional.empty();
	}

}

package vn.giamngheo.review;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.giamngheo.account.Role;
import vn.giamngheo.review.chain.ApprovalChain;
import vn.giamngheo.review.chain.ChainStep;

/**
 * The review procedure as a state machine: which action, by which role, leads from which
 * state to which. A refusal is an answer ({@link Step.Refused} with a message key), not
 * an exception, so pages can show it next to the button that was pressed.
 *
 * <p>
 * Steps follow Decision 24/2021/QĐ-TTg, Art. 4: the commune steering committee reviews
 * (SAVE, SUBMIT); the village meeting agrees and the list is posted (POST); the commune
 * chair recognises the list by decision (APPROVE); the district consolidates
 * (CONSOLIDATE). Either level may return a review with a reason while it is in progress;
 * once approved, only the district may reopen it, which is recorded with its reason.
 *
 * <p>
 * The order of the list steps comes from the {@link ApprovalChain} the list runs: under
 * Decision 24/2021 with a district (to 30/06/2025) the district gives its opinion
 * (CONSOLIDATE) before the chair decides (APPROVE); under the two-level chain the chair
 * decides and the province consolidates.
 */
public final class ReviewProcedure {

	public sealed interface Step permits Step.Moved, Step.Refused {

		record Moved(ReviewState to) implements Step {
		}

		record Refused(String messageKey) implements Step {
		}

	}

	private static final Set<Role> BOTH = Set.of(Role.COMMUNE_OFFICIAL, Role.DISTRICT_OFFICER);

	private ReviewProcedure() {
	}

	/**
	 * The step under the two-level chain, whose order is the one this procedure always
	 * had.
	 */
	public static Step step(ReviewState from, ReviewAction action, Role by, String reason) {
		return step(ApprovalChain.twoLevel(), from, action, by, reason);
	}

	/**
	 * @param chain the approval chain the list runs (its province's for the campaign's
	 * period)
	 * @param reason the reason given, required for RETURN and REOPEN
	 * @return where the review goes, or why it may not
	 */
	public static Step step(ApprovalChain chain, ReviewState from, ReviewAction action, Role by, String reason) {
		switch (action) {
			case SAVE -> {
				if (!BOTH.contains(by)) {
					return new Step.Refused("review.refused.role");
				}
				return from.editable() ? new Step.Moved(from) : new Step.Refused(refusedState(chain, from));
			}
			case RETURN, REOPEN -> {
				boolean reopen = action == ReviewAction.REOPEN;
				if (!(reopen ? Set.of(Role.DISTRICT_OFFICER) : BOTH).contains(by)) {
					return new Step.Refused("review.refused.role");
				}
				// Returned while on its way (sent, posted, with the district); reopened
				// only once decided.
				boolean allowed = reopen ? chain.decided(from) : chain.position(from) > 0 && !chain.decided(from);
				if (!allowed) {
					return new Step.Refused(refusedState(chain, from));
				}
				if (reason == null || reason.isBlank()) {
					return new Step.Refused("review.refused.reasonRequired");
				}
				return new Step.Moved(ReviewState.RETURNED);
			}
			default -> {
				Optional<ApprovalChain.Refusal> refusal = chain.check(from, action, by, true, null, null);
				if (refusal.isPresent()) {
					String key = refusal.get().messageKey();
					return new Step.Refused(key.equals("review.chain.outOfOrder") ? refusedState(chain, from) : key);
				}
				return new Step.Moved(chain.step(action).orElseThrow().to());
			}
		}
	}

	private static String refusedState(ApprovalChain chain, ReviewState from) {
		return chain.decided(from) ? "review.refused.locked" : "review.refused.state";
	}

	/**
	 * The actions a role may take on a review in a state, for showing only the buttons
	 * that will work.
	 */
	public static Set<ReviewAction> available(ReviewState state, Role role) {
		return available(ApprovalChain.twoLevel(), state, role);
	}

	public static Set<ReviewAction> available(ApprovalChain chain, ReviewState state, Role role) {
		EnumSet<ReviewAction> actions = EnumSet.noneOf(ReviewAction.class);
		for (ReviewAction action : ReviewAction.values()) {
			if (step(chain, state, action, role, "?") instanceof Step.Moved) {
				actions.add(action);
			}
		}
		return actions;
	}

	public static Optional<ReviewState> target(ReviewAction action) {
		return target(ApprovalChain.twoLevel(), action);
	}

	public static Optional<ReviewState> target(ApprovalChain chain, ReviewAction action) {
		return switch (action) {
			case SAVE -> Optional.empty();
			case RETURN, REOPEN -> Optional.of(ReviewState.RETURNED);
			default -> chain.step(action).map(ChainStep::to);
		};
	}

}

package vn.giamngheo.review;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.giamngheo.account.Role;

/**
 * The review procedure as a state machine: which action, by which role, leads from which state to which. A refusal
 * is an answer ({@link Step.Refused} with a message key), not an exception, so pages can show it next to the
 * button that was pressed.
 *
 * <p>Steps follow Decision 24/2021/QĐ-TTg, Art. 4: the commune steering committee reviews (SAVE, SUBMIT); the village
 * meeting agrees and the list is posted (POST); the commune chair recognises the list by decision (APPROVE); the
 * district consolidates (CONSOLIDATE). Either level may return a review with a reason while it is in progress; once
 * approved, only the district may reopen it, which is recorded with its reason.
 */
public final class ReviewProcedure {

	public sealed interface Step permits Step.Moved, Step.Refused {

		record Moved(ReviewState to) implements Step {
		}

		record Refused(String messageKey) implements Step {
		}
	}

	private record Rule(Set<ReviewState> from, ReviewState to, Set<Role> by) {
	}

	private static final Set<Role> COMMUNE = Set.of(Role.COMMUNE_OFFICIAL);

	private static final Set<Role> DISTRICT = Set.of(Role.DISTRICT_OFFICER);

	private static final Set<Role> BOTH = Set.of(Role.COMMUNE_OFFICIAL, Role.DISTRICT_OFFICER);

	private static final Map<ReviewAction, Rule> RULES = Map.of( //
			ReviewAction.SAVE, new Rule(Set.of(ReviewState.DRAFT, ReviewState.RETURNED), null, BOTH),
			ReviewAction.SUBMIT, new Rule(Set.of(ReviewState.DRAFT, ReviewState.RETURNED), ReviewState.SUBMITTED,
					COMMUNE),
			ReviewAction.POST, new Rule(Set.of(ReviewState.SUBMITTED), ReviewState.POSTED, COMMUNE),
			ReviewAction.APPROVE, new Rule(Set.of(ReviewState.POSTED), ReviewState.APPROVED, COMMUNE),
			ReviewAction.CONSOLIDATE, new Rule(Set.of(ReviewState.APPROVED), ReviewState.CONSOLIDATED, DISTRICT),
			ReviewAction.RETURN, new Rule(Set.of(ReviewState.SUBMITTED, ReviewState.POSTED), ReviewState.RETURNED,
					BOTH),
			ReviewAction.REOPEN, new Rule(Set.of(ReviewState.APPROVED, ReviewState.CONSOLIDATED),
					ReviewState.RETURNED, DISTRICT));

	private ReviewProcedure() {
	}

	/**
	 * @param reason the reason given, required for RETURN and REOPEN
	 * @return where the review goes, or why it may not
	 */
	public static Step step(ReviewState from, ReviewAction action, Role by, String reason) {
		Rule rule = RULES.get(action);
		if (!rule.by().contains(by)) {
			return new Step.Refused("review.refused.role");
		}
		if (!rule.from().contains(from)) {
			return new Step.Refused(from.locked() ? "review.refused.locked" : "review.refused.state");
		}
		if ((action == ReviewAction.RETURN || action == ReviewAction.REOPEN)
				&& (reason == null || reason.isBlank())) {
			return new Step.Refused("review.refused.reasonRequired");
		}
		return new Step.Moved(rule.to() == null ? from : rule.to());
	}

	/** The actions a role may take on a review in a state, for showing only the buttons that will work. */
	public static Set<ReviewAction> available(ReviewState state, Role role) {
		java.util.EnumSet<ReviewAction> actions = java.util.EnumSet.noneOf(ReviewAction.class);
		RULES.forEach((action, rule) -> {
			if (rule.by().contains(role) && rule.from().contains(state)) {
				actions.add(action);
			}
		});
		return actions;
	}

	public static Optional<ReviewState> target(ReviewAction action) {
		return Optional.ofNullable(RULES.get(action).to());
	}
}

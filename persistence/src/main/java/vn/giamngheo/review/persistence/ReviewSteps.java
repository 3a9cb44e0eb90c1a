package vn.giamngheo.review.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.household.RegisterFacts;
import vn.giamngheo.household.event.HouseholdCategoryChanged;
import vn.giamngheo.review.CommuneReviewList;
import vn.giamngheo.review.ListDecision;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.ReviewRefused;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.event.HouseholdReviewApproved;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewRecords.Review;

/**
 * The steps of the procedure (Decision 24/2021/QĐ-TTg, Art. 4 and 5): for a commune's
 * whole list in an annual review, and for one household's review. Each list step locks
 * the list, lets the {@link CommuneReviewList} aggregate decide and stores what it
 * returned, so twenty clicks on "submit" move the list once.
 */
@Service
@Transactional
public class ReviewSteps {

	/** The chair's decision and the choice made for households never reviewed. */
	public record Approval(String decisionNumber, LocalDate decisionDate, String signer, boolean carryForward,
			Integer confirmedUnreviewed) {

		public Approval(String decisionNumber, LocalDate decisionDate, String signer, boolean carryForward) {
			this(decisionNumber, decisionDate, signer, carryForward, null);
		}
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final ReviewCampaigns campaigns;

	private final ReviewQueries queries;

	private final CommuneLists lists;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	// issue 14 (camp14): submitting a review is entry work, refused outside the
	// campaign's dates and windows
	private final LateEntries lateEntries;

	// issue 14 (steps14): the recorded steps the list steps require
	private final vn.giamngheo.review.steps.persistence.ReviewStepRecords recorded;

	// law14: the regular round's meeting and posting a regular review's decision requires
	// (Art. 5)
	private final vn.giamngheo.review.steps.persistence.RegularRoundRecords regularRound;

	private final ReviewWriter writer;

	public ReviewSteps(NamedParameterJdbcTemplate jdbc, ReviewCampaigns campaigns, ReviewQueries queries,
			CommuneLists lists, ApplicationEventPublisher events, Clock clock,
			vn.giamngheo.review.steps.persistence.ReviewStepRecords recorded,
			vn.giamngheo.review.steps.persistence.RegularRoundRecords regularRound, LateEntries lateEntries,
			ReviewWriter writer) {
		this.writer = writer;
		this.lateEntries = lateEntries;
		this.recorded = recorded;
		this.regularRound = regularRound;
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.queries = queries;
		this.lists = lists;
		this.events = events;
		this.clock = clock;
	}

	public int submitList(long campaignId, long communeId, Scope scope, String user) {
		return step(campaignId, communeId, scope, user, null, list -> list.submit(scope.role()));
	}

	public int markPosted(long campaignId, long communeId, Scope scope, String user) {
		return step(campaignId, communeId, scope, user, null, list -> {
			recorded.requireReadyToPost(campaignId, communeId); // meeting ≥ 50% and
																// posting ended, Art.
																// 4(3)–(4)
			return list.post(scope.role());
		});
	}

	/**
	 * Records the commune chair's decision recognising the list (Art. 4(5)): every posted
	 * review is approved, the households take their new category, an assessment is kept
	 * for each, and the list is locked.
	 */
	public int approveList(long campaignId, long communeId, Approval approval, Scope scope, String user) {
		ListDecision decision = new ListDecision(approval.decisionNumber(), approval.decisionDate(), approval.signer());
		return step(campaignId, communeId, scope, user, null, list -> {
			list.requireUnreviewedAsConfirmed(approval.confirmedUnreviewed());
			recorded.requireComplaintsSettled(campaignId, communeId); // no decision over
																		// an open
																		// complaint
			return list.approve(decision, approval.carryForward(), LocalDate.now(clock), scope.role(), user,
					clock.instant());
		});
	}

	public int consolidate(long campaignId, long communeId, Scope scope, String user) {
		return step(campaignId, communeId, scope, user, null, list -> list.consolidate(scope.role()));
	}

	/**
	 * The district reopens an approved list: its reviews go back to the commune with the
	 * reason, the households take back the category they had before, and the act is
	 * recorded. Assessments already kept stay in the history.
	 */
	public int reopen(long campaignId, long communeId, String reason, Scope scope, String user) {
		return step(campaignId, communeId, scope, user, reason,
				list -> list.reopen(reason, scope.role(), user, clock.instant()));
	}

	/**
	 * One step for one review: submit, return with a reason; for a regular review also
	 * post and approve.
	 */
	public void act(long reviewId, ReviewAction action, String reason, String decisionNumber, LocalDate decisionDate,
			Scope scope, String user) {
		Review review = queries.review(reviewId, scope);
		if (review.campaignId() != null) {
			Campaign campaign = campaigns.campaignOf(review.campaignId(), review.communeId(), scope);
			if (action == ReviewAction.SUBMIT) {
				lateEntries.requireOpen(campaign, review.communeId());
			}
			Refusals.asFieldProblem(() -> {
				CommuneReviewList list = lists.lock(campaign, review.communeId());
				lists.store(list, list.act(reviewId, action, scope.role(), reason), reason, user);
			});
			return;
		}
		jdbc.queryForList("SELECT id FROM household WHERE id = :id FOR UPDATE", Map.of("id", review.householdId()));
		Review current = queries.review(reviewId, scope);
		ReviewState to = Refusals
			.asFieldProblem(() -> require(ReviewProcedure.step(current.state(), action, scope.role(), reason)));
		ListDecision decision = new ListDecision(decisionNumber, decisionDate, null);
		if (action == ReviewAction.APPROVE) {
			Refusals.asFieldProblem(() -> decision.checkRegular(LocalDate.now(clock)));
			// steps 3–4 applied to the household before the chair decides (Art. 5,
			// applying Art. 4(3)–(4))
			Refusals.asFieldProblem(() -> regularRound.requireCovered(reviewId, decisionDate));
		}
		boolean approve = action == ReviewAction.APPROVE;
		String stripped = reason == null ? null : reason.strip();
		writer.moveOne(current, action, to, stripped, approve ? decision.number() : null, approve ? decisionDate : null,
				stripped != null ? stripped : approve ? decision.number() : null, user);
		if (action == ReviewAction.APPROVE) {
			HouseholdCategory recognised = HouseholdCategory
				.valueOf(jdbc.queryForObject("SELECT category FROM household WHERE id = :id",
						Map.of("id", current.householdId()), String.class));
			HouseholdCategory category = RegisterFacts.category(current.category());
			if (category != recognised) {
				events.publishEvent(new HouseholdCategoryChanged(current.householdId(), current.communeId(), recognised,
						category, "APPROVE", user));
			}
			events.publishEvent(new HouseholdReviewApproved(reviewId, current.householdId(), current.communeId(),
					current.year(), decisionDate, user));
		}
	}

	private int step(long campaignId, long communeId, Scope scope, String user, String reason,
			java.util.function.Function<CommuneReviewList, CommuneReviewList.Step> step) {
		Campaign campaign = campaigns.campaignOf(campaignId, communeId, scope);
		return Refusals.asFieldProblem(() -> {
			CommuneReviewList list = lists.lock(campaign, communeId);
			return lists.store(list, step.apply(list), reason, user);
		});
	}

	static ReviewState require(ReviewProcedure.Step step) {
		if (step instanceof ReviewProcedure.Step.Refused refused) {
			throw new ReviewRefused("action", refused.messageKey());
		}
		return ((ReviewProcedure.Step.Moved) step).to();
	}

}

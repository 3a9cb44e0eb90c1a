package vn.giamngheo.review.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaView;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.persistence.ReviewRecords.ApprovalPreview;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewRecords.CommuneList;
import vn.giamngheo.review.persistence.ReviewRecords.Event;
import vn.giamngheo.review.persistence.ReviewRecords.Review;
import vn.giamngheo.review.persistence.ReviewRecords.WorkRow;

/**
 * The review feature's front door, kept so that pages and other features have one name to
 * call: campaigns ({@link ReviewCampaigns}), entering a review ({@link ReviewEntry}), the
 * steps of the procedure ({@link ReviewSteps}) and what the pages read
 * ({@link ReviewQueries}) each live in their own use-case class.
 */
@Service
public class ReviewService {

	private final ReviewCampaigns campaigns;

	private final ReviewEntry entry;

	private final ReviewSteps steps;

	private final ReviewQueries queries;

	public ReviewService(ReviewCampaigns campaigns, ReviewEntry entry, ReviewSteps steps, ReviewQueries queries) {
		this.campaigns = campaigns;
		this.entry = entry;
		this.steps = steps;
		this.queries = queries;
	}

	public long openCampaign(int year, long areaId, LocalDate startsOn, LocalDate endsOn, Scope scope, String user) {
		return campaigns.open(year, areaId, startsOn, endsOn, scope, user);
	}

	public long openCampaign(int year, long areaId, ReviewCampaigns.Purpose purpose, LocalDate startsOn,
			LocalDate endsOn, Scope scope, String user) {
		return campaigns.open(year, areaId, purpose, startsOn, endsOn, scope, user);
	}

	/**
	 * A campaign for a chosen set of the area's communes; an empty set is the whole area.
	 */
	public long openCampaign(int year, long areaId, ReviewCampaigns.Purpose purpose, LocalDate startsOn,
			LocalDate endsOn, java.util.Set<Long> communeIds, Scope scope, String user) {
		return campaigns.open(year, areaId, purpose, startsOn, endsOn, communeIds, scope, user);
	}

	public List<Campaign> campaigns(Scope scope) {
		return campaigns.campaigns(scope);
	}

	public Campaign campaign(long id, Scope scope) {
		return campaigns.campaign(id, scope);
	}

	public List<AreaView> communesOf(Campaign campaign, Scope scope) {
		return campaigns.communesOf(campaign, scope);
	}

	public List<WorkRow> worklist(long campaignId, long communeId, Scope scope) {
		return queries.worklist(campaignId, communeId, scope);
	}

	public Review review(long reviewId, Scope scope) {
		return queries.review(reviewId, scope);
	}

	public Optional<Review> reviewOf(Long campaignId, long householdId, Scope scope) {
		return queries.reviewOf(campaignId, householdId, scope);
	}

	public List<Event> events(long reviewId, Scope scope) {
		return queries.events(reviewId, scope);
	}

	public CommuneList communeList(long campaignId, long communeId, Scope scope) {
		return queries.communeList(campaignId, communeId, scope);
	}

	public List<CommuneList> communeLists(long campaignId, Scope scope) {
		return queries.communeLists(campaignId, scope);
	}

	public ApprovalPreview approvalPreview(long campaignId, long communeId, Scope scope) {
		return queries.approvalPreview(campaignId, communeId, scope);
	}

	public long save(ReviewInput in, Scope scope, String user) {
		return entry.save(in, scope, user);
	}

	/**
	 * Saves and returns the classification the review was stamped with: the caller need
	 * not classify again.
	 */
	public ReviewEntry.Saved enter(ReviewInput in, Scope scope, String user) {
		return entry.enter(in, scope, user);
	}

	public void act(long reviewId, ReviewAction action, String reason, String decisionNumber, LocalDate decisionDate,
			Scope scope, String user) {
		steps.act(reviewId, action, reason, decisionNumber, decisionDate, scope, user);
	}

	public int submitList(long campaignId, long communeId, Scope scope, String user) {
		return steps.submitList(campaignId, communeId, scope, user);
	}

	public int markPosted(long campaignId, long communeId, Scope scope, String user) {
		return steps.markPosted(campaignId, communeId, scope, user);
	}

	public int approveList(long campaignId, long communeId, ReviewSteps.Approval approval, Scope scope, String user) {
		return steps.approveList(campaignId, communeId, approval, scope, user);
	}

	/**
	 * For callers that predate the signer and the question about unreviewed households:
	 * the approving user is recorded as signer and unreviewed households keep their
	 * category. Pages use the form above.
	 */
	public int approveList(long campaignId, long communeId, String decisionNumber, LocalDate decisionDate, Scope scope,
			String user) {
		return approveList(campaignId, communeId, new ReviewSteps.Approval(decisionNumber, decisionDate, user, true),
				scope, user);
	}

	public int consolidate(long campaignId, long communeId, Scope scope, String user) {
		return steps.consolidate(campaignId, communeId, scope, user);
	}

	public int reopen(long campaignId, long communeId, String reason, Scope scope, String user) {
		return steps.reopen(campaignId, communeId, reason, scope, user);
	}

}

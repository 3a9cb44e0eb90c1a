package vn.giamngheo.review.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.QuickIdentification;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewRecords.Review;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Entering one household's review online. Inside a campaign the commune's list is locked
 * first, so a save can never land in a list being approved, and a locked list refuses it.
 * Every classification is made with the standard the campaign fixed, once per save
 * ({@link ReviewClassifier}), and stamped with that standard's id and version.
 */
@Service
@Transactional
public class ReviewEntry {

	private final NamedParameterJdbcTemplate jdbc;

	private final ReviewCampaigns campaigns;

	private final ReviewQueries queries;

	private final CommuneLists lists;

	private final Clock clock;

	private final LateEntries lateEntries;

	private final ReviewClassifier classifier;

	private final ReviewWriter writer;

	public ReviewEntry(NamedParameterJdbcTemplate jdbc, ReviewCampaigns campaigns, ReviewQueries queries,
			CommuneLists lists, Clock clock, LateEntries lateEntries, ReviewClassifier classifier,
			ReviewWriter writer) {
		this.writer = writer;
		this.lateEntries = lateEntries;
		this.classifier = classifier;
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.queries = queries;
		this.lists = lists;
		this.clock = clock;
	}

	/** What a save stored: the review and the classification it was stamped with. */
	public record Saved(long id, Classification classification) {
	}

	/** {@link #enter} for callers that need only the review's id. */
	public long save(ReviewInput in, Scope scope, String user) {
		return enter(in, scope, user).id();
	}

	/**
	 * Saves a review's inputs and the classification they give, and returns both, so the
	 * caller shows the result without classifying again. The inputs are classified once,
	 * here, unless {@link ReviewInput#classification()} already is their classification
	 * under the standard the review is entered with (checked, else ignored). A new review
	 * starts as a draft; an existing one may change only while it is a draft or was
	 * returned, and only from the version the official opened. A form made when the
	 * household had no review ({@code expectedVersion < 0}) is refused if a review was
	 * created meanwhile.
	 */
	public Saved enter(ReviewInput in, Scope scope, String user) {
		Map<String, Object> household = household(in.householdId(), scope);
		long communeId = ((Number) household.get("commune_id")).longValue();
		Campaign campaign = in.campaignId() == null ? null : campaigns.campaignOf(in.campaignId(), communeId, scope);
		if (campaign != null) {
			// Campaign dates are enforced (issue 14, item 3): within them, or a
			// late-entry window of the commune.
			lateEntries.requireOpen(campaign, communeId);
			Refusals.asFieldProblem(() -> lists.lock(campaign, communeId).requireOpen());
		}
		else {
			// A regular review has no list: the household's row serialises its saves and
			// steps instead.
			jdbc.queryForList("SELECT id FROM household WHERE id = :id FOR UPDATE", Map.of("id", in.householdId()));
		}
		PovertyStandard standard = campaign != null ? campaigns.standardOf(campaign)
				: campaigns.standardToday(communeId, LocalDate.now(clock));
		Classification classification = ReviewClassifier.classifies(in.classification(), standard, in)
				? in.classification() : classifier.classify(standard, in);
		Review existing = in.reviewId() == null
				? queries.reviewOf(in.campaignId(), in.householdId(), scope).orElse(null)
				: queries.review(in.reviewId(), scope);
		if (existing != null && in.expectedVersion() < 0) {
			throw new ConcurrentEditException(existing.updatedBy());
		}
		if (existing != null && existing.householdId() != in.householdId()) {
			throw new NotFoundException("review", existing.id());
		}
		HouseholdCategory before = existing != null ? existing.previousCategory()
				: HouseholdCategory.valueOf((String) household.get("category"));
		LocalDate periodStart = campaign != null ? campaign.startsOn() : LocalDate.now(clock);
		Outcome outcome = Outcome.of(before, classification.category(),
				wasEarlier(in.householdId(), "POOR", periodStart),
				wasEarlier(in.householdId(), "NEAR_POOR", periodStart));
		String kind = campaign != null ? "PERIODIC" : "REGULAR";
		int year = campaign != null ? campaign.year() : LocalDate.now(clock).getYear();
		ReviewWriter.Entered entered = new ReviewWriter.Entered(in.campaignId(), kind, in.householdId(), communeId,
				year, in, classification, standard, before, outcome);
		if (existing == null) {
			return new Saved(writer.insertEntered(entered, user), classification);
		}
		Refusals.asFieldProblem(() -> ReviewSteps
			.require(ReviewProcedure.step(existing.state(), ReviewAction.SAVE, scope.role(), null)));
		writer.correctEntered(existing, in.expectedVersion(), entered, user);
		return new Saved(existing.id(), classification);
	}

	private boolean wasEarlier(long householdId, String category, LocalDate before) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM poverty_assessment WHERE household_id = :h AND category = :c
				               AND assessed_on < :before)""",
				new MapSqlParameterSource("h", householdId).addValue("c", category).addValue("before", before),
				Boolean.class));
	}

	private Map<String, Object> household(long id, Scope scope) {
		Map<String, Object> row = jdbc
			.queryForList("SELECT id, commune_id, category FROM household WHERE id = :id", Map.of("id", id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("household", id));
		if (!scope.mayEditHouseholds() || !scope.covers(((Number) row.get("commune_id")).longValue())) {
			throw new OutOfScopeException("household " + id + " is outside the caller's communes");
		}
		return row;
	}

	/** CODE=true|false, sorted by code: the form the Excel sheet stores too. */
	static String entered(Map<String, Boolean> entered) {
		return entered.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(","));
	}

}

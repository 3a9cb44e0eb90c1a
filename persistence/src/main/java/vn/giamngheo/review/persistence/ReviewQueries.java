package vn.giamngheo.review.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.CommuneReviewList;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.ApprovalPreview;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewRecords.CommuneList;
import vn.giamngheo.review.persistence.ReviewRecords.Event;
import vn.giamngheo.review.persistence.ReviewRecords.Review;
import vn.giamngheo.review.persistence.ReviewRecords.WorkRow;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * What the review pages read: a commune's worklist and list, one review and its history.
 * Nothing here writes.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

	private final NamedParameterJdbcTemplate jdbc;

	private final AreaQueries areas;

	private final ReviewCampaigns campaigns;

	private final CommuneLists lists;

	public ReviewQueries(NamedParameterJdbcTemplate jdbc, AreaQueries areas, ReviewCampaigns campaigns,
			CommuneLists lists) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.campaigns = campaigns;
		this.lists = lists;
	}

	public List<WorkRow> worklist(long campaignId, long communeId, Scope scope) {
		campaigns.campaignOf(campaignId, communeId, scope);
		return jdbc.query("""
				SELECT h.id, h.code, h.head_name, v.name AS village, h.category AS current, r.id AS review_id,
				       r.state, r.category, r.outcome, coalesce(cardinality(r.deficiencies), 0) AS deficiencies
				FROM household h JOIN area v ON v.id = h.village_id
				LEFT JOIN household_review r ON r.household_id = h.id AND r.campaign_id = :campaign
				WHERE h.commune_id = :commune
				ORDER BY h.sort_key, h.id""",
				new MapSqlParameterSource("campaign", campaignId).addValue("commune", communeId),
				(rs, i) -> new WorkRow(rs.getLong("id"), rs.getString("code"), rs.getString("head_name"),
						rs.getString("village"), HouseholdCategory.valueOf(rs.getString("current")),
						(Long) rs.getObject("review_id"), enumOrNull(ReviewState.class, rs.getString("state")),
						enumOrNull(PovertyCategory.class, rs.getString("category")),
						enumOrNull(Outcome.class, rs.getString("outcome")), rs.getInt("deficiencies")));
	}

	public Review review(long reviewId, Scope scope) {
		Review review;
		try {
			review = jdbc.queryForObject(REVIEW + " WHERE r.id = :id", Map.of("id", reviewId), ReviewQueries::review);
		}
		catch (EmptyResultDataAccessException ex) {
			throw new NotFoundException("review", reviewId);
		}
		if (!scope.covers(review.communeId())) {
			throw new OutOfScopeException("review " + reviewId + " is outside the caller's communes");
		}
		return review;
	}

	/**
	 * The review of a household in a campaign (or its open ad-hoc review when campaign is
	 * null), if any.
	 */
	public Optional<Review> reviewOf(Long campaignId, long householdId, Scope scope) {
		String where = campaignId == null
				? " WHERE r.household_id = :household AND r.campaign_id IS NULL AND r.state NOT IN ('APPROVED', 'CONSOLIDATED')"
				: " WHERE r.household_id = :household AND r.campaign_id = :campaign";
		return jdbc
			.query(REVIEW + where, new MapSqlParameterSource("household", householdId).addValue("campaign", campaignId),
					ReviewQueries::review)
			.stream()
			.filter(r -> scope.covers(r.communeId()))
			.findFirst();
	}

	public List<Event> events(long reviewId, Scope scope) {
		review(reviewId, scope);
		return jdbc.query("""
				SELECT happened_at, actor, action, from_state, to_state, note FROM review_event
				WHERE review_id = :id ORDER BY happened_at, id""", Map.of("id", reviewId),
				(rs, i) -> new Event(rs.getTimestamp("happened_at").toInstant(), rs.getString("actor"),
						rs.getString("action"), enumOrNull(ReviewState.class, rs.getString("from_state")),
						ReviewState.valueOf(rs.getString("to_state")), rs.getString("note")));
	}

	public CommuneList communeList(long campaignId, long communeId, Scope scope) {
		campaigns.campaignOf(campaignId, communeId, scope);
		CommuneList header = headers(campaignId, List.of(communeId)).get(0);
		List<Event> events = jdbc.query("""
				SELECT happened_at, actor, action, note FROM commune_review_list_event
				WHERE campaign_id = :c AND commune_id = :m ORDER BY happened_at, id""",
				Map.of("c", campaignId, "m", communeId),
				(rs, i) -> new Event(rs.getTimestamp("happened_at").toInstant(), rs.getString("actor"),
						rs.getString("action"), null, ReviewState.DRAFT, rs.getString("note")));
		return new CommuneList(header.campaignId(), header.communeId(), header.communeName(), header.locked(),
				header.decisionNumber(), header.decisionDate(), header.decisionSigner(), header.carriedForward(),
				header.approvedBy(), header.consolidatedBy(), header.byState(), header.byOutcome(), header.byCategory(),
				header.households(), events);
	}

	/**
	 * Every list of a campaign the caller may see, for the progress page, without their
	 * events. Issue 12: a province's campaign has a hundred communes and a million
	 * reviews, so the counts come from the working counts the database keeps (V40 for
	 * households, V71 for reviews), in four statements for all communes together.
	 */
	public List<CommuneList> communeLists(long campaignId, Scope scope) {
		Campaign campaign = campaigns.campaign(campaignId, scope);
		List<Long> ids = campaigns.communesOf(campaign, scope).stream().map(a -> a.id()).toList();
		return ids.isEmpty() ? List.of() : headers(campaignId, ids);
	}

	/**
	 * The lists' headers in the order of {@code communeIds}; the caller has checked the
	 * scope.
	 */
	private List<CommuneList> headers(long campaignId, List<Long> communeIds) {
		MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId).addValue("ids", communeIds);
		Map<Long, Map<String, Object>> lists = new java.util.HashMap<>();
		jdbc.queryForList("""
				SELECT commune_id, locked, decision_number, decision_date, decision_signer, carried_forward,
				       approved_by, consolidated_by FROM commune_review_list
				WHERE campaign_id = :c AND commune_id IN (:ids)""", p)
			.forEach(row -> lists.put(((Number) row.get("commune_id")).longValue(), row));
		Map<Long, Map<ReviewState, Long>> byState = new java.util.HashMap<>();
		Map<Long, Map<Outcome, Long>> byOutcome = new java.util.HashMap<>();
		Map<Long, Map<PovertyCategory, Long>> byCategory = new java.util.HashMap<>();
		jdbc.query("""
				SELECT commune_id, state, outcome, category, reviews FROM review_working_count
				WHERE campaign_id = :c AND commune_id IN (:ids) AND reviews <> 0""", p, rs -> {
			long commune = rs.getLong("commune_id");
			long n = rs.getLong("reviews");
			byState.computeIfAbsent(commune, k -> new EnumMap<>(ReviewState.class))
				.merge(ReviewState.valueOf(rs.getString("state")), n, Long::sum);
			byOutcome.computeIfAbsent(commune, k -> new EnumMap<>(Outcome.class))
				.merge(Outcome.valueOf(rs.getString("outcome")), n, Long::sum);
			byCategory.computeIfAbsent(commune, k -> new EnumMap<>(PovertyCategory.class))
				.merge(PovertyCategory.valueOf(rs.getString("category")), n, Long::sum);
		});
		Map<Long, Long> households = new java.util.HashMap<>();
		jdbc.query("""
				SELECT commune_id, sum(households) AS n FROM household_commune_count
				WHERE commune_id IN (:ids) GROUP BY commune_id""", p, rs -> {
			households.put(rs.getLong("commune_id"), rs.getLong("n"));
		});
		Map<Long, String> names = new java.util.HashMap<>();
		areas.all(communeIds).forEach(a -> names.put(a.id(), a.name()));
		return communeIds.stream().map(id -> {
			Map<String, Object> list = lists.getOrDefault(id, Map.of());
			Number carried = (Number) list.get("carried_forward");
			return new CommuneList(campaignId, id, names.get(id), Boolean.TRUE.equals(list.get("locked")),
					(String) list.get("decision_number"),
					list.get("decision_date") == null ? null
							: ((java.sql.Date) list.get("decision_date")).toLocalDate(),
					(String) list.get("decision_signer"), carried == null ? 0 : carried.intValue(),
					(String) list.get("approved_by"), (String) list.get("consolidated_by"),
					byState.getOrDefault(id, new EnumMap<>(ReviewState.class)),
					byOutcome.getOrDefault(id, new EnumMap<>(Outcome.class)),
					byCategory.getOrDefault(id, new EnumMap<>(PovertyCategory.class)), households.getOrDefault(id, 0L),
					List.<Event>of());
		}).toList();
	}

	/** What approving the list would lock, named for the confirmation page. */
	public ApprovalPreview approvalPreview(long campaignId, long communeId, Scope scope) {
		Campaign campaign = campaigns.campaignOf(campaignId, communeId, scope);
		CommuneReviewList list = lists.read(campaign, communeId);
		return new ApprovalPreview(campaignId, communeId, areas.get(communeId).name(), list.locked(),
				list.reviews().size() + list.unreviewed().size(), list.reviews().size(), list.notPosted(),
				list.countsByCategory(), list.unreviewed(), campaign.startsOn(), campaign.endsOn());
	}

	static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}

	static final String REVIEW = """
			SELECT r.*, h.code AS household_code, h.head_name, c.name AS commune_name
			FROM household_review r JOIN household h ON h.id = r.household_id JOIN area c ON c.id = r.commune_id""";

	static Review review(ResultSet rs, int i) throws SQLException {
		Array deficiencies = rs.getArray("deficiencies");
		return new Review(rs.getLong("id"), (Long) rs.getObject("campaign_id"), rs.getString("kind"),
				rs.getLong("household_id"), rs.getString("household_code"), rs.getString("head_name"),
				rs.getLong("commune_id"), rs.getString("commune_name"), rs.getInt("year"),
				ReviewState.valueOf(rs.getString("state")), rs.getString("area_type"),
				(Long) rs.getObject("household_monthly_income"), (Integer) rs.getObject("member_count"),
				rs.getLong("monthly_income_per_capita"),
				deficiencies == null ? List.of() : List.of((String[]) deficiencies.getArray()),
				HouseholdCategory.valueOf(rs.getString("previous_category")),
				PovertyCategory.valueOf(rs.getString("category")), Outcome.valueOf(rs.getString("outcome")),
				rs.getString("standard_id"), rs.getInt("standard_version"), rs.getLong("income_line"),
				rs.getString("decision_number"),
				rs.getDate("decision_date") == null ? null : rs.getDate("decision_date").toLocalDate(),
				rs.getString("return_reason"), rs.getString("facts"), rs.getString("entered_indicators"),
				rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

}

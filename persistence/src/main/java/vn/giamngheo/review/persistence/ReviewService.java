package vn.giamngheo.review.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.persistence.Area;
import vn.giamngheo.area.persistence.AreaRepository;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewRecords.CommuneList;
import vn.giamngheo.review.persistence.ReviewRecords.Event;
import vn.giamngheo.review.persistence.ReviewRecords.Review;
import vn.giamngheo.review.persistence.ReviewRecords.WorkRow;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Household reviews: campaigns, entering a review, and the procedure of Decision 24/2021/QĐ-TTg step by step for one
 * household or for a commune's whole list. Every classification is computed here from the inputs with the standard
 * the campaign fixed, and stamped with that standard's id and version.
 */
@Service
@Transactional
public class ReviewService {

	private final NamedParameterJdbcTemplate jdbc;

	private final AreaRepository areas;

	private final PovertyStandardCatalog standards;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<ReviewApprovalListener> approvalListeners;

	private final org.springframework.context.ApplicationEventPublisher events;

	public ReviewService(NamedParameterJdbcTemplate jdbc, AreaRepository areas, PovertyStandardCatalog standards,
			Clock clock, org.springframework.beans.factory.ObjectProvider<ReviewApprovalListener> approvalListeners,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.areas = areas;
		this.standards = standards;
		this.clock = clock;
		this.approvalListeners = approvalListeners;
	}

	// ---- campaigns ---------------------------------------------------------------------------------------------

	/**
	 * Opens the annual (periodic) review of a year for a district, or after 2025 for a province's communes. The
	 * standard is the one that applies in the area's province on 31 December of the year, the date the year's list
	 * stands for; the default period is 1 September to 14 December (Decision 24/2021/QĐ-TTg, Art. 3).
	 */
	public long openCampaign(int year, long areaId, LocalDate startsOn, LocalDate endsOn, Scope scope, String user) {
		if (scope.role() != Role.DISTRICT_OFFICER) {
			throw new OutOfScopeException("only district officers open reviews");
		}
		Area area = areas.findById(areaId).orElseThrow(() -> new FieldProblem("areaId", "review.campaign.area"));
		List<Long> communes = areas.findCommuneIdsUnder(List.of(areaId));
		if (communes.isEmpty() || !scope.communeIds().containsAll(communes)
				|| area.getLevel() == AreaLevel.VILLAGE) {
			throw new FieldProblem("areaId", "review.campaign.area");
		}
		if (endsOn.isBefore(startsOn)) {
			throw new FieldProblem("endsOn", "review.campaign.endsBeforeStart");
		}
		PovertyStandard standard = standards.standards()
			.applicable(provinceCodeOf(area), LocalDate.of(year, 12, 31))
			.orElseThrow(() -> new FieldProblem("year", "review.campaign.noStandard"));
		Integer existing = jdbc.queryForObject(
				"SELECT count(*) FROM review_campaign WHERE year = :year AND area_id = :area",
				new MapSqlParameterSource("year", year).addValue("area", areaId), Integer.class);
		if (existing != null && existing > 0) {
			throw new FieldProblem("year", "review.campaign.exists");
		}
		return jdbc.queryForObject("""
				INSERT INTO review_campaign (year, area_id, standard_id, standard_version, starts_on, ends_on, opened_by)
				VALUES (:year, :area, :sid, :sv, :from, :to, :user) RETURNING id""",
				new MapSqlParameterSource("year", year).addValue("area", areaId).addValue("sid", standard.id())
					.addValue("sv", standard.version()).addValue("from", startsOn).addValue("to", endsOn)
					.addValue("user", user), Long.class);
	}

	@Transactional(readOnly = true)
	public List<Campaign> campaigns(Scope scope) {
		if (!scope.mayListPeople() || scope.communeIds().isEmpty()) {
			return List.of();
		}
		return jdbc.query(CAMPAIGNS + " ORDER BY rc.year DESC, a.name", Map.of(), this::campaign).stream()
			.filter(c -> covers(scope, c.areaId()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Campaign campaign(long id, Scope scope) {
		Campaign campaign = jdbc.query(CAMPAIGNS + " WHERE rc.id = :id", Map.of("id", id), this::campaign).stream()
			.findFirst().orElseThrow(() -> new NotFoundException("campaign", id));
		if (!covers(scope, campaign.areaId())) {
			throw new OutOfScopeException("campaign " + id + " is outside the caller's communes");
		}
		return campaign;
	}

	/** Communes of a campaign the caller may see. */
	@Transactional(readOnly = true)
	public List<Area> communesOf(Campaign campaign, Scope scope) {
		Set<Long> ids = new HashSet<>(areas.findCommuneIdsUnder(List.of(campaign.areaId())));
		ids.retainAll(scope.communeIds());
		return areas.findByIdInOrderByName(ids);
	}

	// ---- the worklist and one review ----------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<WorkRow> worklist(long campaignId, long communeId, Scope scope) {
		Campaign campaign = campaign(campaignId, scope);
		requireCommune(scope, communeId, campaign);
		return jdbc.query("""
				SELECT h.id, h.code, h.head_name, v.name AS village, h.category AS current, r.id AS review_id,
				       r.state, r.category, r.outcome, coalesce(cardinality(r.deficiencies), 0) AS deficiencies
				FROM household h JOIN area v ON v.id = h.village_id
				LEFT JOIN household_review r ON r.household_id = h.id AND r.campaign_id = :campaign
				WHERE h.commune_id = :commune
				ORDER BY h.sort_key, h.id""", new MapSqlParameterSource("campaign", campaignId)
			.addValue("commune", communeId), (rs, i) -> new WorkRow(rs.getLong("id"), rs.getString("code"),
					rs.getString("head_name"), rs.getString("village"),
					HouseholdCategory.valueOf(rs.getString("current")), (Long) rs.getObject("review_id"),
					enumOrNull(ReviewState.class, rs.getString("state")),
					enumOrNull(PovertyCategory.class, rs.getString("category")),
					enumOrNull(Outcome.class, rs.getString("outcome")), rs.getInt("deficiencies")));
	}

	@Transactional(readOnly = true)
	public Review review(long reviewId, Scope scope) {
		Review review;
		try {
			review = jdbc.queryForObject(REVIEW + " WHERE r.id = :id", Map.of("id", reviewId), this::review);
		}
		catch (EmptyResultDataAccessException ex) {
			throw new NotFoundException("review", reviewId);
		}
		if (!scope.covers(review.communeId())) {
			throw new OutOfScopeException("review " + reviewId + " is outside the caller's communes");
		}
		return review;
	}

	/** The review of a household in a campaign (or its open ad-hoc review when campaign is null), if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<Review> reviewOf(Long campaignId, long householdId, Scope scope) {
		String where = campaignId == null
				? " WHERE r.household_id = :household AND r.campaign_id IS NULL AND r.state NOT IN ('APPROVED', 'CONSOLIDATED')"
				: " WHERE r.household_id = :household AND r.campaign_id = :campaign";
		return jdbc.query(REVIEW + where, new MapSqlParameterSource("household", householdId)
			.addValue("campaign", campaignId), this::review).stream().filter(r -> scope.covers(r.communeId()))
			.findFirst();
	}

	@Transactional(readOnly = true)
	public List<Event> events(long reviewId, Scope scope) {
		review(reviewId, scope);
		return jdbc.query("""
				SELECT happened_at, actor, action, from_state, to_state, note FROM review_event
				WHERE review_id = :id ORDER BY happened_at, id""", Map.of("id", reviewId),
				(rs, i) -> new Event(rs.getTimestamp("happened_at").toInstant(), rs.getString("actor"),
						rs.getString("action"), enumOrNull(ReviewState.class, rs.getString("from_state")),
						ReviewState.valueOf(rs.getString("to_state")), rs.getString("note")));
	}

	/**
	 * Saves a review's inputs and the classification they give. A new review starts as a draft; an existing one may
	 * change only while it is a draft or was returned, and only from the version the official opened.
	 */
	public long save(ReviewInput in, Scope scope, String user) {
		Map<String, Object> household = household(in.householdId(), scope);
		long communeId = ((Number) household.get("commune_id")).longValue();
		Campaign campaign = in.campaignId() == null ? null : campaign(in.campaignId(), scope);
		if (campaign != null) {
			requireCommune(scope, communeId, campaign);
			requireListOpen(campaign.id(), communeId);
		}
		PovertyStandard standard = campaign != null
				? standards.standards().find(campaign.standardId(), campaign.standardVersion())
					.orElseThrow(() -> new IllegalStateException("standard of campaign " + campaign.id() + " missing"))
				: standards.standards().applicable(provinceCodeOf(areas.findById(communeId).orElseThrow()),
						LocalDate.now(clock)).orElseThrow(() -> new FieldProblem("areaType", "review.noStandard"));
		Classification classification = classify(standard, in);
		Review existing = in.reviewId() == null ? reviewOf(in.campaignId(), in.householdId(), scope).orElse(null)
				: review(in.reviewId(), scope);
		HouseholdCategory before = existing != null ? existing.previousCategory()
				: HouseholdCategory.valueOf((String) household.get("category"));
		LocalDate periodStart = campaign != null ? campaign.startsOn() : LocalDate.now(clock);
		Outcome outcome = Outcome.of(before, classification.category(),
				wasEarlier(in.householdId(), "POOR", periodStart), wasEarlier(in.householdId(), "NEAR_POOR", periodStart));
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("campaign", in.campaignId())
			.addValue("household", in.householdId()).addValue("commune", communeId)
			.addValue("year", campaign != null ? campaign.year() : LocalDate.now(clock).getYear())
			.addValue("areaType", in.areaType().name()).addValue("hhIncome", in.householdMonthlyIncome())
			.addValue("members", in.memberCount()).addValue("income", in.monthlyIncomePerCapita())
			.addValue("b1", in.b1Points()).addValue("b2", in.b2Points()).addValue("facts", in.factsJson())
			.addValue("entered", entered(in.enteredIndicators()))
			.addValue("deficiencies", classification.deficiencyCodes().toArray(String[]::new))
			.addValue("before", before.name()).addValue("category", classification.category().name())
			.addValue("outcome", outcome.name()).addValue("sid", standard.id()).addValue("sv", standard.version())
			.addValue("line", classification.incomeLine()).addValue("user", user)
			.addValue("kind", campaign != null ? "PERIODIC" : "REGULAR");
		if (existing == null) {
			long id = jdbc.queryForObject("""
					INSERT INTO household_review (campaign_id, kind, household_id, commune_id, year, state, area_type,
					    household_monthly_income, member_count, monthly_income_per_capita, b1_points, b2_points, facts,
					    entered_indicators, deficiencies, previous_category, category, outcome, standard_id,
					    standard_version, income_line, created_by, updated_by)
					VALUES (:campaign, :kind, :household, :commune, :year, 'DRAFT', :areaType, :hhIncome, :members,
					    :income, :b1, :b2, :facts, :entered, :deficiencies, :before, :category, :outcome, :sid, :sv,
					    :line, :user, :user) RETURNING id""", p, Long.class);
			event(id, user, ReviewAction.SAVE.name(), null, ReviewState.DRAFT, null);
			return id;
		}
		require(ReviewProcedure.step(existing.state(), ReviewAction.SAVE, scope.role(), null));
		int updated = jdbc.update("""
				UPDATE household_review SET area_type = :areaType, household_monthly_income = :hhIncome,
				    member_count = :members, monthly_income_per_capita = :income, b1_points = :b1, b2_points = :b2,
				    facts = :facts, entered_indicators = :entered, deficiencies = :deficiencies, category = :category,
				    outcome = :outcome, standard_id = :sid, standard_version = :sv, income_line = :line,
				    updated_by = :user, updated_at = now(), version = version + 1
				WHERE id = :id AND version = :version""", p.addValue("id", existing.id())
			.addValue("version", in.expectedVersion()));
		if (updated == 0) {
			throw new ConcurrentEditException(existing.updatedBy());
		}
		event(existing.id(), user, ReviewAction.SAVE.name(), existing.state(), existing.state(), null);
		return existing.id();
	}

	/** One step for one review: submit, return with a reason; for an ad-hoc review also post and approve. */
	public void act(long reviewId, ReviewAction action, String reason, String decisionNumber, LocalDate decisionDate,
			Scope scope, String user) {
		Review review = review(reviewId, scope);
		if (review.campaignId() != null && (action == ReviewAction.APPROVE || action == ReviewAction.POST
				|| action == ReviewAction.CONSOLIDATE || action == ReviewAction.REOPEN)) {
			// In an annual review these steps concern the commune's whole list, posted and decided together.
			throw new FieldProblem("action", "review.refused.listStep");
		}
		ReviewState to = require(ReviewProcedure.step(review.state(), action, scope.role(), reason));
		if (action == ReviewAction.APPROVE) {
			requireDecision(decisionNumber, decisionDate);
		}
		move(List.of(review), action, to, reason, decisionNumber, decisionDate, user);
	}

	// ---- a commune's list ---------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public CommuneList communeList(long campaignId, long communeId, Scope scope) {
		Campaign campaign = campaign(campaignId, scope);
		requireCommune(scope, communeId, campaign);
		Map<String, Object> list = jdbc.queryForList("""
				SELECT locked, decision_number, decision_date, approved_by, consolidated_by FROM commune_review_list
				WHERE campaign_id = :c AND commune_id = :m""", Map.of("c", campaignId, "m", communeId)).stream()
			.findFirst().orElse(Map.of());
		Map<ReviewState, Long> byState = new EnumMap<>(ReviewState.class);
		Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
		Map<PovertyCategory, Long> byCategory = new EnumMap<>(PovertyCategory.class);
		jdbc.query("""
				SELECT state, outcome, category, count(*) AS n FROM household_review
				WHERE campaign_id = :c AND commune_id = :m GROUP BY state, outcome, category""",
				Map.of("c", campaignId, "m", communeId), rs -> {
					long n = rs.getLong("n");
					byState.merge(ReviewState.valueOf(rs.getString("state")), n, Long::sum);
					byOutcome.merge(Outcome.valueOf(rs.getString("outcome")), n, Long::sum);
					byCategory.merge(PovertyCategory.valueOf(rs.getString("category")), n, Long::sum);
				});
		long households = jdbc.queryForObject("SELECT count(*) FROM household WHERE commune_id = :m",
				Map.of("m", communeId), Long.class);
		List<Event> events = jdbc.query("""
				SELECT happened_at, actor, action, note FROM commune_review_list_event
				WHERE campaign_id = :c AND commune_id = :m ORDER BY happened_at, id""",
				Map.of("c", campaignId, "m", communeId), (rs, i) -> new Event(rs.getTimestamp("happened_at").toInstant(),
						rs.getString("actor"), rs.getString("action"), null, ReviewState.DRAFT, rs.getString("note")));
		return new CommuneList(campaignId, communeId, areas.findById(communeId).orElseThrow().getName(),
				Boolean.TRUE.equals(list.get("locked")), (String) list.get("decision_number"),
				list.get("decision_date") == null ? null : ((java.sql.Date) list.get("decision_date")).toLocalDate(),
				(String) list.get("approved_by"), (String) list.get("consolidated_by"), byState, byOutcome,
				byCategory, households, events);
	}

	/** The commune sends every draft or returned review of its list. */
	public int submitList(long campaignId, long communeId, Scope scope, String user) {
		return listStep(campaignId, communeId, ReviewAction.SUBMIT, Set.of(ReviewState.DRAFT, ReviewState.RETURNED),
				null, null, null, scope, user);
	}

	/** The list was posted publicly and the village meetings agreed (≥ 50% of attendees, Art. 4(3)). */
	public int markPosted(long campaignId, long communeId, Scope scope, String user) {
		return listStep(campaignId, communeId, ReviewAction.POST, Set.of(ReviewState.SUBMITTED), null, null, null,
				scope, user);
	}

	/**
	 * Records the commune chair's decision recognising the list (Art. 4(5)): every posted review is approved, the
	 * households take their new category, an assessment is kept for each, and the list is locked.
	 */
	public int approveList(long campaignId, long communeId, String decisionNumber, LocalDate decisionDate,
			Scope scope, String user) {
		requireDecision(decisionNumber, decisionDate);
		int n = listStep(campaignId, communeId, ReviewAction.APPROVE, Set.of(ReviewState.POSTED), null,
				decisionNumber, decisionDate, scope, user);
		upsertList(campaignId, communeId);
		jdbc.update("""
				UPDATE commune_review_list SET locked = TRUE, decision_number = :no, decision_date = :date,
				    approved_by = :user, approved_at = now(), version = version + 1
				WHERE campaign_id = :c AND commune_id = :m""", new MapSqlParameterSource("no", decisionNumber.strip())
			.addValue("date", decisionDate).addValue("user", user).addValue("c", campaignId).addValue("m", communeId));
		listEvent(campaignId, communeId, user, "APPROVE", decisionNumber.strip());
		events.publishEvent(new vn.giamngheo.review.event.CommuneListApproved(campaignId,
				campaign(campaignId, scope).year(), communeId, decisionNumber.strip(), decisionDate, null, user,
				clock.instant()));
		return n;
	}

	public int consolidate(long campaignId, long communeId, Scope scope, String user) {
		int n = listStep(campaignId, communeId, ReviewAction.CONSOLIDATE, Set.of(ReviewState.APPROVED), null, null,
				null, scope, user);
		upsertList(campaignId, communeId);
		jdbc.update("""
				UPDATE commune_review_list SET consolidated_by = :user, consolidated_at = now(), version = version + 1
				WHERE campaign_id = :c AND commune_id = :m""",
				Map.of("user", user, "c", campaignId, "m", communeId));
		listEvent(campaignId, communeId, user, "CONSOLIDATE", null);
		return n;
	}

	/**
	 * The district reopens an approved list: its reviews go back to the commune with the reason, the households take
	 * back the category they had before, and the act is recorded. Assessments already kept stay in the history.
	 */
	public int reopen(long campaignId, long communeId, String reason, Scope scope, String user) {
		int n = listStep(campaignId, communeId, ReviewAction.REOPEN,
				Set.of(ReviewState.APPROVED, ReviewState.CONSOLIDATED), reason, null, null, scope, user);
		jdbc.update("""
				UPDATE household h SET category = r.previous_category, version = h.version + 1, updated_at = now(),
				    updated_by = :user
				FROM household_review r WHERE r.household_id = h.id AND r.campaign_id = :c AND r.commune_id = :m""",
				Map.of("user", user, "c", campaignId, "m", communeId));
		upsertList(campaignId, communeId);
		jdbc.update("""
				UPDATE commune_review_list SET locked = FALSE, consolidated_by = NULL, consolidated_at = NULL,
				    version = version + 1 WHERE campaign_id = :c AND commune_id = :m""",
				Map.of("c", campaignId, "m", communeId));
		listEvent(campaignId, communeId, user, "REOPEN", reason.strip());
		int year = campaign(campaignId, scope).year();
		events.publishEvent(new vn.giamngheo.review.event.CommuneListReopened(campaignId, year, communeId,
				reason.strip(), user, clock.instant()));
		approvalListeners.orderedStream().forEach(l -> l.reviewsChanged(year, communeId));
		return n;
	}

	// ---- internals ----------------------------------------------------------------------------------------------

	private int listStep(long campaignId, long communeId, ReviewAction action, Set<ReviewState> from, String reason,
			String decisionNumber, LocalDate decisionDate, Scope scope, String user) {
		Campaign campaign = campaign(campaignId, scope);
		requireCommune(scope, communeId, campaign);
		List<Review> reviews = jdbc.query(REVIEW + " WHERE r.campaign_id = :c AND r.commune_id = :m",
				Map.of("c", campaignId, "m", communeId), this::review).stream()
			.filter(r -> from.contains(r.state())).toList();
		ReviewState representative = from.iterator().next();
		ReviewState to = require(ReviewProcedure.step(representative, action, scope.role(), reason));
		if (reviews.isEmpty()) {
			throw new FieldProblem("action", "review.list.nothingTo." + action.name());
		}
		move(reviews, action, to, reason, decisionNumber, decisionDate, user);
		return reviews.size();
	}

	private void move(List<Review> reviews, ReviewAction action, ReviewState to, String reason,
			String decisionNumber, LocalDate decisionDate, String user) {
		for (Review r : reviews) {
			int updated = jdbc.update("""
					UPDATE household_review SET state = :to, return_reason = :reason,
					    decision_number = coalesce(:no, decision_number), decision_date = coalesce(:date, decision_date),
					    updated_by = :user, updated_at = now(), version = version + 1
					WHERE id = :id AND version = :version""", new MapSqlParameterSource("to", to.name())
				.addValue("reason", action == ReviewAction.RETURN || action == ReviewAction.REOPEN ? reason.strip() : null)
				.addValue("no", decisionNumber == null ? null : decisionNumber.strip()).addValue("date", decisionDate)
				.addValue("user", user).addValue("id", r.id()).addValue("version", r.version()));
			if (updated == 0) {
				throw new ConcurrentEditException(r.updatedBy());
			}
			event(r.id(), user, action.name(), r.state(), to, reason == null ? decisionNumber : reason.strip());
			if (action == ReviewAction.APPROVE) {
				applyApproved(r, decisionDate, user);
			}
		}
		if (action == ReviewAction.APPROVE) {
			reviews.stream().map(r -> Map.entry(r.year(), r.communeId())).distinct()
				.forEach(e -> approvalListeners.orderedStream().forEach(l -> l.reviewsChanged(e.getKey(), e.getValue())));
		}
	}

	/** The household takes its new category, and the assessment is kept for what-if and later periods. */
	private void applyApproved(Review r, LocalDate decisionDate, String user) {
		jdbc.update("""
				UPDATE household SET category = :category, version = version + 1, updated_at = now(), updated_by = :user
				WHERE id = :id""", Map.of("category", r.category().name(), "user", user, "id", r.householdId()));
		jdbc.update("""
				INSERT INTO poverty_assessment (household_id, assessed_on, area_type, monthly_income_per_capita,
				    deficiencies, category, standard_id, standard_version, created_by)
				VALUES (:h, :on, :area, :income, :deficiencies, :category, :sid, :sv, :user)""",
				new MapSqlParameterSource("h", r.householdId()).addValue("on", decisionDate)
					.addValue("area", r.areaType()).addValue("income", r.monthlyIncomePerCapita())
					.addValue("deficiencies", r.deficiencies().toArray(String[]::new))
					.addValue("category", r.category().name()).addValue("sid", r.standardId())
					.addValue("sv", r.standardVersion()).addValue("user", user));
	}

	private Classification classify(PovertyStandard standard, ReviewInput in) {
		Map<String, Boolean> entered = in.enteredIndicators().entrySet().stream()
			.filter(e -> standard.defines(e.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		try {
			if (in.facts() != null) {
				return standard.classify(in.areaType(), in.monthlyIncomePerCapita(), in.facts(), entered);
			}
			if (!entered.keySet().containsAll(standard.indicatorCodes())) {
				throw new FieldProblem("entered", "review.indicatorsIncomplete");
			}
			Set<String> deficient = entered.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			return standard.classify(in.areaType(), in.monthlyIncomePerCapita(), deficient);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("monthlyIncomePerCapita", "review.invalidInput");
		}
	}

	private boolean wasEarlier(long householdId, String category, LocalDate before) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM poverty_assessment WHERE household_id = :h AND category = :c
				               AND assessed_on < :before)""",
				new MapSqlParameterSource("h", householdId).addValue("c", category).addValue("before", before),
				Boolean.class));
	}

	private Map<String, Object> household(long id, Scope scope) {
		Map<String, Object> row = jdbc.queryForList("SELECT id, commune_id, category FROM household WHERE id = :id",
				Map.of("id", id)).stream().findFirst().orElseThrow(() -> new NotFoundException("household", id));
		if (!scope.mayEditHouseholds() || !scope.covers(((Number) row.get("commune_id")).longValue())) {
			throw new OutOfScopeException("household " + id + " is outside the caller's communes");
		}
		return row;
	}

	private void requireListOpen(long campaignId, long communeId) {
		Boolean locked = jdbc.queryForList("SELECT locked FROM commune_review_list WHERE campaign_id = :c AND "
				+ "commune_id = :m", Map.of("c", campaignId, "m", communeId), Boolean.class).stream().findFirst()
			.orElse(false);
		if (locked) {
			throw new FieldProblem("action", "review.refused.locked");
		}
	}

	private void requireCommune(Scope scope, long communeId, Campaign campaign) {
		if (!scope.covers(communeId) || !areas.findCommuneIdsUnder(List.of(campaign.areaId())).contains(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " is outside the caller's scope or the campaign");
		}
	}

	private static void requireDecision(String number, LocalDate date) {
		if (number == null || number.isBlank()) {
			throw new FieldProblem("decisionNumber", "review.decision.numberRequired");
		}
		if (date == null) {
			throw new FieldProblem("decisionDate", "review.decision.dateRequired");
		}
	}

	private static ReviewState require(ReviewProcedure.Step step) {
		if (step instanceof ReviewProcedure.Step.Refused refused) {
			throw new FieldProblem("action", refused.messageKey());
		}
		return ((ReviewProcedure.Step.Moved) step).to();
	}

	private boolean covers(Scope scope, long areaId) {
		List<Long> communes = areas.findCommuneIdsUnder(List.of(areaId));
		return scope.mayListPeople() && communes.stream().anyMatch(scope.communeIds()::contains);
	}

	private String provinceCodeOf(Area area) {
		Area current = area;
		while (current.getParentId() != null) {
			current = areas.findById(current.getParentId()).orElseThrow();
		}
		return current.getCode();
	}

	private void upsertList(long campaignId, long communeId) {
		jdbc.update("""
				INSERT INTO commune_review_list (campaign_id, commune_id) VALUES (:c, :m)
				ON CONFLICT (campaign_id, commune_id) DO NOTHING""", Map.of("c", campaignId, "m", communeId));
	}

	private void listEvent(long campaignId, long communeId, String user, String action, String note) {
		jdbc.update("""
				INSERT INTO commune_review_list_event (campaign_id, commune_id, actor, action, note)
				VALUES (:c, :m, :user, :action, :note)""", new MapSqlParameterSource("c", campaignId)
			.addValue("m", communeId).addValue("user", user).addValue("action", action).addValue("note", note));
	}

	private void event(long reviewId, String user, String action, ReviewState from, ReviewState to, String note) {
		jdbc.update("""
				INSERT INTO review_event (review_id, actor, action, from_state, to_state, note)
				VALUES (:id, :user, :action, :from, :to, :note)""", new MapSqlParameterSource("id", reviewId)
			.addValue("user", user).addValue("action", action).addValue("from", from == null ? null : from.name())
			.addValue("to", to.name()).addValue("note", note));
	}

	private static String entered(Map<String, Boolean> entered) {
		return entered.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}

	private static final String CAMPAIGNS = """
			SELECT rc.id, rc.year, rc.area_id, a.name AS area_name, rc.standard_id, rc.standard_version, rc.starts_on,
			       rc.ends_on, rc.opened_by
			FROM review_campaign rc JOIN area a ON a.id = rc.area_id""";

	private Campaign campaign(ResultSet rs, int i) throws SQLException {
		return new Campaign(rs.getLong("id"), rs.getInt("year"), rs.getLong("area_id"), rs.getString("area_name"),
				rs.getString("standard_id"), rs.getInt("standard_version"), rs.getDate("starts_on").toLocalDate(),
				rs.getDate("ends_on").toLocalDate(), rs.getString("opened_by"));
	}

	private static final String REVIEW = """
			SELECT r.*, h.code AS household_code, h.head_name, c.name AS commune_name
			FROM household_review r JOIN household h ON h.id = r.household_id JOIN area c ON c.id = r.commune_id""";

	private Review review(ResultSet rs, int i) throws SQLException {
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

package vn.giamngheo.review.persistence;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.review.CommuneReviewList;
import vn.giamngheo.review.CommuneReviewList.Moved;
import vn.giamngheo.review.CommuneReviewList.Step;
import vn.giamngheo.review.ListDecision;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;

/**
 * The one writer of a commune's list: loads the {@link CommuneReviewList} aggregate under
 * the list's row lock ({@code SELECT … FROM commune_review_list … FOR UPDATE}), stores
 * what a step moved with its history, and publishes the step's domain events for the
 * listeners that apply their effects in the same transaction; the reviews and their
 * history are written by {@link ReviewWriter}. Every write into a campaign's reviews (a
 * step, a review saved online, an Excel sheet) takes this lock first, so an approval and
 * a write can never interleave: whichever comes second sees what the first committed.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CommuneLists {

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final ApprovalChains chains;

	private final java.time.Clock clock;

	private final ReviewWriter writer;

	private final JdbcClient client;

	public CommuneLists(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, ApprovalChains chains,
			java.time.Clock clock, ReviewWriter writer) {
		this.writer = writer;
		this.jdbc = jdbc;
		this.client = JdbcClient.create(jdbc);
		this.events = events;
		this.chains = chains;
		this.clock = clock;
	}

	/**
	 * Takes the list's row lock until the transaction ends, and loads the list as it now
	 * stands.
	 */
	public CommuneReviewList lock(Campaign campaign, long communeId) {
		MapSqlParameterSource p = new MapSqlParameterSource("c", campaign.id()).addValue("m", communeId);
		jdbc.update("""
				INSERT INTO commune_review_list (campaign_id, commune_id) VALUES (:c, :m)
				ON CONFLICT (campaign_id, commune_id) DO NOTHING""", p);
		Map<String, Object> row = jdbc.queryForMap("""
				SELECT locked, decision_number, decision_date, decision_signer FROM commune_review_list
				WHERE campaign_id = :c AND commune_id = :m FOR UPDATE""", p);
		return load(campaign, communeId, row);
	}

	/** The list as it stands, without a lock: for what a page shows before a step. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRED)
	public CommuneReviewList read(Campaign campaign, long communeId) {
		Map<String, Object> row = jdbc.queryForList("""
				SELECT locked, decision_number, decision_date, decision_signer FROM commune_review_list
				WHERE campaign_id = :c AND commune_id = :m""", Map.of("c", campaign.id(), "m", communeId))
			.stream()
			.findFirst()
			.orElse(Map.of("locked", false));
		return load(campaign, communeId, row);
	}

	private CommuneReviewList load(Campaign campaign, long communeId, Map<String, Object> row) {
		MapSqlParameterSource p = new MapSqlParameterSource("c", campaign.id()).addValue("m", communeId);
		// Read into the aggregate's records by column name (issue 10, item 3).
		List<CommuneReviewList.Entry> entries = client.sql("""
				SELECT r.id AS review_id, r.household_id, h.head_name, r.state, h.category AS recognised,
				       r.previous_category AS previous, r.category, r.version
				FROM household_review r JOIN household h ON h.id = r.household_id
				WHERE r.campaign_id = :c AND r.commune_id = :m ORDER BY h.sort_key, h.id""")
			.paramSource(p)
			.query(CommuneReviewList.Entry.class)
			.list();
		List<CommuneReviewList.Unreviewed> unreviewed = client.sql("""
				SELECT h.id AS household_id, h.code, h.head_name, h.category FROM household h
				WHERE h.commune_id = :m AND NOT EXISTS (SELECT 1 FROM household_review r
				                                        WHERE r.household_id = h.id AND r.campaign_id = :c)
				ORDER BY h.sort_key, h.id""").paramSource(p).query(CommuneReviewList.Unreviewed.class).list();
		java.sql.Date date = (java.sql.Date) row.get("decision_date");
		ListDecision decision = row.get("decision_number") == null ? null
				: new ListDecision((String) row.get("decision_number"), date == null ? null : date.toLocalDate(),
						(String) row.get("decision_signer"));
		return new CommuneReviewList(campaign.id(), campaign.year(), communeId, campaign.startsOn(), campaign.endsOn(),
				Boolean.TRUE.equals(row.get("locked")), decision, entries, unreviewed, chains.chainOf(campaign))
			.on(java.time.LocalDate.now(clock));
	}

	/**
	 * Stores a step the aggregate took: each review moved (from the version it was loaded
	 * at), its history, the list's own row and history; then publishes the step's events
	 * in order.
	 * @return how many reviews moved
	 */
	public int store(CommuneReviewList list, Step step, String reason, String user) {
		ListDecision decision = step.action() == ReviewAction.APPROVE ? list.decision() : null;
		String note = reason != null ? reason.strip() : decision != null ? decision.number() : null;
		List<Moved> moved = step.moved();
		writer.moveMany(moved, step.action(), reason == null ? null : reason.strip(),
				decision == null ? null : decision.number(), decision == null ? null : decision.date(), note, user);
		storeList(list, step.action(), note, user);
		step.events().forEach(events::publishEvent);
		return moved.size();
	}

	private void storeList(CommuneReviewList list, ReviewAction action, String note, String user) {
		MapSqlParameterSource p = new MapSqlParameterSource("c", list.campaignId()).addValue("m", list.communeId())
			.addValue("user", user);
		// Under the district chain the district's opinion precedes the decision and stays
		// recorded with it.
		p.addValue("opinionFirst", list.chain().hasDistrict());
		switch (action) {
			case APPROVE -> {
				ListDecision d = list.decision();
				jdbc.update("""
						UPDATE commune_review_list SET locked = TRUE, decision_number = :no, decision_date = :date,
						    decision_signer = :signer, carried_forward = :carried, approved_by = :user,
						    approved_at = now(),
						    consolidated_by = CASE WHEN :opinionFirst THEN consolidated_by END,
						    consolidated_at = CASE WHEN :opinionFirst THEN consolidated_at END, version = version + 1
						WHERE campaign_id = :c AND commune_id = :m""",
						p.addValue("no", d.number())
							.addValue("date", d.date())
							.addValue("signer", d.signer())
							.addValue("carried", list.unreviewed().size()));
				listEvent(p, "APPROVE", d.number() + " · " + d.date() + " · " + d.signer()
						+ (list.unreviewed().isEmpty() ? "" : " · carried forward " + list.unreviewed().size()));
			}
			case CONSOLIDATE -> {
				jdbc.update("""
						UPDATE commune_review_list SET consolidated_by = :user, consolidated_at = now(),
						    version = version + 1 WHERE campaign_id = :c AND commune_id = :m""", p);
				listEvent(p, "CONSOLIDATE", null);
			}
			case REOPEN -> {
				jdbc.update("""
						UPDATE commune_review_list SET locked = FALSE, consolidated_by = NULL, consolidated_at = NULL,
						    version = version + 1 WHERE campaign_id = :c AND commune_id = :m""", p);
				listEvent(p, "REOPEN", note);
			}
			default -> jdbc.update("""
					UPDATE commune_review_list SET version = version + 1
					WHERE campaign_id = :c AND commune_id = :m""", p);
		}
	}

	private void listEvent(MapSqlParameterSource p, String action, String note) {
		jdbc.update("""
				INSERT INTO commune_review_list_event (campaign_id, commune_id, actor, action, note)
				VALUES (:c, :m, :user, :action, :note)""", p.addValue("action", action).addValue("note", note));
	}

}

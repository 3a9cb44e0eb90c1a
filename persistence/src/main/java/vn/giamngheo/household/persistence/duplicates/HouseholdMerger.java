package vn.giamngheo.household.persistence.duplicates;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.event.HouseholdsMerged;
import vn.giamngheo.shared.VietnameseText;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * Merges a confirmed duplicate pair into one household, in one transaction, and journals
 * every step ({@code household_merge}, {@code household_merge_step}). The surviving
 * household keeps the history, support and loans, assessments, reviews and members of
 * both. A person in both households is kept once: the survivor's record, completed with
 * the absorbed one's citizen ID or card and given its support rows. Where a uniqueness
 * rule would be broken the conflict is resolved and journalled, never a failure: a second
 * review in the same campaign is set aside into the journal (the survivor's stays), and a
 * grant paid to both households for the same period is kept and flagged as a double
 * payment (its override reason names the merge) for the officer to recover.
 */
@Service
@Transactional
public class HouseholdMerger {

	/**
	 * Tables moved by their own rules below; any other table that refers to a household
	 * is moved as it is.
	 */
	private static final Set<String> HANDLED = Set.of("household_member", "household_review", "support_disbursement",
			"duplicate_candidate", "household_change");

	private final JdbcTemplate jdbc;

	private final DuplicateQueue queue;

	private final org.springframework.context.ApplicationEventPublisher events;

	public HouseholdMerger(JdbcTemplate jdbc, DuplicateQueue queue,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.queue = queue;
	}

	/**
	 * @return the merge journal's id
	 */
	public long merge(long candidateId, long expectedVersion, long survivorId, String reason, Scope scope,
			String user) {
		DuplicateQueue.Pair pair = queue.get(candidateId, scope);
		DuplicateQueue.requireResolver(scope);
		if (reason == null || reason.isBlank()) {
			throw new FieldProblem("reason", "duplicate.reason.required");
		}
		Long a = pair.a().householdId();
		Long b = pair.b().householdId();
		if (pair.status() != DuplicateQueue.Status.OPEN || pair.version() != expectedVersion || a == null
				|| b == null) {
			throw new ConcurrentEditException(pair.resolvedBy() == null ? "" : pair.resolvedBy());
		}
		if (survivorId != a && survivorId != b) {
			throw new FieldProblem("survivor", "duplicate.survivor.required");
		}
		long absorbed = survivorId == a ? b : a;
		// Both households locked in id order, so two merges touching one household wait
		// for each other.
		jdbc.queryForList("SELECT id FROM household WHERE id IN (?, ?) ORDER BY id FOR UPDATE", Long.class, a, b);
		String snapshot = jdbc.queryForObject("""
				SELECT json_build_object('household', row_to_json(h),
				    'members', (SELECT coalesce(json_agg(row_to_json(m) ORDER BY m.id), '[]') FROM household_member m
				                WHERE m.household_id = h.id))::text FROM household h WHERE h.id = ?""", String.class,
				absorbed);
		long mergeId = jdbc.queryForObject(
				"""
						INSERT INTO household_merge (candidate_id, survivor_id, survivor_code, absorbed_id, absorbed_code, reason,
						    absorbed, merged_by)
						SELECT ?, s.id, s.code, x.id, x.code, ?, ?, ? FROM household s, household x WHERE s.id = ? AND x.id = ?
						RETURNING id""",
				Long.class, candidateId, reason.strip(), snapshot, user, survivorId, absorbed);
		mergeMembers(mergeId, survivorId, absorbed);
		moveReviews(mergeId, survivorId, absorbed);
		moveDisbursements(mergeId, survivorId, absorbed);
		moveOthers(mergeId, survivorId, absorbed);
		step(mergeId, "household_change", null, "MOVED",
				jdbc.update("UPDATE household_change SET household_id = ? WHERE household_id = ?", survivorId, absorbed)
						+ "");
		jdbc.update(
				"""
						UPDATE duplicate_candidate SET status = 'CONFIRMED', resolution = ?, resolved_by = ?, resolved_at = now(),
						    merge_id = ?, version = version + 1 WHERE id = ?""",
				reason.strip(), user, mergeId, candidateId);
		// Other open pairs of the absorbed household are found again for the survivor by
		// the next scan.
		jdbc.update("DELETE FROM duplicate_candidate WHERE status = 'OPEN' AND (household_a = ? OR household_b = ?)",
				absorbed, absorbed);
		jdbc.update("DELETE FROM household WHERE id = ?", absorbed);
		refresh(survivorId, user);
		jdbc.update(
				"INSERT INTO household_change (household_id, changed_by, action, details) VALUES (?, ?, 'MERGED', ?)",
				survivorId, user, "merge\t\t" + mergeId + "\nabsorbed\t" + pair.a().code() + "\t" + pair.b().code());
		return mergeId;
	}

	/**
	 * The same person in both: one record kept. Everyone else moves; a second head
	 * becomes another relative.
	 */
	private void mergeMembers(long mergeId, long survivor, long absorbed) {
		List<Map<String, Object>> same = jdbc.queryForList("""
				SELECT DISTINCT ON (x.id) x.id AS absorbed_member, s.id AS survivor_member, x.citizen_id,
				       x.health_insurance_card
				FROM household_member x JOIN household_member s ON s.household_id = ?
				 AND (s.citizen_id = x.citizen_id OR (s.name_key = x.name_key AND (s.date_of_birth = x.date_of_birth
				      OR s.date_of_birth = giamngheo_swap_day_month(x.date_of_birth))))
				WHERE x.household_id = ? ORDER BY x.id, s.id""", survivor, absorbed);
		for (Map<String, Object> row : same) {
			long from = ((Number) row.get("absorbed_member")).longValue();
			long to = ((Number) row.get("survivor_member")).longValue();
			repoint("household_member", from, to);
			jdbc.update("UPDATE household_member SET citizen_id = NULL WHERE id = ?", from);
			jdbc.update(
					"""
							UPDATE household_member SET citizen_id = coalesce(citizen_id, ?),
							    health_insurance_card = coalesce(health_insurance_card, ?), version = version + 1 WHERE id = ?""",
					row.get("citizen_id"), row.get("health_insurance_card"), to);
			step(mergeId, "household_member", from, "MEMBER_MERGED", "kept " + to);
			jdbc.update("DELETE FROM household_member WHERE id = ?", from);
		}
		for (Long id : jdbc.queryForList(
				"SELECT id FROM household_member WHERE household_id = ? AND relationship = " + "'HEAD'", Long.class,
				absorbed)) {
			jdbc.update("UPDATE household_member SET relationship = 'OTHER_RELATIVE' WHERE id = ?", id);
			step(mergeId, "household_member", id, "HEAD_DEMOTED", "HEAD\tOTHER_RELATIVE");
		}
		for (Long id : jdbc.queryForList("SELECT id FROM household_member WHERE household_id = ?", Long.class,
				absorbed)) {
			step(mergeId, "household_member", id, "MOVED", "");
		}
		jdbc.update("UPDATE household_member SET household_id = ? WHERE household_id = ?", survivor, absorbed);
	}

	/**
	 * One review a household per campaign: the absorbed one's is set aside into the
	 * journal, with its events.
	 */
	private void moveReviews(long mergeId, long survivor, long absorbed) {
		for (Map<String, Object> r : jdbc.queryForList(
				"""
						SELECT x.id, json_build_object('review', row_to_json(x), 'events',
						    (SELECT coalesce(json_agg(row_to_json(e) ORDER BY e.id), '[]') FROM review_event e
						     WHERE e.review_id = x.id))::text AS json
						FROM household_review x WHERE x.household_id = ? AND x.campaign_id IS NOT NULL
						  AND EXISTS (SELECT 1 FROM household_review s WHERE s.household_id = ? AND s.campaign_id = x.campaign_id)""",
				absorbed, survivor)) {
			long id = ((Number) r.get("id")).longValue();
			step(mergeId, "household_review", id, "CONFLICT_SET_ASIDE", (String) r.get("json"));
			jdbc.update("DELETE FROM household_review WHERE id = ?", id);
		}
		for (Long id : jdbc.queryForList("SELECT id FROM household_review WHERE household_id = ?", Long.class,
				absorbed)) {
			step(mergeId, "household_review", id, "MOVED", "");
		}
		jdbc.update("UPDATE household_review SET household_id = ? WHERE household_id = ?", survivor, absorbed);
	}

	/**
	 * A grant both households got for the same period is kept, flagged as paid twice (the
	 * partial unique index).
	 */
	private void moveDisbursements(long mergeId, long survivor, long absorbed) {
		for (Long id : jdbc.queryForList("""
				SELECT x.id FROM support_disbursement x WHERE x.household_id = ? AND x.period_key IS NOT NULL
				  AND x.override_reason IS NULL AND EXISTS (SELECT 1 FROM support_disbursement s
				      WHERE s.household_id = ? AND s.program_id = x.program_id AND s.period_key = x.period_key
				        AND coalesce(s.member_id, 0) = coalesce(x.member_id, 0) AND s.override_reason IS NULL)""",
				Long.class, absorbed, survivor)) {
			jdbc.update("UPDATE support_disbursement SET override_reason = ? WHERE id = ?",
					"Hưởng trùng phát hiện khi gộp hộ (nhật ký gộp số " + mergeId + ")", id);
			step(mergeId, "support_disbursement", id, "CONFLICT_FLAGGED", "paid twice for the same period");
		}
		for (Long id : jdbc.queryForList("SELECT id FROM support_disbursement WHERE household_id = ?", Long.class,
				absorbed)) {
			step(mergeId, "support_disbursement", id, "MOVED", "");
		}
		jdbc.update("UPDATE support_disbursement SET household_id = ? WHERE household_id = ?", survivor, absorbed);
		// support drops its totals on this (it owns them; the register does not reach
		// into support)
		events.publishEvent(new HouseholdsMerged(mergeId, survivor, absorbed));
	}

	/**
	 * Every other table that refers to a household (loans, assessments, and any added
	 * later) moves as it is.
	 */
	private void moveOthers(long mergeId, long survivor, long absorbed) {
		for (Map<String, Object> fk : references("household")) {
			String table = (String) fk.get("tbl");
			if (HANDLED.contains(table)) {
				continue;
			}
			int moved = jdbc.update(
					"UPDATE " + table + " SET " + fk.get("col") + " = ? WHERE " + fk.get("col") + " = ?", survivor,
					absorbed);
			if (moved > 0) {
				step(mergeId, table, null, "MOVED", moved + " rows");
			}
		}
	}

	/**
	 * Rows of other tables that point at a merged-away member now point at the one kept.
	 */
	private void repoint(String target, long from, long to) {
		for (Map<String, Object> fk : references(target)) {
			jdbc.update("UPDATE " + fk.get("tbl") + " SET " + fk.get("col") + " = ? WHERE " + fk.get("col") + " = ?",
					to, from);
		}
	}

	private List<Map<String, Object>> references(String target) {
		return jdbc.queryForList("""
				SELECT c.conrelid::regclass::text AS tbl, a.attname::text AS col
				FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
				WHERE c.contype = 'f' AND c.confrelid = ?::regclass AND array_length(c.conkey, 1) = 1
				ORDER BY 1, 2""", target);
	}

	private void refresh(long household, String user) {
		List<String> names = jdbc.queryForList(
				"SELECT full_name FROM household_member WHERE household_id = ? ORDER BY id", String.class, household);
		Map<String, Object> h = jdbc.queryForMap("SELECT code, head_name, address FROM household WHERE id = ?",
				household);
		String search = VietnameseText
			.fold(h.get("head_name") + " " + h.get("code") + " " + h.get("address") + " " + String.join(" ", names));
		jdbc.update("""
				UPDATE household SET member_count = ?, search_text = ?, updated_by = ?, updated_at = now(),
				    version = version + 1 WHERE id = ?""", names.size(),
				search.length() > 600 ? search.substring(0, 600) : search, user, household);
	}

	private void step(long mergeId, String table, Long rowId, String action, String details) {
		jdbc.update("INSERT INTO household_merge_step (merge_id, table_name, row_id, action, details) "
				+ "VALUES (?, ?, ?, ?, ?)", mergeId, table, rowId, action, details);
	}

	/** The journal of a merge, step by step, for the page that shows it. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> journal(long mergeId) {
		return jdbc.queryForList("SELECT table_name, row_id, action, details FROM household_merge_step "
				+ "WHERE merge_id = ? ORDER BY id", mergeId);
	}

}

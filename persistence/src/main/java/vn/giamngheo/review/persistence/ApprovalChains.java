package vn.giamngheo.review.persistence;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.chain.ApprovalChain;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Which approval chain a province uses in a period (table province_approval_chain).
 * Without a choice the chain follows the date: the district chain of Decision
 * 24/2021/QĐ-TTg up to 30/06/2025, the two-level one after.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalChains {

	/** A province's choice as stored, for the admin page. */
	public record Choice(long id, long provinceId, String chainId, LocalDate validFrom, LocalDate validTo,
			String deadlineDays, boolean enforceDeadlines, String chosenBy) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final vn.giamngheo.area.persistence.AreaQueries areas;

	public ApprovalChains(NamedParameterJdbcTemplate jdbc, vn.giamngheo.area.persistence.AreaQueries areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	/** The province an area lies in (the root of its tree). */
	public long provinceOf(long areaId) {
		var current = areas.get(areaId);
		while (current.parentId() != null) {
			current = areas.get(current.parentId());
		}
		return current.id();
	}

	/** The chain of a province on a date. */
	public ApprovalChain chainOf(long provinceId, LocalDate on) {
		List<Choice> rows = jdbc.query("""
				SELECT * FROM province_approval_chain WHERE province_id = :p AND valid_from <= :on
				  AND (valid_to IS NULL OR valid_to >= :on) ORDER BY valid_from DESC LIMIT 1""",
				new MapSqlParameterSource("p", provinceId).addValue("on", on), (rs, i) -> choice(rs));
		if (rows.isEmpty()) {
			return ApprovalChain.defaultOn(on);
		}
		Choice c = rows.get(0);
		return ApprovalChain.shipped(c.chainId())
			.orElseGet(() -> ApprovalChain.defaultOn(on))
			.adjusted(deadlines(c.deadlineDays()), c.enforceDeadlines());
	}

	/** The chain a campaign runs: its province's on the day the campaign starts. */
	public ApprovalChain chainOf(Campaign campaign) {
		return chainOf(provinceOf(campaign.areaId()), campaign.startsOn());
	}

	public List<Choice> choices(long provinceId) {
		return jdbc.query("SELECT * FROM province_approval_chain WHERE province_id = :p ORDER BY valid_from",
				Map.of("p", provinceId), (rs, i) -> choice(rs));
	}

	/**
	 * An administrator chooses a province's chain from a date (an existing choice from
	 * that date is replaced).
	 */
	@Transactional
	public void choose(long provinceId, String chainId, LocalDate validFrom, LocalDate validTo, String deadlineDays,
			boolean enforce, Scope scope, String user) {
		if (scope.role() != Role.ADMIN) {
			throw new OutOfScopeException("only administrators choose approval chains");
		}
		if (ApprovalChain.shipped(chainId).isEmpty()) {
			throw new FieldProblem("chainId", "review.chain.unknown");
		}
		if (validFrom == null) {
			throw new FieldProblem("validFrom", "review.chain.validFromRequired");
		}
		if (validTo != null && validTo.isBefore(validFrom)) {
			throw new FieldProblem("validTo", "review.chain.validToBeforeFrom");
		}
		String days = deadlineDays == null ? "" : deadlineDays.strip();
		try {
			deadlines(days);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("deadlineDays", "review.chain.deadlineDaysInvalid");
		}
		jdbc.update("DELETE FROM province_approval_chain WHERE province_id = :p AND valid_from = :from",
				new MapSqlParameterSource("p", provinceId).addValue("from", validFrom));
		jdbc.update("""
				INSERT INTO province_approval_chain (province_id, chain_id, valid_from, valid_to, deadline_days,
				    enforce_deadlines, chosen_by)
				VALUES (:p, :chain, :from, :to, :days, :enforce, :user)""",
				new MapSqlParameterSource("p", provinceId).addValue("chain", chainId)
					.addValue("from", validFrom)
					.addValue("to", validTo)
					.addValue("days", days)
					.addValue("enforce", enforce)
					.addValue("user", user));
	}

	/**
	 * Whether the caller's upper tier is the province (the chain of the province of the
	 * caller's first commune on {@code on} has no district). Labels follow it: "Sở"
	 * instead of "huyện" (issue 14, item 1). No communes (admin, provincial viewer): the
	 * province of the scope, else the date's default chain.
	 */
	public boolean twoLevel(vn.giamngheo.account.Scope scope, LocalDate on) {
		Long province = scope.provinceId();
		if (province == null && !scope.communeIds().isEmpty()) {
			province = provinceOf(scope.communeIds().stream().sorted().findFirst().orElseThrow());
		}
		return province == null ? !ApprovalChain.defaultOn(on).hasDistrict() : !chainOf(province, on).hasDistrict();
	}

	/**
	 * Whether a province lets its commune officials own their commune's plan and figures
	 * (V66).
	 */
	public boolean communeOwnsPlan(long provinceId) {
		List<Boolean> rows = jdbc.queryForList(
				"SELECT commune_owns_plan FROM province_plan_setting WHERE province_id = :p", Map.of("p", provinceId),
				Boolean.class);
		return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
	}

	/** An administrator turns "the commune owns its plan" on or off for a province. */
	@Transactional
	public void setCommuneOwnsPlan(long provinceId, boolean allowed, Scope scope, String user) {
		if (scope.role() != Role.ADMIN) {
			throw new OutOfScopeException("only administrators change the plan setting");
		}
		jdbc.update("""
				INSERT INTO province_plan_setting (province_id, commune_owns_plan, set_by) VALUES (:p, :a, :u)
				ON CONFLICT (province_id) DO UPDATE SET commune_owns_plan = :a, set_by = :u, set_at = now()""",
				new MapSqlParameterSource("p", provinceId).addValue("a", allowed).addValue("u", user));
	}

	/** "POST=-7,APPROVE=0" → deadlines; blank → none. */
	static Map<ReviewAction, Integer> deadlines(String text) {
		Map<ReviewAction, Integer> days = new EnumMap<>(ReviewAction.class);
		if (text == null || text.isBlank()) {
			return days;
		}
		for (String part : text.split(",")) {
			String[] kv = part.strip().split("=");
			if (kv.length != 2) {
				throw new IllegalArgumentException(part);
			}
			days.put(ReviewAction.valueOf(kv[0].strip()), Integer.parseInt(kv[1].strip()));
		}
		return days;
	}

	private static Choice choice(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Date to = rs.getDate("valid_to");
		return new Choice(rs.getLong("id"), rs.getLong("province_id"), rs.getString("chain_id"),
				rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(),
				rs.getString("deadline_days"), rs.getBoolean("enforce_deadlines"), rs.getString("chosen_by"));
	}

}

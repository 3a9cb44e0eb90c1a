package vn.giamngheo.review.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;

/**
 * What the review API reads beside the pages' queries: the communes a caller works in
 * (Vietnamese order), a commune by code, and when each step of a commune's list was last
 * taken.
 */
@Service
@Transactional(readOnly = true)
public class ReviewProgress {

	public record CommuneRow(long id, String code, String name, String areaType) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	public ReviewProgress(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The communes of a scope that lists people, sorted by the ICU Vietnamese collation.
	 */
	public List<CommuneRow> communesOf(Scope scope) {
		if (!scope.mayListPeople() || scope.communeIds().isEmpty()) {
			return List.of();
		}
		return jdbc.query("""
				SELECT id, code, name, area_type FROM area WHERE id IN (:ids) AND level = 'COMMUNE'
				ORDER BY name COLLATE vietnamese, code""", Map.of("ids", scope.communeIds()), (rs, i) -> row(rs));
	}

	public java.util.Optional<CommuneRow> commune(String code) {
		return jdbc
			.query("SELECT id, code, name, area_type FROM area WHERE code = :c AND level = 'COMMUNE'",
					Map.of("c", code), (rs, i) -> row(rs))
			.stream()
			.findFirst();
	}

	/**
	 * The commune a household is registered in, or null when there is no such household.
	 */
	public Long communeOfHousehold(long householdId) {
		return jdbc
			.query("SELECT commune_id FROM household WHERE id = :id", Map.of("id", householdId),
					(rs, i) -> rs.getLong(1))
			.stream()
			.findFirst()
			.orElse(null);
	}

	/** Action → when it last moved a review of the list, or was recorded for the list. */
	public Map<String, Instant> lastTaken(long campaignId, long communeId) {
		Map<String, Instant> at = new HashMap<>();
		MapSqlParameterSource p = new MapSqlParameterSource("c", campaignId).addValue("m", communeId);
		jdbc.query("""
				SELECT e.action, max(e.happened_at) AS at FROM review_event e
				JOIN household_review r ON r.id = e.review_id
				WHERE r.campaign_id = :c AND r.commune_id = :m GROUP BY e.action
				UNION ALL
				SELECT action, max(happened_at) FROM commune_review_list_event
				WHERE campaign_id = :c AND commune_id = :m GROUP BY action""", p, rs -> {
			Instant t = rs.getTimestamp("at").toInstant();
			at.merge(rs.getString("action"), t, (a, b) -> a.isAfter(b) ? a : b);
		});
		return at;
	}

	private static CommuneRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new CommuneRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("area_type"));
	}

}

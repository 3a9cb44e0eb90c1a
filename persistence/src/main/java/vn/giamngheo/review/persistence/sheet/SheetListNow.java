package vn.giamngheo.review.persistence.sheet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.sheet.SheetCheck.Existing;
import vn.giamngheo.review.persistence.sheet.SheetCheck.Household;

/**
 * What a commune's list holds now, as an uploaded sheet is checked against it: read in a
 * handful of set-based queries (one array parameter for any number of codes), never row
 * by row, so 10,000 rows take seconds.
 */
@Component
class SheetListNow {

	/**
	 * The list as the check sees it: locked or not, the commune's households by
	 * upper-case code, their reviews in the campaign by household, and the households
	 * poor or near-poor in an assessment before the campaign began.
	 */
	record ListNow(boolean locked, Map<String, Household> byCode, Map<Long, Existing> existing, Set<Long> poorEarlier,
			Set<Long> nearPoorEarlier) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	SheetListNow(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	ListNow read(Campaign campaign, long communeId) {
		boolean locked = Boolean.TRUE.equals(jdbc.queryForList("""
				SELECT locked FROM commune_review_list WHERE campaign_id = :c AND commune_id = :m""",
				Map.of("c", campaign.id(), "m", communeId), Boolean.class)
			.stream()
			.findFirst()
			.orElse(false));
		Map<String, Household> byCode = new HashMap<>();
		jdbc.query("SELECT id, code, category, member_count FROM household WHERE commune_id = :m",
				Map.of("m", communeId), rs -> {
					byCode.put(rs.getString("code").toUpperCase(Locale.ROOT),
							new Household(rs.getLong("id"), rs.getString("code"),
									HouseholdCategory.valueOf(rs.getString("category")), rs.getInt("member_count")));
				});
		Map<Long, Existing> existing = new HashMap<>();
		jdbc.query("""
				SELECT id, household_id, state, previous_category, version, area_type, member_count,
				       monthly_income_per_capita, deficiencies FROM household_review
				WHERE campaign_id = :c AND commune_id = :m""", Map.of("c", campaign.id(), "m", communeId), rs -> {
			existing.put(rs.getLong("household_id"),
					new Existing(rs.getLong("id"), rs.getLong("household_id"),
							ReviewState.valueOf(rs.getString("state")),
							HouseholdCategory.valueOf(rs.getString("previous_category")), rs.getLong("version"),
							AreaType.valueOf(rs.getString("area_type")), (Integer) rs.getObject("member_count"),
							rs.getLong("monthly_income_per_capita"),
							Set.of((String[]) rs.getArray("deficiencies").getArray())));
		});
		Set<Long> poorEarlier = new HashSet<>();
		Set<Long> nearPoorEarlier = new HashSet<>();
		jdbc.query(
				"""
						SELECT pa.household_id, bool_or(pa.category = 'POOR') AS poor, bool_or(pa.category = 'NEAR_POOR') AS near
						FROM poverty_assessment pa JOIN household h ON h.id = pa.household_id
						WHERE h.commune_id = :m AND pa.assessed_on < :start
						  AND pa.category IN ('POOR', 'NEAR_POOR')
						GROUP BY pa.household_id""",
				new MapSqlParameterSource("m", communeId).addValue("start", campaign.startsOn()), rs -> {
					if (rs.getBoolean("poor")) {
						poorEarlier.add(rs.getLong("household_id"));
					}
					if (rs.getBoolean("near")) {
						nearPoorEarlier.add(rs.getLong("household_id"));
					}
				});
		return new ListNow(locked, byCode, existing, poorEarlier, nearPoorEarlier);
	}

	/**
	 * Which of the codes not in the commune are households of another commune (upper
	 * case).
	 */
	Set<String> elsewhere(Set<String> unknownCodes) {
		return unknownCodes.isEmpty() ? Set.of()
				// One array parameter, however many codes: a list of parameters stops at
				// 65,535.
				: new HashSet<>(jdbc.queryForList("SELECT upper(code) FROM household WHERE upper(code) = ANY(:codes)",
						Map.of("codes",
								unknownCodes.stream().map(c -> c.toUpperCase(Locale.ROOT)).toArray(String[]::new)),
						String.class));
	}

}

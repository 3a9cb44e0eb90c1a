package vn.giamngheo.review.persistence.sheet;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.sheet.ReviewDocuments.ListRow;
import vn.giamngheo.review.persistence.sheet.ReviewDocuments.Member;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * The rows the review's documents print, each statement restricted to the caller's
 * communes in its SQL ({@code commune_id IN (:communes)}): issue 10, the query checks
 * instead of trusting its caller. A household or a commune outside the caller's communes
 * is refused ({@link OutOfScopeException}, 403) rather than read, even if a caller forgot
 * to ask {@code ReviewService} first.
 */
@Repository
@Transactional(readOnly = true)
class ReviewDocumentRows {

	/**
	 * Where a household or a commune lies; {@code district} is null for a commune
	 * directly under its province.
	 */
	record Place(String address, String village, String commune, String district, String province) {

		/**
		 * A commune directly under its province (after the 2025 reform) has its province
		 * in the district's place.
		 */
		static Place of(Map<String, Object> row) {
			String province = (String) row.get("province");
			String district = (String) row.get("district");
			if (province == null) {
				province = district;
				district = null;
			}
			return new Place((String) row.get("address"), (String) row.get("village"), (String) row.get("commune"),
					district, province);
		}
	}

	private final NamedParameterJdbcTemplate jdbc;

	ReviewDocumentRows(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A household's address and areas, if it lies in the caller's communes. */
	Place householdPlace(long householdId, Scope scope) {
		List<Map<String, Object>> rows = jdbc.queryForList("""
				SELECT h.address, v.name AS village, c.name AS commune, d.name AS district, p.name AS province
				FROM household h JOIN area v ON v.id = h.village_id JOIN area c ON c.id = h.commune_id
				LEFT JOIN area d ON d.id = c.parent_id LEFT JOIN area p ON p.id = d.parent_id
				WHERE h.id = :id AND h.commune_id IN (:communes)""", params(scope).addValue("id", householdId));
		if (rows.isEmpty()) {
			throw new OutOfScopeException("household " + householdId + " is outside the caller's communes");
		}
		return Place.of(rows.get(0));
	}

	/**
	 * A household's members, head first, if it lies in the caller's communes (else none).
	 */
	List<Member> members(long householdId, Scope scope) {
		return jdbc.query("""
				SELECT m.full_name, m.date_of_birth, m.relationship, m.sex
				FROM household_member m JOIN household h ON h.id = m.household_id
				WHERE m.household_id = :id AND h.commune_id IN (:communes)
				ORDER BY CASE WHEN m.relationship = 'HEAD' THEN 0 ELSE 1 END, m.date_of_birth, m.id""",
				params(scope).addValue("id", householdId), (rs, i) -> new Member(rs.getString("full_name"),
						rs.getDate("date_of_birth").toLocalDate(), rs.getString("relationship"), rs.getString("sex")));
	}

	/** A commune's district and province, if it is one of the caller's communes. */
	Place communePlace(long communeId, Scope scope) {
		List<Map<String, Object>> rows = jdbc.queryForList("""
				SELECT NULL AS address, NULL AS village, c.name AS commune, d.name AS district, p.name AS province
				FROM area c LEFT JOIN area d ON d.id = c.parent_id LEFT JOIN area p ON p.id = d.parent_id
				WHERE c.id = :id AND c.id IN (:communes)""", params(scope).addValue("id", communeId));
		if (rows.isEmpty()) {
			throw new OutOfScopeException("commune " + communeId + " is outside the caller's communes");
		}
		return Place.of(rows.get(0));
	}

	/**
	 * Every reviewed household of a commune in a campaign, in the register's order; the
	 * commune must be in scope.
	 */
	List<ListRow> listRows(long campaignId, long communeId, Scope scope) {
		if (!scope.covers(communeId)) {
			throw new OutOfScopeException("commune " + communeId + " is outside the caller's communes");
		}
		return jdbc.query("""
				SELECT h.code, h.head_name, v.name AS village, r.category, r.outcome, r.state, r.deficiencies,
				       r.monthly_income_per_capita, r.standard_id, r.standard_version, r.decision_number,
				       r.decision_date
				FROM household_review r JOIN household h ON h.id = r.household_id JOIN area v ON v.id = h.village_id
				WHERE r.campaign_id = :c AND r.commune_id = :m AND r.commune_id IN (:communes)
				ORDER BY v.name, h.sort_key, h.id""", params(scope).addValue("c", campaignId).addValue("m", communeId),
				(rs, i) -> {
					Array d = rs.getArray("deficiencies");
					return new ListRow(rs.getString("code"), rs.getString("head_name"), rs.getString("village"),
							PovertyCategory.valueOf(rs.getString("category")), Outcome.valueOf(rs.getString("outcome")),
							ReviewState.valueOf(rs.getString("state")),
							d == null ? List.of() : Arrays.asList((String[]) d.getArray()),
							rs.getLong("monthly_income_per_capita"), rs.getString("standard_id"),
							rs.getInt("standard_version"), rs.getString("decision_number"),
							rs.getDate("decision_date") == null ? null : rs.getDate("decision_date").toLocalDate());
				});
	}

	/**
	 * The caller's communes as {@code :communes}: only commune officials and district
	 * officers print lists of named people ({@link Scope#mayListPeople()}); anyone else,
	 * or a scope without communes, is refused here.
	 */
	private static MapSqlParameterSource params(Scope scope) {
		if (!scope.mayListPeople() || scope.communeIds().isEmpty()) {
			throw new OutOfScopeException("the caller reads no household of any commune");
		}
		return new MapSqlParameterSource("communes", List.copyOf(scope.communeIds()));
	}

}

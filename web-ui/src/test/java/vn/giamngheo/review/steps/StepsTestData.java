package vn.giamngheo.review.steps;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.persistence.ReviewInput;
import vn.giamngheo.review.persistence.ReviewService;

/**
 * Demo households and regular reviews for the steps tests (demo province '84'; each test
 * its own households).
 */
final class StepsTestData {

	static final Set<String> TWELVE = Set.of("EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE",
			"ADULT_EDUCATION", "CHILD_SCHOOL_ATTENDANCE", "HOUSING_QUALITY", "HOUSING_AREA", "DOMESTIC_WATER",
			"SANITATION", "TELECOM_SERVICES", "INFORMATION_ACCESS");

	private StepsTestData() {
	}

	/**
	 * The n-th household of a commune (ordered by id) that is recognised as not poor and
	 * has no review of any kind, so a regular review that also finds it not poor changes
	 * no figure another test counts.
	 */
	static Map<String, Object> notPoorHousehold(JdbcTemplate jdbc, String commune, int n) {
		return jdbc.queryForMap("""
				SELECT h.id, h.code, h.head_name FROM household h JOIN area c ON c.id = h.commune_id
				JOIN area p1 ON p1.id = c.parent_id LEFT JOIN area p2 ON p2.id = p1.parent_id
				WHERE c.name = ? AND c.kind = 'COMMUNE' AND '84' IN (p1.code, p2.code) AND h.category = 'NOT_POOR'
				  AND NOT EXISTS (SELECT 1 FROM household_review r WHERE r.household_id = h.id)
				ORDER BY h.id OFFSET ? LIMIT 1""", commune, n);
	}

	/**
	 * A regular review (Art. 5) entered, submitted and marked posted: income above the
	 * line, not poor.
	 */
	static long enterAndPostNotPoor(ReviewService reviews, long household, Scope official, String user) {
		Map<String, Boolean> entered = new HashMap<>();
		TWELVE.forEach(code -> entered.put(code, false));
		long id = reviews.save(new ReviewInput(null, household, null, 0, AreaType.RURAL, null, null, 4_000_000L, null,
				null, null, entered, "{}"), official, user);
		reviews.act(id, ReviewAction.SUBMIT, null, null, null, official, user);
		reviews.act(id, ReviewAction.POST, null, null, null, official, user);
		return id;
	}

}

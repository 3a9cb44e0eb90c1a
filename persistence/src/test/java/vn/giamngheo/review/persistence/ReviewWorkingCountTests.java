package vn.giamngheo.review.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.demo.DemoData;

/**
 * The review's working counts (V71), which the campaign progress page reads, stay equal
 * to a grouped count of household_review through every kind of write: a bulk insert as a
 * sheet confirm does, a list step moving every review of a commune to the next state, a
 * reclassification, a review moved to another commune (a merger), a delete, and a regular
 * review without a campaign (not counted).
 */
@SpringBootTest
@Transactional
class ReviewWorkingCountTests {

	@Autowired
	DemoData demo;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void countsEqualTheReviewsThroughInsertsStepsReclassificationMovesAndDeletes() {
		vn.giamngheo.testsupport.TestDemo.ensureLoaded(demo);
		long campaign = jdbc
			.queryForObject("SELECT id FROM review_campaign WHERE opened_by = 'demo' ORDER BY id LIMIT 1", Long.class);
		int written = jdbc.update("""
				INSERT INTO household_review (campaign_id, kind, household_id, commune_id, year, state, area_type,
				    monthly_income_per_capita, previous_category, category, outcome, standard_id, standard_version,
				    income_line, created_by, updated_by)
				SELECT c.id, 'PERIODIC', h.id, h.commune_id, c.year, 'DRAFT', 'RURAL', 0, h.category,
				       CASE WHEN h.id % 4 = 0 THEN 'POOR' ELSE 'NOT_POOR' END, 'UNCHANGED', c.standard_id,
				       c.standard_version, 1, 'test', 'test'
				FROM review_campaign c CROSS JOIN household h WHERE c.id = ?
				ON CONFLICT DO NOTHING""", campaign);
		assertThat(written).isGreaterThan(100);
		assertReconciled(campaign);

		long commune = jdbc.queryForObject("SELECT min(commune_id) FROM household_review WHERE campaign_id = ?",
				Long.class, campaign);
		jdbc.update("UPDATE household_review SET state = 'SUBMITTED' WHERE campaign_id = ? AND commune_id = ?",
				campaign, commune);
		jdbc.update("UPDATE household_review SET category = 'NEAR_POOR', outcome = 'NEWLY_NEAR_POOR' "
				+ "WHERE campaign_id = ? AND id % 7 = 0", campaign);
		jdbc.update("UPDATE household_review SET updated_by = 'nobody' WHERE campaign_id = ?", campaign);
		long other = jdbc.queryForObject("SELECT max(commune_id) FROM household_review WHERE campaign_id = ?",
				Long.class, campaign);
		jdbc.update(
				"UPDATE household_review SET commune_id = ? WHERE campaign_id = ? AND commune_id = ? AND id % 3 = 0",
				other, campaign, commune);
		jdbc.update("DELETE FROM household_review WHERE campaign_id = ? AND id % 5 = 0", campaign);
		jdbc.update("""
				INSERT INTO household_review (campaign_id, kind, household_id, commune_id, year, state, area_type,
				    monthly_income_per_capita, previous_category, category, outcome, standard_id, standard_version,
				    income_line, created_by, updated_by)
				SELECT NULL, 'REGULAR', h.id, h.commune_id, 2026, 'DRAFT', 'RURAL', 0, h.category, 'POOR',
				       'UNCHANGED', 'VN-2022-2025', 1, 1, 'test', 'test'
				FROM household h ORDER BY h.id LIMIT 10""");
		assertReconciled(campaign);
	}

	private void assertReconciled(long campaign) {
		String live = """
				SELECT commune_id, state, outcome, category, count(*) AS n FROM household_review WHERE campaign_id = ?
				GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""";
		String kept = """
				SELECT commune_id, state, outcome, category, reviews AS n FROM review_working_count
				WHERE campaign_id = ? AND reviews <> 0 ORDER BY 1, 2, 3, 4""";
		List<Map<String, Object>> counted = jdbc.queryForList(live, campaign);
		assertThat(counted).isNotEmpty();
		assertThat(jdbc.queryForList(kept, campaign)).isEqualTo(counted);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM review_working_count WHERE reviews < 0", Long.class))
			.isZero();
	}

}

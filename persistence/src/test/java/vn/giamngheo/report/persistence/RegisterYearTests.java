package vn.giamngheo.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.testsupport.Fixtures;

/**
 * The register's year (V89) is the year of the latest assessment, kept by the database
 * through inserts, bulk inserts, corrections and deletions, and equal to what a max()
 * over the assessments says.
 */
@SpringBootTest
@Transactional
class RegisterYearTests {

	@Autowired
	AreaSummaries summaries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	private long assess(long household, String on) {
		return jdbc.queryForObject("""
				INSERT INTO poverty_assessment (household_id, assessed_on, area_type, monthly_income_per_capita,
				    category, standard_id, standard_version, created_by)
				VALUES (?, ?, 'RURAL', 1000000, 'POOR', 'VN-2022-2025', 1, 'test') RETURNING id""", Long.class,
				household, LocalDate.parse(on));
	}

	private Integer maxYear() {
		return jdbc.queryForObject(
				"SELECT CAST(extract(year FROM max(assessed_on)) AS INTEGER) FROM poverty_assessment", Integer.class);
	}

	@Test
	void theRegisterYearFollowsTheLatestAssessmentThroughEveryKindOfWrite() {
		Fixtures.Tree tree = fixtures.tree();
		long household = jdbc.queryForObject("""
				INSERT INTO household (code, commune_id, village_id, address, head_name, ethnicity, category,
				    member_count, search_text, sort_key, created_by, updated_by)
				VALUES ('RY-1', ?, ?, 'Tổ 1', 'Thạch Văn A', 'KHMER', 'POOR', 1, 'thach van a', 'a', 't', 't')
				RETURNING id""", Long.class, tree.commune().getId(), tree.village().getId());
		jdbc.update("DELETE FROM poverty_assessment WHERE assessed_on >= '2090-01-01'");

		long latest = assess(household, "2091-11-30");
		assertThat(summaries.registerYear()).isEqualTo(2091).isEqualTo(maxYear());
		// An older assessment entered later does not move it back; a bulk insert moves it
		// forward.
		assess(household, "2090-06-01");
		assertThat(summaries.registerYear()).isEqualTo(2091);
		jdbc.update("""
				INSERT INTO poverty_assessment (household_id, assessed_on, area_type, monthly_income_per_capita,
				    category, standard_id, standard_version, created_by)
				SELECT household_id, assessed_on + 400, area_type, monthly_income_per_capita, category, standard_id,
				       standard_version, created_by FROM poverty_assessment WHERE id = ?""", latest);
		assertThat(summaries.registerYear()).isEqualTo(2093).isEqualTo(maxYear());

		// A correction of the date and a deletion may move it back.
		jdbc.update("UPDATE poverty_assessment SET assessed_on = '2092-01-15' WHERE assessed_on >= '2093-01-01'");
		assertThat(summaries.registerYear()).isEqualTo(2092).isEqualTo(maxYear());
		jdbc.update("DELETE FROM poverty_assessment WHERE assessed_on >= '2092-01-01'");
		assertThat(summaries.registerYear()).isEqualTo(2091).isEqualTo(maxYear());
	}

}

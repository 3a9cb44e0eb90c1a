package vn.giamngheo.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.demo.DemoData;

/**
 * The demo province looks like the seed districts: a few percent poor, most households in
 * Trà Cú Khmer.
 */
@SpringBootTest
class DemoDataTests {

	@Autowired
	DemoData demo;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void generatesADistrictInTheProportionsOfTheSeedReports() {
		vn.giamngheo.testsupport.TestDemo.ensureLoaded(demo);
		long households = jdbc.queryForObject("SELECT count(*) FROM household", Long.class);
		double poor = jdbc.queryForObject("SELECT avg((category = 'POOR')::int) FROM household", Double.class);
		double nearPoor = jdbc.queryForObject("SELECT avg((category = 'NEAR_POOR')::int) FROM household", Double.class);
		double khmerInTraCu = jdbc.queryForObject("""
				SELECT avg((h.ethnicity = 'KHMER')::int) FROM household h
				JOIN area c ON c.id = h.commune_id JOIN area d ON d.id = c.parent_id WHERE d.name = 'Trà Cú'""",
				Double.class);
		assertThat(households).isGreaterThanOrEqualTo(2_000);
		assertThat(poor).isBetween(0.02, 0.08);
		assertThat(nearPoor).isBetween(0.03, 0.10);
		assertThat(khmerInTraCu).isBetween(0.5, 0.75);
		assertThat(
				jdbc.queryForObject(
						"SELECT count(*) FROM household WHERE member_count <> "
								+ "(SELECT count(*) FROM household_member m WHERE m.household_id = household.id)",
						Long.class))
			.isZero();
		assertThat(jdbc.queryForList("SELECT role FROM account", String.class)).contains("ADMIN", "PROVINCIAL_VIEWER",
				"DISTRICT_OFFICER", "COMMUNE_OFFICIAL");
	}

	@Test
	void everyGeneratedCitizenIdIsConsistentWithSexAndBirthYear() {
		vn.giamngheo.testsupport.TestDemo.ensureLoaded(demo);
		var rows = jdbc.queryForList("SELECT citizen_id, sex, date_of_birth FROM household_member "
				+ "WHERE citizen_id IS NOT NULL LIMIT 2000");
		assertThat(rows).isNotEmpty()
			.allSatisfy(r -> assertThat(vn.giamngheo.household.CitizenId.check((String) r.get("citizen_id"),
					vn.giamngheo.household.Sex.valueOf((String) r.get("sex")),
					((java.sql.Date) r.get("date_of_birth")).toLocalDate()))
				.isEmpty());
	}

}

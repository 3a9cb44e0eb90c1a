package vn.giamngheo.household.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.testsupport.Fixtures;

/**
 * The live working counts (V40) stay equal to a count of the household table through
 * every kind of write: the service's insert, an update that moves a household to another
 * category or village, an update that changes no counted field, a multi-row UPDATE and
 * DELETE in SQL, and a bulk INSERT … SELECT as an import would do.
 */
@SpringBootTest
@Transactional
class HouseholdWorkingCountTests {

	@Autowired
	HouseholdService households;

	@Autowired
	HouseholdQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	Fixtures.Tree tree;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
	}

	private List<Map<String, Object>> stored() {
		return jdbc.queryForList("""
				SELECT commune_id, village_id, category, ethnicity, households FROM household_working_count
				WHERE households > 0 AND commune_id IN (?, ?) ORDER BY 1, 2, 3, 4""", tree.commune().getId(),
				tree.otherCommune().getId());
	}

	private List<Map<String, Object>> counted() {
		return jdbc.queryForList("""
				SELECT commune_id, village_id, category, ethnicity, count(*) AS households FROM household
				WHERE commune_id IN (?, ?) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""", tree.commune().getId(),
				tree.otherCommune().getId());
	}

	private List<Map<String, Object>> storedByCommune() {
		return jdbc.queryForList("""
				SELECT commune_id, category, ethnicity, households FROM household_commune_count
				WHERE households > 0 AND commune_id IN (?, ?) ORDER BY 1, 2, 3""", tree.commune().getId(),
				tree.otherCommune().getId());
	}

	private List<Map<String, Object>> countedByCommune() {
		return jdbc.queryForList("""
				SELECT commune_id, category, ethnicity, count(*) AS households FROM household
				WHERE commune_id IN (?, ?) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""", tree.commune().getId(),
				tree.otherCommune().getId());
	}

	private void bothCountsMatchTheTable() {
		assertThat(stored()).isEqualTo(counted());
		assertThat(storedByCommune()).isEqualTo(countedByCommune());
	}

	@Test
	void countsFollowEveryKindOfWriteToTheHouseholdTable() {
		long a = households.register(Fixtures.household(tree.village(), "Nguyễn Văn A"), tree.official(), "t");
		households.register(Fixtures.household(tree.village(), "Trần Thị B"), tree.official(), "t");
		households.register(Fixtures.household(tree.otherVillage(), "Lê Văn C"), tree.officialOfOtherCommune(), "t");
		bothCountsMatchTheTable();
		assertThat(storedByCommune()).isNotEmpty();

		jdbc.update("UPDATE household SET category = 'POOR' WHERE id = ?", a);
		bothCountsMatchTheTable();

		jdbc.update("UPDATE household SET phone = '0912345678' WHERE commune_id = ?", tree.commune().getId());
		bothCountsMatchTheTable();

		// A bulk copy of the commune's households (as an import writes them), then a move
		// and a delete of many rows.
		jdbc.update("""
				INSERT INTO household (code, commune_id, village_id, address, head_name, ethnicity, category,
				                       search_text, sort_key, created_by, updated_by)
				SELECT code || '-copy', commune_id, village_id, address, head_name, ethnicity, 'NEAR_POOR',
				       search_text, sort_key, created_by, updated_by
				FROM household WHERE commune_id = ?""", tree.commune().getId());
		bothCountsMatchTheTable();
		jdbc.update("UPDATE household SET category = 'NOT_POOR' WHERE code LIKE '%-copy'");
		bothCountsMatchTheTable();
		jdbc.update("DELETE FROM household WHERE commune_id = ? AND category = 'NOT_POOR'", tree.commune().getId());
		bothCountsMatchTheTable();

		// A household moved to the other commune (an area reform's move) leaves one
		// commune's row for the other's.
		jdbc.update("UPDATE household SET commune_id = ?, village_id = ? WHERE id = ?", tree.otherCommune().getId(),
				tree.otherVillage().getId(), a);
		bothCountsMatchTheTable();
	}

	@Test
	void theHouseholdListTotalIsTheStoredCountForFiltersAndBoundedForSearch() {
		for (String name : new String[] { "Nguyễn Văn A", "Nguyễn Văn B", "Trần Thị C" }) {
			households.register(Fixtures.household(tree.village(), name), tree.official(), "t");
		}
		// New households start unclassified; an approved review recognises them (here
		// straight in the register).
		jdbc.update("UPDATE household SET category = 'POOR' WHERE village_id = ? AND head_name = 'Trần Thị C'",
				tree.village().getId());
		jdbc.update(
				"UPDATE household SET category = 'NEAR_POOR' WHERE village_id = ? AND head_name LIKE 'Nguyễn Văn _'",
				tree.village().getId());
		var poor = new HouseholdQueries.Filter(null, null, HouseholdCategory.POOR, null, null);
		assertThat(queries.find(poor, tree.districtOfficer(), 0, 20).total()).isEqualTo(1);
		assertThat(queries.find(poor, tree.districtOfficer(), 0, 20).rows()).extracting(HouseholdQueries.Row::headName)
			.containsExactly("Trần Thị C");
		var inOtherCommune = new HouseholdQueries.Filter(tree.otherCommune().getId(), null, null, null, null);
		assertThat(queries.find(inOtherCommune, tree.districtOfficer(), 0, 20).total()).isZero();
		var outsideScope = new HouseholdQueries.Filter(tree.otherCommune().getId(), null, null, null, null);
		assertThat(queries.find(outsideScope, tree.official(), 0, 20).rows()).isEmpty();
		var search = new HouseholdQueries.Filter(null, null, null, null, "nguyen van");
		HouseholdQueries.Page found = queries.find(search, tree.districtOfficer(), 0, 20);
		assertThat(found.total()).isEqualTo(2);
		assertThat(found.totalIsLowerBound()).isFalse();
	}

}

package vn.giamngheo.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.demo.DemoData;

/**
 * The stored coverage figures (V85), which the coverage page reads, stay equal to the
 * live statement over the register and the grants, for the district and each of its
 * communes, through every kind of write: the demo's bulk grants, a single grant to an
 * uninsured member, a card number given and taken, a pupil who starts school, members
 * added and removed, categories changed both ways, households moved to another commune,
 * grants deleted, re-dated and moved to another household, a program's coverage role
 * changed, and a household deleted with everything it had.
 */
@SpringBootTest
@Transactional
class SupportCoverageCountTests {

	static final int YEAR = 2039;

	@Autowired
	DemoData demo;

	@Autowired
	SupportCoverage coverage;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void storedFiguresEqualTheLiveStatementThroughEveryKindOfWrite() {
		vn.giamngheo.testsupport.TestDemo.ensureLoaded(demo);
		DemoSupport.write(jdbc, 2023, LocalDate.of(2026, 11, 22));
		List<Long> traCu = jdbc.queryForList("""
				SELECT c.id FROM area c JOIN area d ON d.id = c.parent_id
				WHERE d.name = 'Trà Cú' AND c.level = 'COMMUNE' ORDER BY c.id""", Long.class);
		Scope district = new Scope(Role.DISTRICT_OFFICER, new TreeSet<>(traCu), null);
		assertReconciled(traCu, district);
		String in = String.join(",", traCu.stream().map(String::valueOf).toList());
		long first = traCu.get(0);
		long second = traCu.get(1);

		// One grant of a health-insurance card to uninsured members of poor households,
		// and tuition to pupils.
		int granted = jdbc
			.update("""
					INSERT INTO support_disbursement (program_id, household_id, member_id, commune_id, disbursed_on,
					    amount, quantity, funding_source, decision_ref, recorded_by)
					SELECT p.id, h.id, m.id, h.commune_id, DATE '2039-03-01', 1105650, 1, 'CENTRAL_BUDGET', 't', 'test'
					FROM household h JOIN household_member m ON m.household_id = h.id JOIN support_program p ON p.code = 'BHYT'
					WHERE h.commune_id = ? AND h.category = 'POOR' AND m.health_insurance_card IS NULL AND m.id % 3 = 0""",
					first);
		assertThat(granted).isPositive();
		jdbc.update("""
				INSERT INTO support_disbursement (program_id, household_id, member_id, commune_id, disbursed_on,
				    amount, funding_source, decision_ref, recorded_by)
				SELECT p.id, h.id, m.id, h.commune_id, DATE '2039-09-15', 1350000, 'PROVINCIAL_BUDGET', 't', 'test'
				FROM household h JOIN household_member m ON m.household_id = h.id
				JOIN support_program p ON p.code = 'HOC-PHI'
				WHERE h.commune_id IN (%s) AND h.category IN ('POOR', 'NEAR_POOR') AND m.schooling = 'ATTENDING'
				  AND m.id %% 2 = 0""".formatted(in));
		assertReconciled(traCu, district);

		// Members' cards and schooling change, one member at a time and many at once.
		long member = jdbc.queryForObject("""
				SELECT m.id FROM household_member m JOIN household h ON h.id = m.household_id
				WHERE h.commune_id = ? AND h.category = 'POOR' AND m.health_insurance_card IS NOT NULL
				ORDER BY m.id LIMIT 1""", Long.class, first);
		jdbc.update("UPDATE household_member SET health_insurance_card = NULL WHERE id = ?", member);
		jdbc.update("""
				UPDATE household_member SET health_insurance_card = 'HN4790000000001'
				WHERE health_insurance_card IS NULL AND id % 11 = 0
				  AND household_id IN (SELECT id FROM household WHERE commune_id = ?)""", second);
		jdbc.update("""
				UPDATE household_member SET schooling = 'ATTENDING'
				WHERE schooling <> 'ATTENDING' AND id %% 13 = 0
				  AND household_id IN (SELECT id FROM household WHERE commune_id IN (%s))""".formatted(in));
		jdbc.update("UPDATE household_member SET full_name = full_name || ' ' WHERE household_id IN "
				+ "(SELECT id FROM household WHERE commune_id = ?)", first);
		assertReconciled(traCu, district);

		// Members added and removed (a removed member's grants stay with the household,
		// without a member).
		jdbc.update("""
				INSERT INTO household_member (household_id, full_name, date_of_birth, sex, ethnicity, relationship,
				                              schooling)
				SELECT id, 'Trẻ Mới', DATE '2033-05-01', 'FEMALE', ethnicity, 'CHILD', 'ATTENDING'
				FROM household WHERE commune_id = ? AND category IN ('POOR', 'NEAR_POOR') AND id % 5 = 0""", first);
		jdbc.update("""
				DELETE FROM household_member WHERE relationship <> 'HEAD' AND id % 17 = 0
				  AND household_id IN (SELECT id FROM household WHERE commune_id = ?)""", first);
		assertReconciled(traCu, district);

		// Categories change both ways, and households move to another commune (an area
		// reform, a merger).
		jdbc.update("UPDATE household SET category = 'NOT_POOR' WHERE commune_id = ? AND category = 'POOR' "
				+ "AND id % 4 = 0", first);
		jdbc.update("UPDATE household SET category = 'NEAR_POOR' WHERE commune_id = ? AND category = 'NOT_POOR' "
				+ "AND id % 9 = 0", second);
		long village = jdbc.queryForObject("SELECT id FROM area WHERE parent_id = ? ORDER BY id LIMIT 1", Long.class,
				second);
		jdbc.update("UPDATE household SET commune_id = ?, village_id = ? WHERE commune_id = ? AND id % 6 = 0", second,
				village, first);
		jdbc.update("UPDATE household SET phone = '0912345678' WHERE commune_id = ?", second);
		assertReconciled(traCu, district);

		// Grants deleted, re-dated into another year, moved to another household (a
		// duplicate merged).
		jdbc.update("DELETE FROM support_disbursement WHERE commune_id = ? AND id % 7 = 0", second);
		jdbc.update("UPDATE support_disbursement SET disbursed_on = DATE '2039-02-01' WHERE commune_id = ? "
				+ "AND id % 5 = 0", first);
		long[] pair = jdbc.queryForObject("""
				SELECT min(h.id), max(h.id) FROM household h WHERE h.commune_id = ? AND h.category = 'POOR'
				  AND EXISTS (SELECT 1 FROM support_disbursement d WHERE d.household_id = h.id)""",
				(rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }, first);
		jdbc.update("UPDATE support_disbursement SET household_id = ?, member_id = NULL, override_reason = 'merged' "
				+ "WHERE household_id = ?", pair[1], pair[0]);
		assertReconciled(traCu, district);

		// A program's coverage role changes in the catalogue, and back.
		jdbc.update("UPDATE support_program SET coverage_role = NULL WHERE code = 'HOC-PHI'");
		assertReconciled(traCu, district);
		jdbc.update("UPDATE support_program SET coverage_role = 'TUITION' WHERE code = 'HOC-PHI'");
		jdbc.update("UPDATE support_program SET name = name || ' ' WHERE code = 'BHYT'");
		assertReconciled(traCu, district);

		// A household registered with members and a grant, then deleted with everything
		// it had (members by cascade).
		long gone = jdbc.queryForObject("""
				INSERT INTO household (code, commune_id, village_id, address, head_name, ethnicity, category,
				                       search_text, sort_key, created_by, updated_by)
				VALUES ('COVERAGE-TEST', ?, ?, 'x', 'Lê Văn Mới', 'KINH', 'POOR', 'le van moi', 'Mới Lê Văn', 't', 't')
				RETURNING id""", Long.class, second, village);
		jdbc.update("""
				INSERT INTO household_member (household_id, full_name, date_of_birth, sex, ethnicity, relationship,
				                              schooling)
				VALUES (?, 'Lê Văn Mới', DATE '1980-01-01', 'MALE', 'KINH', 'HEAD', 'NOT_SCHOOL_AGE'),
				       (?, 'Lê Thị Nhỏ', DATE '2030-01-01', 'FEMALE', 'KINH', 'CHILD', 'ATTENDING')""", gone, gone);
		jdbc.update("""
				INSERT INTO support_disbursement (program_id, household_id, commune_id, disbursed_on, amount,
				    funding_source, decision_ref, recorded_by)
				SELECT p.id, ?, ?, DATE '2039-01-20', 500000, 'DISTRICT_BUDGET', 't', 'test'
				FROM support_program p WHERE p.code = 'TET'""", gone, second);
		assertReconciled(traCu, district);
		jdbc.update("DELETE FROM support_disbursement WHERE household_id = ?", gone);
		jdbc.update("DELETE FROM household WHERE id = ?", gone);
		assertReconciled(traCu, district);
	}

	private void assertReconciled(List<Long> communes, Scope district) {
		for (int year : new int[] { 2025, 2026, YEAR, 2040 }) {
			SupportCoverage.Coverage live = coverage.liveCoverage(null, year, district);
			assertThat(coverage.coverage(null, year, district)).as("district in %d", year).isEqualTo(live);
			for (long commune : communes) {
				assertThat(coverage.coverage(commune, year, district)).as("commune %d in %d", commune, year)
					.isEqualTo(coverage.liveCoverage(commune, year, district));
			}
		}
		// The list of households that got nothing (read from the stored rows) is the live
		// definition's list.
		for (int year : new int[] { 2026, YEAR }) {
			List<Long> live = jdbc.queryForList("""
					SELECT h.id FROM household h JOIN area c ON c.id = h.commune_id
					WHERE h.commune_id IN (%s) AND h.category IN ('POOR', 'NEAR_POOR')
					  AND NOT EXISTS (SELECT 1 FROM support_disbursement d WHERE d.household_id = h.id
					                  AND extract(YEAR FROM d.disbursed_on) = ?)
					ORDER BY c.name, h.sort_key, h.id LIMIT 5000"""
				.formatted(String.join(",", communes.stream().map(String::valueOf).toList())), Long.class, year);
			assertThat(coverage.gotNothing(null, year, district, 5000)).extracting(SupportCoverage.Neglected::id)
				.as("got nothing in %d", year)
				.containsExactlyElementsOf(live);
		}
		SupportCoverage.Coverage now = coverage.liveCoverage(null, 2026, district);
		assertThat(now.insuredPeople().whole()).isGreaterThan(1_000);
		assertThat(now.gotNothing().whole()).isGreaterThan(now.gotNothing().part());
	}

}

package vn.giamngheo.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.demo.DemoData;

/**
 * A district the size of Trà Cú in the seed report (about 43.000 households, 1.938 of
 * them poor) with a year of demo support: every total, however grouped, adds up exactly
 * to the sum of the records of the district's communes.
 */
@SpringBootTest
@Transactional
class SupportTotalsTests {

	@Autowired
	DemoData demo;

	@Autowired
	SupportQueries queries;

	@Autowired
	SupportCoverage coverageQueries;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void totalsOfASeedSizedDistrictMatchTheSumOfItsRecords() {
		vn.giamngheo.testsupport.TestDemo.ensureLoaded(demo);
		LocalDate today = LocalDate.of(2026, 11, 22);
		DemoSupport.write(jdbc, 2023, today);
		Set<Long> traCu = new HashSet<>(jdbc.queryForList("""
				SELECT c.id FROM area c JOIN area d ON d.id = c.parent_id
				WHERE d.name = 'Trà Cú' AND c.level = 'COMMUNE'""", Long.class));
		Scope district = new Scope(Role.DISTRICT_OFFICER, traCu, null);
		long households = jdbc.queryForObject("SELECT count(*) FROM household WHERE commune_id IN ("
				+ String.join(",", traCu.stream().map(String::valueOf).toList()) + ")", Long.class);
		assertThat(households).isBetween(30_000L, 60_000L);

		String in = String.join(",", traCu.stream().map(String::valueOf).toList());
		long records = jdbc.queryForObject("SELECT count(*) FROM support_disbursement WHERE commune_id IN (" + in + ")",
				Long.class);
		long amount = jdbc.queryForObject(
				"SELECT coalesce(sum(amount), 0) FROM support_disbursement WHERE commune_id IN (" + in + ")",
				Long.class);
		// Read every record and add up in Java, independently of SQL aggregation.
		long[] javaSum = new long[2];
		jdbc.query("SELECT amount FROM support_disbursement WHERE commune_id IN (" + in + ")", rs -> {
			javaSum[0] += rs.getLong(1);
			javaSum[1]++;
		});
		assertThat(javaSum).containsExactly(amount, records);
		assertThat(records).isGreaterThan(1_000);

		var filter = new SupportQueries.Filter(null, null, null, null, null);
		for (SupportQueries.GroupBy groupBy : SupportQueries.GroupBy.values()) {
			var totals = queries.totals(filter, groupBy, district);
			assertThat(totals.all().amount()).as(groupBy.name()).isEqualTo(amount);
			assertThat(totals.all().records()).as(groupBy.name()).isEqualTo(records);
			assertThat(totals.rows().stream().mapToLong(SupportQueries.TotalRow::amount).sum()).as(groupBy.name())
				.isEqualTo(amount);
			assertThat(totals.rows().stream().mapToLong(SupportQueries.TotalRow::records).sum()).as(groupBy.name())
				.isEqualTo(records);
		}
		var byProgram = queries.totals(filter, SupportQueries.GroupBy.PROGRAM, district);
		var tet = byProgram.rows().stream().filter(r -> r.key().equals("TET")).findFirst().orElseThrow();
		assertThat(tet.amount()).isEqualTo(tet.records() * 500_000L);
		var rice = byProgram.rows().stream().filter(r -> r.key().equals("GAO")).findFirst().orElseThrow();
		assertThat(rice.quantity()).isEqualByComparingTo(jdbc.queryForObject(
				"SELECT sum(d.quantity) FROM support_disbursement d JOIN support_program p ON p.id = d.program_id "
						+ "WHERE p.code = 'GAO' AND d.commune_id IN (" + in + ")",
				BigDecimal.class));
		// Another district's records never leak into this one's totals.
		long province = jdbc.queryForObject("SELECT coalesce(sum(amount), 0) FROM support_disbursement", Long.class);
		assertThat(province).isGreaterThan(amount);

		var coverage = coverageQueries.coverage(null, 2026, district);
		assertThat(coverage.gotNothing().whole()).isEqualTo(jdbc.queryForObject("SELECT count(*) FROM household "
				+ "WHERE category IN ('POOR', 'NEAR_POOR') AND commune_id IN (" + in + ")", Long.class));
		assertThat(coverage.borrowedWhenAsked().part()).isLessThanOrEqualTo(coverage.borrowedWhenAsked().whole());
	}

	/**
	 * The coverage shares (one SQL statement since issue 12) equal their definitions
	 * counted household by household in Java from the raw rows: insured members and fully
	 * insured households, exempt pupils and households with an exempt pupil, and
	 * households that got nothing in the year.
	 */
	@Test
	void coverageSharesMatchTheirDefinitionsCountedInJava() {
		vn.giamngheo.testsupport.TestDemo.ensureLoaded(demo);
		DemoSupport.write(jdbc, 2023, LocalDate.of(2026, 11, 22));
		Set<Long> traCu = new HashSet<>(jdbc.queryForList("""
				SELECT c.id FROM area c JOIN area d ON d.id = c.parent_id
				WHERE d.name = 'Trà Cú' AND c.level = 'COMMUNE'""", Long.class));
		String in = String.join(",", traCu.stream().map(String::valueOf).toList());
		Set<Long> households = new HashSet<>(jdbc.queryForList(
				"SELECT id FROM household WHERE category IN " + "('POOR', 'NEAR_POOR') AND commune_id IN (" + in + ")",
				Long.class));
		String year = " AND d.disbursed_on BETWEEN DATE '2026-01-01' AND DATE '2026-12-31'";
		// A grant counts for its household wherever it was recorded (V85: grants travel
		// with a moved household).
		Set<Long> insuredByGrant = new HashSet<>(jdbc
			.queryForList("SELECT d.member_id FROM support_disbursement d JOIN "
					+ "support_program p ON p.id = d.program_id WHERE p.coverage_role = 'HEALTH_INSURANCE' AND d.member_id "
					+ "IS NOT NULL" + year, Long.class));
		Set<Long> exemptPupils = new HashSet<>(jdbc.queryForList("SELECT d.member_id FROM support_disbursement d JOIN "
				+ "support_program p ON p.id = d.program_id WHERE p.coverage_role = 'TUITION' AND d.member_id IS NOT NULL "
				+ year, Long.class));
		Set<Long> exemptHouseholds = new HashSet<>(jdbc.queryForList(
				"SELECT d.household_id FROM support_disbursement d "
						+ "JOIN support_program p ON p.id = d.program_id WHERE p.coverage_role = 'TUITION'" + year,
				Long.class));
		Set<Long> gotSomething = new HashSet<>(
				jdbc.queryForList("SELECT d.household_id FROM support_disbursement d WHERE true" + year, Long.class));
		long[] people = new long[2];
		long[] pupils = new long[2];
		java.util.Map<Long, Boolean> allInsured = new java.util.HashMap<>();
		java.util.Set<Long> withPupil = new HashSet<>();
		households.forEach(h -> allInsured.put(h, true));
		jdbc.query("SELECT id, household_id, health_insurance_card, schooling FROM household_member WHERE household_id "
				+ "IN (SELECT id FROM household WHERE category IN ('POOR', 'NEAR_POOR') AND commune_id IN (" + in
				+ "))", rs -> {
					long member = rs.getLong(1);
					long household = rs.getLong(2);
					boolean insured = rs.getString(3) != null || insuredByGrant.contains(member);
					people[0] += insured ? 1 : 0;
					people[1]++;
					allInsured.merge(household, insured, Boolean::logicalAnd);
					if ("ATTENDING".equals(rs.getString(4))) {
						pupils[0] += exemptPupils.contains(member) ? 1 : 0;
						pupils[1]++;
						withPupil.add(household);
					}
				});
		var coverage = coverageQueries.coverage(null, 2026, new Scope(Role.DISTRICT_OFFICER, traCu, null));
		assertThat(people[1]).isGreaterThan(1_000);
		assertThat(coverage.insuredPeople()).isEqualTo(new SupportCoverage.Share(people[0], people[1]));
		assertThat(coverage.insuredHouseholds()).isEqualTo(
				new SupportCoverage.Share(allInsured.values().stream().filter(b -> b).count(), households.size()));
		assertThat(coverage.tuitionPupils()).isEqualTo(new SupportCoverage.Share(pupils[0], pupils[1]));
		assertThat(coverage.tuitionHouseholds()).isEqualTo(new SupportCoverage.Share(
				withPupil.stream().filter(exemptHouseholds::contains).count(), withPupil.size()));
		assertThat(coverage.gotNothing()).isEqualTo(new SupportCoverage.Share(
				households.stream().filter(h -> !gotSomething.contains(h)).count(), households.size()));
	}

}

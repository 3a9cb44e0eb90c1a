package vn.giamngheo.poverty.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.demo.DemoData;
import vn.giamngheo.poverty.AreaThresholds;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.PovertyStandards;
import vn.giamngheo.poverty.StandardBuilder;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.LatrineType;
import vn.giamngheo.poverty.facts.MemberFacts;
import vn.giamngheo.report.persistence.AreaSummaries;

/**
 * A version an administrator stores carries every threshold and cut-off (V80) through the
 * database, and the classification and the report sums read them from the stored version
 * (issue 10). Each stored standard is national and valid only in 2038 (this branch's test
 * year); the transaction rolls it back and the cache is dropped after.
 */
@SpringBootTest
@Transactional
class StoredStandardCutoffsTests {

	private static final LocalDate REVIEW_DATE = LocalDate.of(2038, 10, 15);

	private static final PovertyStandard DECREE_07 = PovertyStandards.builtIn().find("VN-2022-2025", 1).orElseThrow();

	/**
	 * Two adults on 18 m² (9 m² each), one without a health-insurance card, no hygienic
	 * latrine: two deficiencies under Decree 07 (health insurance, sanitation), so
	 * near-poor at 1,400,000 đ rural.
	 */
	private static final HouseholdFacts HOUSEHOLD = HouseholdFacts.builder(REVIEW_DATE)
		.members(MemberFacts.builder("Thạch Văn A", REVIEW_DATE.minusYears(40)).healthInsuranceCard(false).build(),
				MemberFacts.builder("Sơn Thị B", REVIEW_DATE.minusYears(38)).build())
		.floorArea(18)
		.latrine(LatrineType.NONE)
		.build();

	private static final long INCOME = 1_400_000;

	@Autowired
	PovertyStandardCatalog catalog;

	@Autowired
	AreaSummaries summaries;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void loadDemo(@Autowired DemoData demo) {
		vn.giamngheo.testsupport.TestDemo.ensureLoaded(demo);
	}

	@AfterEach
	void forgetTheRolledBackStandards() {
		catalog.refresh();
	}

	private static final Map<String, UnaryOperator<StandardBuilder>> CHANGES = Map.of("floor area 10 m² a person",
			b -> b.cutoffs(cutoffs("floorAreaPerPersonMin", 10.0)), "health insurance from 41",
			b -> b.cutoffs(cutoffs("healthInsuranceMinAge", 41)), "two deficiencies make poor",
			b -> b.minDeficiencies(2), "rural line 1,300,000",
			b -> b.thresholds(AreaType.RURAL, AreaThresholds.line(1_300_000).withAverageLivingCeiling(2_250_000)),
			"average living up to 1,399,999 only",
			b -> b.thresholds(AreaType.RURAL, AreaThresholds.line(1_000_000).withAverageLivingCeiling(1_399_999)));

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|',
			value = { "floor area 10 m² a person            | POOR", "health insurance from 41             | NEAR_POOR",
					"two deficiencies make poor           | POOR",
					"rural line 1,300,000                 | AVERAGE_LIVING",
					"average living up to 1,399,999 only  | NOT_POOR", })
	void aStoredVersionWithAnotherThresholdClassifiesTheSameHouseholdUnderItsOwn(String change,
			PovertyCategory expected) {
		assertThat(DECREE_07.categoryFromFacts(AreaType.RURAL, INCOME, HOUSEHOLD)).isEqualTo(PovertyCategory.NEAR_POOR);
		PovertyStandard built = CHANGES.get(change)
			.apply(DECREE_07.toBuilder("TEST-2038", 1).valid(LocalDate.of(2038, 1, 1), LocalDate.of(2038, 12, 31)))
			.build();

		catalog.save(built, "test");
		catalog.refresh();
		PovertyStandard stored = catalog.standards().applicableNational(REVIEW_DATE).orElseThrow();

		assertThat(stored.id()).isEqualTo("TEST-2038");
		assertThat(stored).isEqualTo(built);
		assertThat(stored.cutoffs()).isEqualTo(built.cutoffs());
		assertThat(stored.categoryFromFacts(AreaType.RURAL, INCOME, HOUSEHOLD)).isEqualTo(expected);
		// the count the health-insurance change takes away shows in the deficiencies, not
		// always in the category
		if (change.startsWith("health")) {
			assertThat(stored.deficiencyCount(HOUSEHOLD)).isEqualTo(DECREE_07.deficiencyCount(HOUSEHOLD) - 1);
		}
	}

	@Test
	void aRowStoredBeforeV80ReadsTheDecree07Cutoffs() {
		long pk = jdbc.queryForObject("""
				INSERT INTO poverty_standard (standard_id, version, jurisdiction, valid_from, valid_to, status,
				    indicator_codes, min_deficiencies, legal_reference, created_by)
				VALUES ('TEST-2038-OLD', 1, '', DATE '2038-01-01', DATE '2038-12-31', 'ACTIVE',
				    '{EMPLOYMENT,HOUSING_AREA,SANITATION}', 2, 'test', 'test') RETURNING id""", Long.class);
		jdbc.update("""
				INSERT INTO poverty_standard_threshold (standard_pk, area_type, income_line)
				VALUES (?, 'RURAL', 1500000), (?, 'URBAN', 2000000)""", pk, pk);
		catalog.refresh();
		assertThat(catalog.find("TEST-2038-OLD", 1).orElseThrow().standard().cutoffs())
			.isEqualTo(IndicatorCutoffs.DECREE_07_2021);
	}

	@Test
	void theDatabaseRefusesInconsistentCutoffs() {
		PovertyStandard built = DECREE_07.toBuilder("TEST-2038-CHECK", 1)
			.valid(LocalDate.of(2038, 1, 1), LocalDate.of(2038, 12, 31))
			.build();
		catalog.save(built, "test");
		assertThatThrownBy(() -> jdbc
			.update("UPDATE poverty_standard SET working_age_max = 10 WHERE standard_id = 'TEST-2038-CHECK'"))
			.hasMessageContaining("poverty_standard_cutoff_ages");
	}

	@Test
	void theReportSumsOfAYearUseTheStoredVersionInForce() {
		PovertyStandard built = DECREE_07.toBuilder("TEST-2038-SUMS", 1)
			.valid(LocalDate.of(2038, 1, 1), LocalDate.of(2038, 12, 31))
			.minDeficiencies(2)
			.build();
		catalog.save(built, "test");
		assertThat(summaries.standardFor(2038)).isEqualTo(built);

		long commune = jdbc.queryForObject(
				"SELECT commune_id FROM household GROUP BY commune_id ORDER BY count(*) DESC LIMIT 1", Long.class);
		summaries.refreshWhole(2038, commune);
		assertThat(jdbc.queryForMap("""
				SELECT standard_id, standard_version, min_deficiencies FROM area_summary
				WHERE year = 2038 AND commune_id = ?""", commune)).containsEntry("standard_id", "TEST-2038-SUMS")
			.containsEntry("standard_version", 1)
			.containsEntry("min_deficiencies", 2);
	}

	private static IndicatorCutoffs cutoffs(String name, Number value) {
		return IndicatorCutoffs.of(Map.of(name, value), IndicatorCutoffs.DECREE_07_2021);
	}

}

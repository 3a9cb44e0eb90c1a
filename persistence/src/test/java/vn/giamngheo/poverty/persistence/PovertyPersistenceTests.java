package vn.giamngheo.poverty.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.demo.DemoData;
import vn.giamngheo.poverty.AreaThresholds;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.PovertyStandards;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;

@SpringBootTest
class PovertyPersistenceTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PovertyStandardCatalog catalog;

	@Autowired
	WhatIfQueries whatIf;

	@BeforeAll
	static void loadDemo(@Autowired DemoData demo) {
		vn.giamngheo.testsupport.TestDemo.ensureLoaded(demo);
	}

	@Test
	void everyReviewedDemoHouseholdHasOneAssessmentThatTheEngineReproduces() {
		PovertyStandard standard = PovertyStandards.builtIn().find("VN-2022-2025", 1).orElseThrow();
		long households = jdbc.queryForObject(
				"SELECT count(*) FROM household WHERE created_by = 'demo' AND category <> 'NOT_REVIEWED'", Long.class);
		List<Map<String, Object>> rows = jdbc.queryForList("""
				SELECT a.area_type, a.monthly_income_per_capita, array_to_string(a.deficiencies, ',') AS d,
				       a.category, h.category AS household_category
				FROM poverty_assessment a JOIN household h ON h.id = a.household_id WHERE a.created_by = 'demo'
				""");
		assertThat(rows).hasSize((int) households);
		for (Map<String, Object> row : rows) {
			String d = (String) row.get("d");
			int count = d.isEmpty() ? 0 : d.split(",").length;
			PovertyCategory category = standard.category(AreaType.valueOf((String) row.get("area_type")),
					(Long) row.get("monthly_income_per_capita"), count);
			assertThat(category.name()).isEqualTo(row.get("category")).isEqualTo(row.get("household_category"));
		}
	}

	@Test
	void demoAssessmentsWeightDeficienciesTowardHealthInsuranceHousingAndSanitation() {
		Map<String, Object> counts = jdbc.queryForMap("""
				SELECT count(*) FILTER (WHERE 'HEALTH_INSURANCE' = ANY (deficiencies)) AS health,
				       count(*) FILTER (WHERE 'NUTRITION' = ANY (deficiencies)) AS nutrition
				FROM poverty_assessment WHERE created_by = 'demo'
				""");
		assertThat((Long) counts.get("health")).isGreaterThan(5 * (Long) counts.get("nutrition"));
	}

	@Test
	void aStoredProvincialStandardIsChosenForItsProvinceAndSurvivesAReload() {
		PovertyStandard provincial = PovertyStandards.builtIn()
			.find("VN-2022-2025", 1)
			.orElseThrow()
			.toBuilder("TEST-84-PERSIST", 1)
			.jurisdiction("84")
			.valid(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
			.thresholds(AreaType.RURAL, AreaThresholds.line(1_900_000).withAverageLivingCeiling(2_500_000))
			.clearUnconfirmed()
			.unconfirmed("incomeLine: test figure")
			.build();
		catalog.save(provincial, "test");
		catalog.refresh();
		assertThat(catalog.standards().applicable("84", LocalDate.of(2024, 6, 1))).contains(provincial);
		assertThat(catalog.standards().applicable(null, LocalDate.of(2024, 6, 1)).orElseThrow().id())
			.isEqualTo("VN-2022-2025");
		CatalogEntry entry = catalog.find("TEST-84-PERSIST", 1).orElseThrow();
		assertThat(entry.builtIn()).isFalse();
		assertThat(entry.createdBy()).isEqualTo("test");
		assertThat(entry.standard().unconfirmed()).containsExactly("incomeLine: test figure");
		assertThat(catalog.nextVersion("TEST-84-PERSIST")).isEqualTo(2);
	}

	@Test
	void savingAnExistingIdAndVersionIsRefusedOnTheIdField() {
		PovertyStandard copy = PovertyStandards.builtIn().find("VN-2022-2025", 1).orElseThrow().toBuilder().build();
		assertThatThrownBy(() -> catalog.save(copy, "test")).isInstanceOfSatisfying(FieldProblem.class,
				p -> assertThat(p.field()).isEqualTo("standardId"));
	}

	@Test
	void aStandardOfAProvinceThatDoesNotExistIsRefusedOnTheJurisdictionField() {
		PovertyStandard unknown = PovertyStandards.builtIn()
			.find("VN-2022-2025", 1)
			.orElseThrow()
			.toBuilder("TEST-99", 1)
			.jurisdiction("99")
			.build();
		assertThatThrownBy(() -> catalog.save(unknown, "test")).isInstanceOfSatisfying(FieldProblem.class,
				p -> assertThat(p.field()).isEqualTo("jurisdiction"));
	}

	@Test
	void whatIfCountsOnlyTheCallersCommuneAndChangesNothing() {
		long commune = jdbc.queryForObject("SELECT commune_id FROM household ORDER BY id LIMIT 1", Long.class);
		long inCommune = jdbc.queryForObject(
				"SELECT count(*) FROM household WHERE commune_id = ? AND category <> 'NOT_REVIEWED'", Long.class,
				commune);
		String before = jdbc.queryForObject("SELECT md5(string_agg(category || id, ',' ORDER BY id)) FROM household",
				String.class);
		PovertyStandard target = PovertyStandards.builtIn().find("VN-2027-2030", 1).orElseThrow();

		WhatIfQueries.Result result = whatIf.reclassify(target,
				new Scope(Role.COMMUNE_OFFICIAL, Set.of(commune), null));

		assertThat(result.communes()).singleElement().satisfies(c -> {
			assertThat(c.communeId()).isEqualTo(commune);
			assertThat(c.transitions().total()).isEqualTo(inCommune);
		});
		// Higher 2027 lines lift nobody out of poverty; the only poor households that
		// become near-poor are those
		// whose third deficiency was INFORMATION_ACCESS, which the 2027–2030 list drops.
		long losingTheirThird = jdbc.queryForObject("""
				SELECT count(*) FROM household h
				JOIN LATERAL (SELECT category, deficiencies FROM poverty_assessment a WHERE a.household_id = h.id
				              ORDER BY assessed_on DESC, id DESC LIMIT 1) a ON TRUE
				WHERE h.commune_id = ? AND a.category = 'POOR' AND cardinality(a.deficiencies) = 3
				  AND 'INFORMATION_ACCESS' = ANY (a.deficiencies)""", Long.class, commune);
		assertThat(result.total().count(PovertyCategory.POOR, PovertyCategory.NEAR_POOR)).isEqualTo(losingTheirThird);
		assertThat(result.total().after(PovertyCategory.POOR))
			.isGreaterThanOrEqualTo(result.total().before(PovertyCategory.POOR)
					- result.total().count(PovertyCategory.POOR, PovertyCategory.NEAR_POOR));
		assertThat(result.total().changed()).isPositive();
		assertThat(jdbc.queryForObject("SELECT md5(string_agg(category || id, ',' ORDER BY id)) FROM household",
				String.class))
			.isEqualTo(before);
	}

	@Test
	void whatIfUnderTheSameStandardChangesNoHousehold() {
		List<Long> communes = jdbc.queryForList("SELECT DISTINCT commune_id FROM household", Long.class);
		WhatIfQueries.Result result = whatIf.reclassify(
				PovertyStandards.builtIn().find("VN-2022-2025", 1).orElseThrow(),
				new Scope(Role.DISTRICT_OFFICER, Set.copyOf(communes), null));
		assertThat(result.total().changed()).isZero();
		assertThat(result.communes()).hasSize(communes.size());
		assertThat(result.droppedIndicators()).isEmpty();
	}

	@Test
	void whatIfIsRefusedToAProvincialViewer() {
		PovertyStandard target = PovertyStandards.builtIn().find("VN-2027-2030", 1).orElseThrow();
		assertThatThrownBy(() -> whatIf.reclassify(target, new Scope(Role.PROVINCIAL_VIEWER, Set.of(1L), 1L)))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void demoIncomesAreWholeThousandsOfDong() {
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM poverty_assessment WHERE monthly_income_per_capita % 1000 <> 0", Long.class))
			.isZero();
	}

}

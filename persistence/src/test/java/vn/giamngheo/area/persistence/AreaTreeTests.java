package vn.giamngheo.area.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.shared.persistence.CacheConfiguration;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * {@link AreaTree} on a province of the 2025 reform: a district ended on 30/06/2025, its
 * two communes merged into a new commune that hangs directly under the province from
 * 01/07/2025, and a commune of another district that stays.
 */
@SpringBootTest
@Transactional
class AreaTreeTests {

	static final LocalDate BEFORE = LocalDate.of(2024, 12, 31);

	static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

	@Autowired
	AreaTree tree;

	@Autowired
	AreaImport areaImport;

	@Autowired
	AreaRepository areas;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	long province;

	long district;

	long otherDistrict;

	long one;

	long two;

	long merged;

	long stays;

	@BeforeEach
	void reformedProvince() throws Exception {
		String csv = AreaImportTests.HEADER + """
				ZTREE10,Tỉnh Mười,PROVINCE,,,0,0,0,01/01/2020,,
				ZTREE10D1,Huyện Một,DISTRICT,ZTREE10,,0,0,0,01/01/2020,30/06/2025,
				ZTREE10D2,Huyện Hai,DISTRICT,ZTREE10,,0,0,0,01/01/2020,,
				ZTREE10C1,Xã Một,COMMUNE,ZTREE10D1,RURAL,0,0,0,01/01/2020,30/06/2025,
				ZTREE10C2,Xã Hai,COMMUNE,ZTREE10D1,RURAL,0,0,0,01/01/2020,30/06/2025,
				ZTREE10C3,Xã Ba,COMMUNE,ZTREE10D2,RURAL,0,0,0,01/01/2020,,
				ZTREE10C3V1,Ấp Ba,HAMLET,ZTREE10C3,,0,0,0,01/01/2020,,
				ZTREE10C9,Xã Mới,COMMUNE,ZTREE10,RURAL,0,0,0,01/07/2025,,ZTREE10C1|ZTREE10C2
				""";
		assertThat(areaImport.importCsv(new StringReader(csv), true).errors()).isEmpty();
		province = id("ZTREE10");
		district = id("ZTREE10D1");
		otherDistrict = id("ZTREE10D2");
		one = id("ZTREE10C1");
		two = id("ZTREE10C2");
		stays = id("ZTREE10C3");
		merged = id("ZTREE10C9");
	}

	long id(String code) {
		return areas.findByCode(code).orElseThrow().getId();
	}

	@Test
	void communesUnderAnAreaAtAnyDateOrValidOnADay() {
		assertThat(tree.communesUnder(province)).containsExactlyInAnyOrder(one, two, stays, merged);
		assertThat(tree.communesUnder(List.of(province), BEFORE)).containsExactlyInAnyOrder(one, two, stays);
		assertThat(tree.communesUnder(List.of(province), AFTER)).containsExactlyInAnyOrder(stays, merged);
		assertThat(tree.communesUnder(district)).containsExactlyInAnyOrder(one, two);
		assertThat(tree.communesUnder(List.of(district), AFTER)).isEmpty();
		// A commune is its own commune; a village is under no commune's question.
		assertThat(tree.communesUnder(List.of(merged, stays))).containsExactlyInAnyOrder(merged, stays);
		assertThat(tree.communesUnder(id("ZTREE10C3V1"))).isEmpty();
	}

	@Test
	void anEndedDistrictIsReplacedByItsUnitsStillValid() {
		assertThat(tree.unitsUnder(province, BEFORE)).containsOnly(Map.entry(district, Set.of(one, two)),
				Map.entry(otherDistrict, Set.of(stays)));
		// After the reform the ended district gives way to nothing (its communes ended
		// too); the new commune stands
		// directly under the province.
		assertThat(tree.unitsUnder(province, AFTER)).containsOnly(Map.entry(otherDistrict, Set.of(stays)),
				Map.entry(merged, Set.of(merged)));
	}

	@Test
	void theInverseQuestionsGoUpToTheProvince() {
		assertThat(tree.withAncestors(List.of(one, merged))).containsExactlyInAnyOrder(one, district, province, merged);
		assertThat(tree.provinceOf(one)).isEqualTo(province);
		assertThat(tree.provinceOf(merged)).isEqualTo(province);
		assertThat(tree.provinceOf(province)).isEqualTo(province);
	}

	@Test
	void aScopeReadsTheFiguresOfItsCommunesOrItsProvince() {
		assertThat(tree.communesReadBy(new Scope(Role.PROVINCIAL_VIEWER, Set.of(), province)))
			.containsExactlyInAnyOrder(one, two, stays, merged);
		assertThat(tree.communesReadBy(new Scope(Role.COMMUNE_OFFICIAL, Set.of(stays), null))).containsExactly(stays);
		assertThatThrownBy(() -> tree.communesReadBy(new Scope(Role.ADMIN, Set.of(), null)))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> tree.communesReadBy(new Scope(Role.PROVINCIAL_VIEWER, Set.of(), null)))
			.isInstanceOf(OutOfScopeException.class);
	}

	/**
	 * The tree is Spring's cache entry, and a write to {@code area} by any means is seen
	 * at the next question.
	 */
	@Test
	void theCachedTreeFollowsEveryWriteEvenByHand() {
		assertThat(tree.communesUnder(List.of(province), AFTER)).containsExactlyInAnyOrder(stays, merged);
		assertThat(caches.getCache(CacheConfiguration.AREA_TREE).get("tree")).isNotNull();
		AreaTree.Snapshot cached = tree.snapshot();
		assertThat(tree.snapshot()).isSameAs(cached);

		jdbc.update("UPDATE area SET valid_to = DATE '2025-12-31' WHERE id = ?", stays);
		long added = jdbc.queryForObject("""
				INSERT INTO area (code, name, level, kind, parent_id, area_type, valid_from)
				VALUES ('ZTREE10C4', 'Xã Bốn', 'COMMUNE', 'COMMUNE', ?, 'RURAL', DATE '2025-07-01') RETURNING id""",
				Long.class, province);

		assertThat(tree.snapshot()).isNotSameAs(cached);
		assertThat(tree.communesUnder(List.of(province), LocalDate.of(2026, 1, 1))).containsExactlyInAnyOrder(merged,
				added);
	}

}

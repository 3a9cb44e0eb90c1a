package vn.giamngheo.area.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.AccountAreas;
import vn.giamngheo.account.AccountAreas.Tier;
import vn.giamngheo.area.AreaKind;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.area.AreaView;
import vn.giamngheo.shared.persistence.NotFoundException;

/**
 * The area feature's read API (issue 10): other features read units as {@link AreaView}
 * values from {@link AreaQueries}, and accounts read the tree through their port
 * {@link AccountAreas}.
 */
@SpringBootTest
@Transactional
class AreaQueriesTests {

	@Autowired
	AreaQueries queries;

	@Autowired
	AccountAreas accountAreas;

	@Autowired
	AreaSuccessions successions;

	@Autowired
	AreaImport areaImport;

	long province;

	long district;

	long commune;

	long other;

	long village;

	@BeforeEach
	void province() throws Exception {
		String csv = AreaImportTests.HEADER + """
				ZVIEW10,Tỉnh Xem,PROVINCE,,,0,0,0,01/01/2020,,
				ZVIEW10D,Huyện Xem,DISTRICT,ZVIEW10,,0,0,0,01/01/2020,,
				ZVIEW10C2,Xã Ô Môn,COMMUNE,ZVIEW10D,RURAL,1,0,1,01/01/2020,,
				ZVIEW10C1,Xã An Bình,COMMUNE,ZVIEW10D,URBAN,0,1,0,01/01/2020,,
				ZVIEW10C2V1,Ấp Một,HAMLET,ZVIEW10C2,,0,0,0,01/01/2020,,
				""";
		assertThat(areaImport.importCsv(new StringReader(csv), true).errors()).isEmpty();
		province = queries.byCode("ZVIEW10").orElseThrow().id();
		district = queries.byCode("ZVIEW10D").orElseThrow().id();
		commune = queries.byCode("ZVIEW10C2").orElseThrow().id();
		other = queries.byCode("ZVIEW10C1").orElseThrow().id();
		village = queries.byCode("ZVIEW10C2V1").orElseThrow().id();
	}

	@Test
	void aViewCarriesWhatTheEntityHolds() {
		AreaView view = queries.get(commune);
		assertThat(view).isEqualTo(new AreaView(commune, "ZVIEW10C2", "Xã Ô Môn", AreaLevel.COMMUNE, AreaKind.COMMUNE,
				district, AreaType.RURAL, true, false, true, LocalDate.of(2020, 1, 1), null));
		assertThat(queries.find(-1)).isEmpty();
		assertThatThrownBy(() -> queries.get(-1)).isInstanceOf(NotFoundException.class);
		assertThat(queries.byCode("ZVIEW10-none")).isEmpty();
	}

	@Test
	void listsByIdsByLevelAndByParentInNameOrder() {
		assertThat(queries.all(List.of(commune, other, -1L))).extracting(AreaView::name)
			.containsExactly("Xã An Bình", "Xã Ô Môn");
		assertThat(queries.all(List.of())).isEmpty();
		assertThat(queries.children(district)).extracting(AreaView::id).containsExactly(other, commune);
		assertThat(queries.byLevel(AreaLevel.PROVINCE)).extracting(AreaView::id)
			.contains(province)
			.doesNotContain(district, commune);
	}

	@Test
	void goesUpToTheParentAndTheProvince() {
		assertThat(queries.parentOf(village)).map(AreaView::id).contains(commune);
		assertThat(queries.parentOf(province)).isEmpty();
		assertThat(queries.provinceOf(village).id()).isEqualTo(province);
		assertThat(queries.provinceOf(province).id()).isEqualTo(province);
	}

	@Test
	void anEndedUnitIsNotReadFromAStaleCache() {
		assertThat(queries.get(other).validTo()).isNull(); // now cached
		successions.endDate(other, LocalDate.of(2025, 6, 30));
		assertThat(queries.get(other).validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(queries.get(other).isValidOn(LocalDate.of(2025, 7, 1))).isFalse();
	}

	@Test
	void accountsReadTiersCommunesAndTheAssignableAreas() {
		assertThat(accountAreas.tiersOf(List.of(province, district, commune, village, -1L))).containsOnly(
				Map.entry(province, Tier.PROVINCE), Map.entry(district, Tier.DISTRICT),
				Map.entry(commune, Tier.COMMUNE), Map.entry(village, Tier.VILLAGE));
		assertThat(accountAreas.communesUnder(List.of(province))).containsExactlyInAnyOrder(commune, other);
		List<AccountAreas.Assignable> assignable = accountAreas.assignable();
		assertThat(assignable).extracting(AccountAreas.Assignable::id)
			.contains(province, district, commune, other)
			.doesNotContain(village);
		assertThat(assignable).filteredOn(a -> a.id() == district)
			.singleElement()
			.isEqualTo(new AccountAreas.Assignable(district, "Huyện Xem", "DISTRICT", Tier.DISTRICT));
		// provinces first, then districts, then communes
		assertThat(assignable.indexOf(assignable.stream().filter(a -> a.id() == province).findFirst().orElseThrow()))
			.isLessThan(assignable.indexOf(assignable.stream().filter(a -> a.id() == other).findFirst().orElseThrow()));
	}

}

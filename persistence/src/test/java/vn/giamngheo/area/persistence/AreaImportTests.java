package vn.giamngheo.area.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.area.AreaLevel;

@SpringBootTest
@Transactional
class AreaImportTests {

	static final String HEADER = "code,name,kind,parent_code,area_type,especially_difficult,program_135,"
			+ "ethnic_minority_region,valid_from,valid_to,predecessor_codes\n";

	@Autowired
	AreaImport areaImport;

	@Autowired
	AreaRepository areas;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void importsATreeWithAMergerAfterTheDistrictTierWasRemoved() throws Exception {
		String csv = HEADER + """
				X86,Vĩnh Long,PROVINCE,,,0,0,0,01/01/2020,,
				X86D1,Trà Cú,DISTRICT,X86,,0,0,0,01/01/2020,30/06/2025,
				X86C1,Ngãi Xuyên,COMMUNE,X86D1,RURAL,1,1,1,01/01/2020,30/06/2025,
				X86C2,Ngọc Biên,COMMUNE,X86D1,RURAL,0,0,1,01/01/2020,30/06/2025,
				X86C9,Xã Trà Cú Mới,COMMUNE,X86,RURAL,có,không,x,01/07/2025,,X86C1|X86C2
				X86C9V1,Ấp Chợ,HAMLET,X86C9,,0,0,0,01/07/2025,,
				""";

		AreaImport.Result result = areaImport.importCsv(new StringReader(csv), true);

		assertThat(result.errors()).isEmpty();
		assertThat(result.rows()).isEqualTo(6);
		Area merged = areas.findByCode("X86C9").orElseThrow();
		assertThat(merged.getLevel()).isEqualTo(AreaLevel.COMMUNE);
		assertThat(areas.findById(merged.getParentId()).orElseThrow().getCode()).isEqualTo("X86");
		assertThat(merged.isEspeciallyDifficult()).isTrue();
		assertThat(merged.isEthnicMinorityRegion()).isTrue();
		assertThat(areas.findByCode("X86C1").orElseThrow().isValidOn(LocalDate.of(2025, 7, 1))).isFalse();
		assertThat(areas.findSuccessionsOf(merged.getId())).extracting(AreaSuccession::getPredecessorId)
			.containsExactlyInAnyOrder(areas.findByCode("X86C1").orElseThrow().getId(),
					areas.findByCode("X86C2").orElseThrow().getId());
	}

	@Test
	void reportsEveryBadRowAndWritesNothing() throws Exception {
		String csv = HEADER + """
				Y1,Tỉnh Y,PROVINCE,,,0,0,0,01/01/2020,,
				Y1C1,Xã thiếu khu vực,COMMUNE,Y1,,0,0,0,01/01/2020,,
				Y1C2,Xã ngày sai,COMMUNE,Y1,RURAL,0,0,0,31/02/2020,,
				Y1C3,Xã cha lạ,COMMUNE,ZZZ,RURAL,0,0,0,01/01/2020,,
				Y1V1,Ấp treo,HAMLET,Y1,,0,0,0,01/01/2020,,
				Y1C1,Trùng mã,COMMUNE,Y1,URBAN,maybe,0,0,01/01/2020,,
				""";

		AreaImport.Result result = areaImport.importCsv(new StringReader(csv), true);

		assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "area_type", "import.error.areaTypeRequired"),
					org.assertj.core.groups.Tuple.tuple(4, "valid_from", "areaImport.error.date"),
					org.assertj.core.groups.Tuple.tuple(5, "parent_code", "import.error.parentUnknown"),
					org.assertj.core.groups.Tuple.tuple(6, "parent_code", "import.error.parentLevel"),
					org.assertj.core.groups.Tuple.tuple(7, "especially_difficult", "import.error.flag"));
		assertThat(areas.findByCode("Y1")).isEmpty();
	}

	@Test
	void checksWithoutWritingOnADryRun() throws Exception {
		AreaImport.Result result = areaImport
			.importCsv(new StringReader(HEADER + "Z1,Tỉnh Z,PROVINCE,,,0,0,0,01/01/2020,,\n"), false);
		assertThat(result.ok()).isTrue();
		assertThat(areas.findByCode("Z1")).isEmpty();
	}

	@Test
	void namesTheMissingColumns() throws Exception {
		AreaImport.Result result = areaImport.importCsv(new StringReader("code,name\nA,B\n"), true);
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.messageKey()).isEqualTo("import.error.missingColumns");
			// Issue 13: the names fill the message's {0}, which showed as "Thiếu cột:
			// {0}".
			assertThat(e.args()).singleElement().asString().contains("kind").contains("parent_code");
		});
	}

	@Test
	void aSemicolonFileAsExcelSavesItInAVietnameseLocaleIsReadLikeACommaFile() throws Exception {
		String semicolons = "\uFEFF" + HEADER.replace(',', ';') + "Z7;Tỉnh Z7;PROVINCE;;;0;0;0;01/01/2020;;\n";
		AreaImport.Result result = areaImport.importCsv(new StringReader(semicolons), false);
		assertThat(result.errors()).isEmpty();
		assertThat(result.rows()).isEqualTo(1);
	}

	@Test
	void aShortRowAnUnclosedQuoteAndAChildBeforeItsParentAreRowErrorsNotFailures() throws Exception {
		String csv = HEADER + """
				Q1C1,Xã con,COMMUNE,Q1,RURAL,0,0,0,01/01/2020,,
				Q1,Tỉnh Q,PROVINCE,,,0,0,0,01/01/2020,,
				Q1C2,Xã thiếu cột,COMMUNE,Q1,RURAL
				Q1C3,"Xã chưa đóng ngoặc,COMMUNE,Q1,RURAL,0,0,0,01/01/2020,,
				Q1C4,Xã sau,COMMUNE,Q1,RURAL,0,0,0,01/01/2020,,
				""";

		AreaImport.Result result = areaImport.importCsv(new StringReader(csv), true);

		assertThat(result.errors()).extracting(RowError::row, RowError::messageKey)
			.contains(org.assertj.core.groups.Tuple.tuple(2, "import.error.parentAfterChild"),
					org.assertj.core.groups.Tuple.tuple(4, "import.error.columns"),
					org.assertj.core.groups.Tuple.tuple(5, "import.error.quote"));
		assertThat(areas.findByCode("Q1")).isEmpty();
	}

	@Test
	void aMergerInTheFileEndsThePredecessorsAndMovesTheirHouseholdsWithTheirHistory() throws Exception {
		String tree = HEADER + """
				M86,Tỉnh M,PROVINCE,,,0,0,0,01/01/2020,,
				M86C1,Xã Một,COMMUNE,M86,RURAL,0,0,0,01/01/2020,,
				M86C1V1,Ấp Một,HAMLET,M86C1,,0,0,0,01/01/2020,,
				M86C2,Xã Hai,COMMUNE,M86,RURAL,0,0,0,01/01/2020,,
				""";
		assertThat(areaImport.importCsv(new StringReader(tree), true).errors()).isEmpty();
		Area one = areas.findByCode("M86C1").orElseThrow();
		Area village = areas.findByCode("M86C1V1").orElseThrow();
		jdbc.update("""
				INSERT INTO household (code, commune_id, village_id, address, head_name, ethnicity, category,
				    search_text, sort_key, created_by, updated_by)
				VALUES ('M86-1', ?, ?, 'Tổ 1', 'Thạch Sa', 'KHMER', 'POOR', 'm86-1', 'Sa Thạch', 't', 't')""",
				one.getId(), village.getId());

		AreaImport.Result result = areaImport.importCsv(
				new StringReader(HEADER + "M86C9,Xã Mới,COMMUNE,M86,RURAL,0,0,0,01/07/2025,,M86C1|M86C2\n"), true);

		assertThat(result.errors()).isEmpty();
		Area merged = areas.findByCode("M86C9").orElseThrow();
		assertThat(jdbc.queryForList("SELECT valid_to FROM area WHERE code IN ('M86C1', 'M86C2')", LocalDate.class))
			.containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30));
		assertThat(jdbc.queryForObject("SELECT commune_id FROM household WHERE code = 'M86-1'", Long.class))
			.isEqualTo(merged.getId());
		assertThat(jdbc.queryForObject("SELECT parent_id FROM area WHERE id = ?", Long.class, village.getId()))
			.isEqualTo(merged.getId());
		assertThat(jdbc.queryForObject("""
				SELECT details FROM household_change c JOIN household h ON h.id = c.household_id
				WHERE h.code = 'M86-1' AND c.action = 'COMMUNE_SUCCEEDED'""", String.class))
			.isEqualTo("Xã Một → Xã Mới (01/07/2025)");
	}

}

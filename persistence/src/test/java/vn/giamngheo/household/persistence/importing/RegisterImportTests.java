package vn.giamngheo.household.persistence.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.testsupport.Fixtures;

@SpringBootTest
@Transactional
class RegisterImportTests {

	static final String HEADER = "household_code,commune_code,village_code,address,phone,relationship,full_name,"
			+ "date_of_birth,sex,ethnicity,citizen_id,health_insurance_card\n";

	@Autowired
	RegisterImports imports;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
	}

	String c1() {
		return tree.commune().getCode() + "," + tree.village().getCode();
	}

	String c2() {
		return tree.otherCommune().getCode() + "," + tree.otherVillage().getCode();
	}

	ImportResult run(String csv, boolean write, Scope scope) {
		byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
		RegisterFile file = new CsvRegisterFile(bytes);
		return write ? imports.importNow(file, "so-ho.csv", bytes, Map.of(), scope, "xa.ngaixuyen", ImportProgress.NONE)
				: imports.check(file, "so-ho.csv", bytes, Map.of(), scope, "xa.ngaixuyen", ImportProgress.NONE);
	}

	long households(String codePrefix) {
		return jdbc.queryForObject("SELECT count(*) FROM household WHERE code LIKE ?", Long.class, codePrefix + "%");
	}

	@Test
	void aFileWithBadRowsWritesNothingEvenWhenAWriteIsAskedAndListsEveryErrorOfEveryRow() {
		String p = tree.commune().getCode();
		String csv = HEADER + p + "-1," + c1() + ",Tổ 1,0912345678,Chủ hộ,Thạch Sa Rươne,15/04/1978,Nam,Khmer,,\n" + p
				+ "-1," + c1() + ",Tổ 1,0912345678,Vợ,Kim Thị Ly,31/02/1980,Nu ong,Khơ me lạ,,\n" + p + "-2," + c2()
				+ ",Tổ 2,,Chủ hộ,Lâm Văn Tư,01/01/1970,Nam,Kinh,,\n" + p + "-3," + c1()
				+ ",Tổ 3,,Con,Danh Sóc,01/01/2030,Nam,Kinh,12345,\n";

		ImportResult result = run(csv, true, tree.official());

		assertThat(result.written()).isFalse();
		assertThat(result.rows()).isEqualTo(4);
		assertThat(result.households()).isEqualTo(3);
		assertThat(result.errors()).extracting(ImportError::row, ImportError::column, ImportError::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "date_of_birth", "import.error.date"),
					org.assertj.core.groups.Tuple.tuple(3, "sex", "import.error.sex"),
					org.assertj.core.groups.Tuple.tuple(3, "ethnicity", "import.error.ethnicity"),
					org.assertj.core.groups.Tuple.tuple(4, "commune_code", "import.error.commune"),
					org.assertj.core.groups.Tuple.tuple(5, "relationship", "import.error.headFirst"),
					org.assertj.core.groups.Tuple.tuple(5, "date_of_birth", "import.error.dateFuture"),
					org.assertj.core.groups.Tuple.tuple(5, "citizen_id", "import.error.citizenId.NOT_TWELVE_DIGITS"));
		assertThat(households(p + "-")).isZero();
		assertThat(jdbc.queryForObject("SELECT status || ':' || error_count FROM register_import WHERE id = ?",
				String.class, result.importId()))
			.isEqualTo("REFUSED:7");
	}

	@Test
	void aGoodFileIsOnlyCheckedUntilConfirmedThenWrittenUnclassifiedWithItsFileKept() {
		String p = tree.commune().getCode();
		String csv = HEADER + p + "-1," + c1()
				+ ",\"Tổ 1, ấp Chợ\",0912 345 678,Chủ hộ,Thạch Sa Rươne,15/04/1978,Nam,Khmer,001078900923,HN4840000000001\n"
				+ p + "-1," + c1() + ",\"Tổ 1, ấp Chợ\",,Vợ,Kim Thị Sa Ly,2/9/1981,Nữ,Khmer,,\n" + p + "-2," + c1()
				+ ",Tổ 2,,Chu ho,Lâm Văn Tư,1970-01-01,nam,kinh,,\n";

		ImportResult checked = run(csv, false, tree.official());
		assertThat(checked.errors()).isEmpty();
		assertThat(checked.ok()).isTrue();
		assertThat(checked.written()).isFalse();
		assertThat(households(p + "-")).isZero();

		byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
		ImportResult written = imports.confirm(checked.importId(), new CsvRegisterFile(bytes), tree.official(),
				"xa.ngaixuyen", ImportProgress.NONE);

		assertThat(written.written()).isTrue();
		assertThat(written.households()).isEqualTo(2);
		assertThat(written.members()).isEqualTo(3);
		Map<String, Object> first = jdbc.queryForMap(
				"SELECT head_name, member_count, category, phone, address FROM household WHERE code = ?", p + "-1");
		assertThat(first).containsEntry("head_name", "Thạch Sa Rươne")
			.containsEntry("member_count", 2)
			.containsEntry("category", "NOT_REVIEWED")
			.containsEntry("phone", "0912345678")
			.containsEntry("address", "Tổ 1, ấp Chợ");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM household_change c JOIN household h ON h.id = "
						+ "c.household_id WHERE h.code LIKE ? AND c.action = 'IMPORTED' AND c.import_id = ?",
				Long.class, p + "-%", checked.importId()))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT status FROM register_import WHERE id = ?", String.class,
				checked.importId()))
			.isEqualTo("WRITTEN");
		assertThat(jdbc.queryForObject("SELECT content FROM register_import WHERE id = ?", byte[].class,
				checked.importId()))
			.isEqualTo(bytes);

		ImportResult again = imports.confirm(checked.importId(), new CsvRegisterFile(bytes), tree.official(),
				"xa.ngaixuyen", ImportProgress.NONE);
		assertThat(again.written()).isFalse();
		assertThat(again.errors()).extracting(ImportError::key).containsExactly("import.error.alreadyWritten");
	}

	@Test
	void aCitizenIdAlreadyInAnotherCommuneIsAHardBlockThatDoesNotSayWhere() {
		String p = tree.commune().getCode();
		run(HEADER + p + "-9," + c2() + ",Tổ 9,,Chủ hộ,Sơn Thị Pha,01/01/1980,Nữ,Khmer,084180000777,\n", true,
				tree.districtOfficer());

		ImportResult result = run(
				HEADER + p + "-1," + c1() + ",Tổ 1,,Chủ hộ,Sơn Thị Phà,01/01/1980,Nữ,Khmer," + "084180000777,\n", true,
				tree.official());

		assertThat(result.written()).isFalse();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(2);
			assertThat(e.column()).isEqualTo("citizen_id");
			assertThat(e.key()).isEqualTo("import.error.citizenIdTaken");
			assertThat(e.args()).containsExactly("084180000777");
		});
	}

	@Test
	void aFileInAnotherLayoutIsAskedForItsColumnsAndReadWithTheChosenOnes() {
		String p = tree.commune().getCode();
		String csv = "Số hộ;Xã;Ấp;Nơi ở;Quan hệ với chủ hộ;Họ và tên;Ngày sinh;Giới tính;Dân tộc\n" + p + "-1;"
				+ c1().replace(',', ';') + ";Tổ 1;Chủ hộ;Thạch Sa;15/04/1978;Nam;Khmer\n";

		ImportResult unmapped = run(csv, false, tree.official());
		assertThat(unmapped.headersToMap()).contains("Số hộ", "Nơi ở");
		assertThat(unmapped.errors()).extracting(ImportError::args)
			.containsExactlyInAnyOrder(List.of("household_code"), List.of("commune_code"), List.of("village_code"),
					List.of("address"));

		byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
		ImportResult mapped = imports.check(
				new CsvRegisterFile(bytes), "khac.csv", bytes, ColumnMapping.chosen(Map.of("household_code", "Số hộ",
						"commune_code", "Xã", "village_code", "Ấp", "address", "Nơi ở")),
				tree.official(), "xa.ngaixuyen", ImportProgress.NONE);
		assertThat(mapped.errors()).isEmpty();
		assertThat(mapped.households()).isEqualTo(1);
	}

}

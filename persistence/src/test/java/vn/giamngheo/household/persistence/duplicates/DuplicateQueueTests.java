package vn.giamngheo.household.persistence.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import vn.giamngheo.household.persistence.importing.CsvRegisterFile;
import vn.giamngheo.household.persistence.importing.ImportProgress;
import vn.giamngheo.household.persistence.importing.ImportResult;
import vn.giamngheo.household.persistence.importing.RegisterImports;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.testsupport.Fixtures;

@SpringBootTest
@Transactional
class DuplicateQueueTests {

	static final String HEADER = "household_code,commune_code,village_code,address,phone,relationship,full_name,"
			+ "date_of_birth,sex,ethnicity,citizen_id,health_insurance_card\n";

	@Autowired
	RegisterImports imports;

	@Autowired
	DuplicateQueue queue;

	@Autowired
	HouseholdMerger merger;

	@Autowired
	DuplicateScan scan;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Tree tree;

	String p;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
		p = tree.commune().getCode();
	}

	ImportResult load(String rows) {
		byte[] bytes = (HEADER + rows).getBytes(StandardCharsets.UTF_8);
		return imports.importNow(new CsvRegisterFile(bytes), "f.csv", bytes, Map.of(), tree.districtOfficer(),
				"huyen.tracu", ImportProgress.NONE);
	}

	String c1() {
		return tree.commune().getCode() + "," + tree.village().getCode();
	}

	String c2() {
		return tree.otherCommune().getCode() + "," + tree.otherVillage().getCode();
	}

	long id(String code) {
		return jdbc.queryForObject("SELECT id FROM household WHERE code = ?", Long.class, code);
	}

	@Test
	void anImportRaisesTheSamePeopleTypedWithoutDiacriticsOrWithDayAndMonthSwappedInAnotherCommune() {
		assertThat(load(p + "-A," + c1() + ",Tổ 1,,Chủ hộ,Nguyễn Văn Ân,05/03/1980,Nam,Kinh,,\n" + p + "-A," + c1()
				+ ",Tổ 1,,Vợ,Trần Thị Bích,03/05/1984,Nữ,Kinh,,\n" + p + "-C," + c1()
				+ ",Tổ 3,,Chủ hộ,Lê Văn Khác,05/03/1980,Nam,Kinh,,\n")
			.written()).isTrue();

		ImportResult second = load(p + "-B," + c2() + ",Tổ 2,,Chủ hộ,Nguyen Van An,5/3/1980,Nam,Kinh,,\n" + p + "-B,"
				+ c2() + ",Tổ 2,,Vợ,Tran Thi Bich,05/03/1984,Nữ,Kinh,,\n");

		assertThat(second.written()).isTrue();
		assertThat(second.candidates()).isEqualTo(1);
		List<DuplicateQueue.Pair> open = queue.list(DuplicateQueue.Status.OPEN, tree.districtOfficer());
		assertThat(open).singleElement().satisfies(pair -> {
			assertThat(List.of(pair.a().code(), pair.b().code())).containsExactlyInAnyOrder(p + "-A", p + "-B");
			assertThat(pair.reasons()).contains("SAME_NAME", "SAME_BIRTH_DATE", "OTHER_COMMUNE", "SAME_ETHNICITY",
					"MEMBERS_OVERLAP");
			assertThat(pair.matchedMembers()).isEqualTo(2);
			assertThat(pair.score()).isGreaterThan(0.8);
		});
		// A commune official sees no pair that reaches into another commune.
		assertThat(queue.list(DuplicateQueue.Status.OPEN, tree.official())).isEmpty();
	}

	@Test
	void onlyABirthDateTypedTheOtherWayRoundIsReportedAsSuchAndASlightlyDifferentNameScoresLower() {
		load(p + "-A," + c1() + ",Tổ 1,,Chủ hộ,Thạch Thị Sa Rươne,04/11/1975,Nữ,Khmer,,\n");
		load(p + "-B," + c1() + ",Tổ 1,,Chủ hộ,Thach Thi Sa Ruong,11/04/1975,Nữ,Khmer,,\n");

		assertThat(queue.list(DuplicateQueue.Status.OPEN, tree.official())).singleElement().satisfies(pair -> {
			assertThat(pair.reasons()).contains("SIMILAR_NAME", "BIRTH_DATE_SWAPPED", "SAME_VILLAGE")
				.doesNotContain("SAME_BIRTH_DATE", "OTHER_COMMUNE");
			assertThat(pair.score()).isLessThan(0.9);
		});
	}

	@Test
	void theScanFindsPairsOnceAndADismissedPairStaysDismissedWithItsReason() {
		load(p + "-A," + c1() + ",Tổ 1,,Chủ hộ,Kim Văn Út,01/06/1960,Nam,Khmer,,\n" + p + "-B," + c2()
				+ ",Tổ 2,,Chủ hộ,Kim Van Ut,01/06/1960,Nam,Khmer,,\n");
		jdbc.update("DELETE FROM duplicate_candidate WHERE code_a LIKE ?", p + "%");

		assertThat(scan.scan()).isPositive();
		DuplicateQueue.Pair pair = queue.list(DuplicateQueue.Status.OPEN, tree.districtOfficer()).get(0);
		assertThat(pair.foundBy()).isEqualTo("SCAN");
		assertThatThrownBy(
				() -> queue.dismiss(pair.id(), pair.version(), "Hai người khác nhau", tree.official(), "xa.ngaixuyen"))
			.isInstanceOf(OutOfScopeException.class);

		queue.dismiss(pair.id(), pair.version(), "Hai người khác nhau, đã xác minh tại ấp", tree.districtOfficer(),
				"huyen.tracu");
		scan.scan();

		assertThat(queue.list(DuplicateQueue.Status.OPEN, tree.districtOfficer())).isEmpty();
		assertThat(queue.list(DuplicateQueue.Status.DISMISSED, tree.districtOfficer())).singleElement()
			.satisfies(d -> assertThat(d.resolution()).isEqualTo("Hai người khác nhau, đã xác minh tại ấp"));
	}

	@Test
	void aMergeKeepsTheMembersSupportReviewsAndHistoryOfBothAndJournalsEachConflict() {
		load(p + "-A," + c1() + ",Tổ 1,,Chủ hộ,Nguyễn Văn Ân,05/03/1980,Nam,Kinh,,\n" + p + "-A," + c1()
				+ ",Tổ 1,,Con,Nguyễn Văn Bé,01/01/2010,Nam,Kinh,,\n" + p + "-B," + c2()
				+ ",Tổ 2,,Chủ hộ,Nguyen Van An,05/03/1980,Nam,Kinh,001080900321,\n" + p + "-B," + c2()
				+ ",Tổ 2,,Vợ,Trần Thị Bích,03/05/1984,Nữ,Kinh,,\n");
		long a = id(p + "-A");
		long b = id(p + "-B");
		long program = jdbc.queryForObject("SELECT min(id) FROM support_program", Long.class);
		for (long h : new long[] { a, b }) {
			jdbc.update("""
					INSERT INTO support_disbursement (program_id, household_id, commune_id, disbursed_on, period_key,
					    amount, funding_source, decision_ref, recorded_by)
					SELECT ?, id, commune_id, DATE '2025-03-01', '2025', 500000, 'CENTRAL_BUDGET', 'QĐ 1', 'x'
					FROM household WHERE id = ?""", program, h);
		}
		long campaign = jdbc.queryForObject(
				"""
						INSERT INTO review_campaign (year, area_id, standard_id, standard_version, starts_on, ends_on, opened_by)
						VALUES (2025, ?, 'x', 1, DATE '2025-09-01', DATE '2025-12-31', 'x') RETURNING id""",
				Long.class, tree.district().getId());
		for (long h : new long[] { a, b }) {
			jdbc.update("""
					INSERT INTO household_review (campaign_id, kind, household_id, commune_id, year, state, area_type,
					    monthly_income_per_capita, previous_category, category, outcome, standard_id, standard_version,
					    income_line, created_by, updated_by)
					SELECT ?, 'PERIODIC', id, commune_id, 2025, 'DRAFT', 'RURAL', 1000000, 'NOT_REVIEWED', 'POOR',
					    'X', 'x', 1, 1500000, 'x', 'x' FROM household WHERE id = ?""", campaign, h);
		}
		DuplicateQueue.Pair pair = queue.list(DuplicateQueue.Status.OPEN, tree.districtOfficer()).get(0);

		long mergeId = merger.merge(pair.id(), pair.version(), a, "Cùng một hộ ghi ở hai xã sau sáp nhập",
				tree.districtOfficer(), "huyen.tracu");

		assertThat(jdbc.queryForObject("SELECT count(*) FROM household WHERE id = ?", Long.class, b)).isZero();
		assertThat(jdbc.queryForList("SELECT full_name || ':' || relationship || ':' || coalesce(citizen_id, '') "
				+ "FROM household_member WHERE household_id = ? ORDER BY id", String.class, a))
			.containsExactly("Nguyễn Văn Ân:HEAD:001080900321", "Nguyễn Văn Bé:CHILD:", "Trần Thị Bích:SPOUSE:");
		assertThat(jdbc.queryForObject("SELECT member_count FROM household WHERE id = ?", Integer.class, a))
			.isEqualTo(3);
		assertThat(jdbc.queryForList(
				"SELECT override_reason FROM support_disbursement WHERE household_id = ? " + "ORDER BY id",
				String.class, a))
			.hasSize(2)
			.filteredOn(r -> r != null)
			.singleElement()
			.asString()
			.contains("gộp hộ");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM household_review WHERE household_id = ?", Long.class, a))
			.isEqualTo(1);
		assertThat(jdbc.queryForList("SELECT action FROM household_change WHERE household_id = ? ORDER BY id",
				String.class, a))
			.containsExactly("IMPORTED", "IMPORTED", "MERGED");
		assertThat(merger.journal(mergeId)).extracting(s -> s.get("action"))
			.contains("MEMBER_MERGED", "CONFLICT_FLAGGED", "CONFLICT_SET_ASIDE", "MOVED");
		assertThat(jdbc.queryForObject("SELECT absorbed FROM household_merge WHERE id = ?", String.class, mergeId))
			.contains("Nguyen Van An", "001080900321");
		DuplicateQueue.Pair confirmed = queue.get(pair.id(), tree.districtOfficer());
		assertThat(confirmed.status()).isEqualTo(DuplicateQueue.Status.CONFIRMED);
		assertThat(confirmed.mergeId()).isEqualTo(mergeId);
	}

	@Test
	void aCommuneOfficialMayNotMergeEvenInTheirOwnCommune() {
		load(p + "-A," + c1() + ",Tổ 1,,Chủ hộ,Kim Văn Út,01/06/1960,Nam,Khmer,,\n" + p + "-B," + c1()
				+ ",Tổ 2,,Chủ hộ,Kim Van Ut,01/06/1960,Nam,Khmer,,\n");
		Scope official = tree.official();
		DuplicateQueue.Pair pair = queue.list(DuplicateQueue.Status.OPEN, official).get(0);

		assertThatThrownBy(() -> merger.merge(pair.id(), pair.version(), pair.a().householdId(), "x", official, "x"))
			.isInstanceOf(OutOfScopeException.class);
	}

}

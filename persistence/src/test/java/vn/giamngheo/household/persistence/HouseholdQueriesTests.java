package vn.giamngheo.household.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.testsupport.Fixtures;

@SpringBootTest
@Transactional
class HouseholdQueriesTests {

	@Autowired
	HouseholdService households;

	@Autowired
	HouseholdQueries queries;

	@Autowired
	Fixtures fixtures;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	Fixtures.Tree tree;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
		for (String name : new String[] { "Nguyễn Văn A", "Đặng Thị Đào", "Trần Văn Bình", "Lê Thị Ánh",
				"Nguyễn Văn Ân" }) {
			fixtures.recognise(households.register(Fixtures.household(tree.village(), name), tree.official(), "t"),
					HouseholdCategory.POOR);
		}
		households.register(Fixtures.household(tree.otherVillage(), "Nguyễn Văn A"), tree.officialOfOtherCommune(),
				"t");
	}

	private HouseholdQueries.Page find(String q, Scope scope) {
		return queries.find(new HouseholdQueries.Filter(null, null, null, null, q), scope, 0, 20);
	}

	@Test
	void findsNamesTypedWithoutDiacritics() {
		assertThat(find("nguyen van a", tree.official()).rows()).extracting(HouseholdQueries.Row::headName)
			.containsExactlyInAnyOrder("Nguyễn Văn A", "Nguyễn Văn Ân");
		assertThat(find("dang thi dao", tree.official()).rows()).extracting(HouseholdQueries.Row::headName)
			.containsExactly("Đặng Thị Đào");
		assertThat(find("ĐÀO", tree.official()).total()).isEqualTo(1);
	}

	@Test
	void listsOnlyTheCallersCommunes() {
		assertThat(find(null, tree.official()).total()).isEqualTo(5);
		assertThat(find(null, tree.officialOfOtherCommune()).total()).isEqualTo(1);
		assertThat(find(null, tree.districtOfficer()).total()).isEqualTo(6);
		assertThat(
				find(null, new Scope(Role.PROVINCIAL_VIEWER, Set.of(tree.commune().getId()), tree.province().getId()))
					.rows())
			.isEmpty();
	}

	@Test
	void sortsByGivenNameInVietnameseAlphabeticalOrder() {
		// Given names A, Ân, Ánh, Bình, Đào: "A" before "Â" before "Á"? Vietnamese orders
		// a, ă, â by letter and
		// treats tone marks as secondary, so An < Ánh < Ân is decided letter by letter
		// after the base letter.
		assertThat(find(null, tree.official()).rows()).extracting(HouseholdQueries.Row::headName)
			.containsExactly("Nguyễn Văn A", "Lê Thị Ánh", "Nguyễn Văn Ân", "Trần Văn Bình", "Đặng Thị Đào");
	}

	@Test
	void sortsByNameTheOtherWayAndByCodeAcrossTheDistrictsCommunes() {
		var all = HouseholdQueries.Filter.none();
		assertThat(queries.find(all, tree.official(), 0, 20, HouseholdQueries.Sort.NAME, true).rows())
			.extracting(HouseholdQueries.Row::headName)
			.containsExactly("Đặng Thị Đào", "Trần Văn Bình", "Nguyễn Văn Ân", "Lê Thị Ánh", "Nguyễn Văn A");
		var codes = queries.find(all, tree.districtOfficer(), 0, 20, HouseholdQueries.Sort.CODE, true)
			.rows()
			.stream()
			.map(HouseholdQueries.Row::code)
			.toList();
		assertThat(codes).hasSize(6).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		// A page boundary inside the merged communes keeps the order: the second page of
		// two continues the first.
		var first = queries.find(all, tree.districtOfficer(), 0, 4, HouseholdQueries.Sort.CODE, false).rows();
		var second = queries.find(all, tree.districtOfficer(), 1, 4, HouseholdQueries.Sort.CODE, false).rows();
		var ascending = new java.util.ArrayList<>(codes);
		java.util.Collections.reverse(ascending);
		assertThat(java.util.stream.Stream.concat(first.stream(), second.stream()).map(HouseholdQueries.Row::code))
			.containsExactlyElementsOf(ascending);
	}

	@Test
	void anUnknownSortKeyIsTheRegisterOrderByName() {
		assertThat(HouseholdQueries.Sort.of("head_name; DROP TABLE household")).isEqualTo(HouseholdQueries.Sort.NAME);
		assertThat(HouseholdQueries.Sort.of(null)).isEqualTo(HouseholdQueries.Sort.NAME);
		assertThat(HouseholdQueries.Sort.of("members")).isEqualTo(HouseholdQueries.Sort.MEMBERS);
	}

	@Test
	void filtersByVillageCategoryAndEthnicity() {
		var poorKhmer = new HouseholdQueries.Filter(null, tree.village().getId(), HouseholdCategory.POOR,
				Ethnicity.KHMER, null);
		assertThat(queries.find(poorKhmer, tree.districtOfficer(), 0, 20).total()).isEqualTo(5);
		var kinh = new HouseholdQueries.Filter(null, null, null, Ethnicity.KINH, null);
		assertThat(queries.find(kinh, tree.districtOfficer(), 0, 20).total()).isZero();
	}

	@Test
	void pagesThroughTheList() {
		var page = queries.find(HouseholdQueries.Filter.none(), tree.official(), 1, 2);
		assertThat(page.rows()).hasSize(2);
		assertThat(page.total()).isEqualTo(5);
		assertThat(page.pages()).isEqualTo(3);
	}

	/**
	 * A term with more matches than the bounded count (issue 12): the page is walked from
	 * each commune's name index, and must be the page a sort of every match gives, both
	 * ways and past the first page, with "at least" as total. A term within the bound is
	 * counted exactly from the same read as its page.
	 */
	@Test
	void aCommonTermPagesInNameOrderAcrossCommunesWithABoundedTotal() {
		for (var c : new long[][] { { tree.commune().getId(), tree.village().getId() },
				{ tree.otherCommune().getId(), tree.otherVillage().getId() } }) {
			jdbc.update("""
					INSERT INTO household (code, commune_id, village_id, address, head_name, ethnicity, category,
					                       search_text, sort_key, created_by, updated_by)
					SELECT 'COMMON-' || ? || '-' || g, ?, ?, 'x', 'Nguyễn Văn ' || g, 'KINH', 'NOT_POOR',
					       'nguyen van x' || md5(g::text), md5(g::text || 's') || ' Nguyễn Văn', 't', 't'
					FROM generate_series(1, 700) g""", c[0], c[0], c[1]);
		}
		var common = new HouseholdQueries.Filter(null, null, null, null, "nguyen van");
		for (boolean descending : new boolean[] { false, true }) {
			java.util.List<String> sorted = jdbc.queryForList(
					"SELECT code FROM household WHERE commune_id IN (?, ?) "
							+ "AND search_text LIKE '%nguyen van%' ORDER BY "
							+ (descending ? "sort_key DESC, id DESC" : "sort_key, id"),
					String.class, tree.commune().getId(), tree.otherCommune().getId());
			assertThat(sorted).hasSizeGreaterThan(HouseholdQueries.SEARCH_COUNT_LIMIT);
			for (int page : new int[] { 0, 3 }) {
				var found = queries.find(common, tree.districtOfficer(), page, 20, HouseholdQueries.Sort.NAME,
						descending);
				assertThat(found.rows()).extracting(HouseholdQueries.Row::code)
					.containsExactlyElementsOf(sorted.subList(page * 20, page * 20 + 20));
				assertThat(found.total()).isEqualTo(HouseholdQueries.SEARCH_COUNT_LIMIT);
				assertThat(found.totalIsLowerBound()).isTrue();
			}
		}
		var oneCommune = queries.find(common, tree.official(), 0, 20);
		assertThat(oneCommune.totalIsLowerBound()).isFalse();
		assertThat(oneCommune.total()).isEqualTo(702);
		var byCode = queries.find(common, tree.districtOfficer(), 0, 20, HouseholdQueries.Sort.CODE, false);
		assertThat(byCode.rows()).extracting(HouseholdQueries.Row::code).isSorted();
		assertThat(find("nguyen van a", tree.districtOfficer()).total()).isEqualTo(3);
	}

}

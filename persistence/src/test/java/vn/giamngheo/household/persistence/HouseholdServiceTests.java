package vn.giamngheo.household.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Sex;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.testsupport.Fixtures;

@SpringBootTest
@Transactional
class HouseholdServiceTests {

	@Autowired
	HouseholdService households;

	@Autowired
	Fixtures fixtures;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	Fixtures.Tree tree;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
	}

	@Test
	void registersAHouseholdWithTheCommunesNextCodeAndRecordsWhoCreatedIt() {
		long first = households.register(Fixtures.household(tree.village(), "  Thạch   Sa Rươne "), tree.official(),
				"xa.ngaixuyen");
		long second = households.register(Fixtures.household(tree.village(), "Kim Thị Sa Ly"), tree.official(),
				"xa.ngaixuyen");

		Household household = households.get(first, tree.official());
		assertThat(household.getCode()).isEqualTo(tree.commune().getCode() + "-00001");
		assertThat(households.get(second, tree.official()).getCode()).isEqualTo(tree.commune().getCode() + "-00002");
		assertThat(household.getHeadName()).isEqualTo("Thạch Sa Rươne");
		assertThat(household.getCommuneId()).isEqualTo(tree.commune().getId());
		assertThat(households.history(households.get(first, tree.official()))).singleElement()
			.satisfies(change -> assertThat(change.getChangedBy()).isEqualTo("xa.ngaixuyen"));
	}

	@Test
	void refusesAHouseholdInAnotherCommunesVillage() {
		assertThatThrownBy(() -> households.register(Fixtures.household(tree.otherVillage(), "Lâm Văn Tư"),
				tree.official(), "xa.ngaixuyen"))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void refusesToShowAHouseholdOutsideTheCallersCommunesButShowsItToTheirDistrictOfficer() {
		long id = households.register(Fixtures.household(tree.village(), "Danh Sóc Kha"), tree.official(), "a");

		assertThatThrownBy(() -> households.get(id, tree.officialOfOtherCommune()))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> households.get(id,
				new Scope(Role.PROVINCIAL_VIEWER, java.util.Set.of(tree.commune().getId()), tree.province().getId())))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(households.get(id, tree.districtOfficer()).getHeadName()).isEqualTo("Danh Sóc Kha");
	}

	@Test
	void refusesAnEditMadeOnAStaleVersionAndKeepsTheFirstEdit() {
		long id = households.register(Fixtures.household(tree.village(), "Sơn Thị Pha"), tree.official(), "a");
		long openedAt = households.get(id, tree.official()).getVersion();
		var first = new HouseholdCommand(null, tree.village().getId(), "Tổ 9", "Sơn Thị Pha",
				vn.giamngheo.household.Ethnicity.KHMER, "0912345678", false, false, false, false);
		households.update(id, openedAt, first, tree.official(), "first.officer");

		var second = new HouseholdCommand(null, tree.village().getId(), "Tổ 10", "Sơn Thị Pha",
				vn.giamngheo.household.Ethnicity.KHMER, "0999999999", false, false, false, false);
		assertThatThrownBy(() -> households.update(id, openedAt, second, tree.official(), "second.officer"))
			.isInstanceOf(ConcurrentEditException.class)
			.satisfies(ex -> assertThat(((ConcurrentEditException) ex).lastEditor()).isEqualTo("first.officer"));
		assertThat(households.get(id, tree.official()).getPhone()).isEqualTo("0912345678");
	}

	@Test
	void recordsEachChangedFieldWithItsOldAndNewValue() {
		long id = households.register(Fixtures.household(tree.village(), "Trà Văn Mol"), tree.official(), "a");
		var edit = new HouseholdCommand(null, tree.village().getId(), "Tổ 1, Ấp Chợ", "Trà Văn Mol",
				vn.giamngheo.household.Ethnicity.KHMER, "0912345678", false, false, false, false);
		households.update(id, households.get(id, tree.official()).getVersion(), edit, tree.official(), "b");

		HouseholdChange latest = households.history(households.get(id, tree.official())).get(0);
		assertThat(latest.getAction()).isEqualTo("UPDATED");
		assertThat(latest.fieldChanges()).extracting(HouseholdChange.FieldChange::field).containsExactly("phone");
	}

	@Test
	void aNewHouseholdIsNotReviewedAndNoRegisterEditChangesItsCategory() {
		long id = households.register(Fixtures.household(tree.village(), "Thạch Thị Mai"), tree.official(), "a");
		assertThat(households.get(id, tree.official()).getCategory())
			.isEqualTo(vn.giamngheo.household.HouseholdCategory.NOT_REVIEWED);
		fixtures.recognise(id, vn.giamngheo.household.HouseholdCategory.POOR);
		var edit = new HouseholdCommand(null, tree.village().getId(), "Tổ 3, Ấp Chợ", "Thạch Thị Mai",
				vn.giamngheo.household.Ethnicity.KHMER, null, false, false, false, false);
		households.update(id, jdbc.queryForObject("SELECT version FROM household WHERE id = ?", Long.class, id), edit,
				tree.official(), "b");
		assertThat(jdbc.queryForObject("SELECT category FROM household WHERE id = ?", String.class, id))
			.isEqualTo("POOR");
	}

	@Test
	void addsMembersAndRefusesASecondHeadAndAnInconsistentCitizenId() {
		long id = households.register(Fixtures.household(tree.village(), "Thạch Phol"), tree.official(), "a");
		long version = households.get(id, tree.official()).getVersion();
		households.addMember(id, version,
				Fixtures.member("Thạch Phol", LocalDate.of(1970, 3, 1), Sex.MALE, Relationship.HEAD, "001070123456"),
				tree.official(), "a");

		long next = households.get(id, tree.official()).getVersion();
		assertThatThrownBy(() -> households.addMember(id, next,
				Fixtures.member("Kim Som", LocalDate.of(1972, 1, 1), Sex.MALE, Relationship.HEAD, null),
				tree.official(), "a"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("member.relationship.secondHead");
		assertThatThrownBy(() -> households.addMember(id, next,
				Fixtures.member("Kim Thị Ry", LocalDate.of(1975, 1, 1), Sex.FEMALE, Relationship.SPOUSE,
						"001070123457"),
				tree.official(), "a"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("member.citizenId.BIRTH_YEAR_MISMATCH");
		assertThat(households.get(id, tree.official()).getMemberCount()).isEqualTo(1);
	}

	@Test
	void refusesTheSameCitizenIdInTwoHouseholds() {
		long a = households.register(Fixtures.household(tree.village(), "Lâm Sang"), tree.official(), "a");
		long b = households.register(Fixtures.household(tree.village(), "Lâm Mol"), tree.official(), "a");
		households.addMember(a, households.get(a, tree.official()).getVersion(),
				Fixtures.member("Lâm Sang", LocalDate.of(1980, 1, 1), Sex.MALE, Relationship.HEAD, "001080000001"),
				tree.official(), "a");

		assertThatThrownBy(
				() -> households.addMember(b, households.get(b, tree.official()).getVersion(),
						Fixtures.member("Lâm Mol", LocalDate.of(1980, 1, 1), Sex.MALE, Relationship.HEAD,
								"001080000001"),
						tree.official(), "a"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("member.citizenId.taken");
	}

	@Test
	void provincialViewerMayNotEditHouseholds() {
		Scope viewer = new Scope(Role.PROVINCIAL_VIEWER, java.util.Set.of(), tree.province().getId());
		assertThatThrownBy(() -> households.register(Fixtures.household(tree.village(), "Kiên Rết"), viewer, "so"))
			.isInstanceOf(OutOfScopeException.class);
	}

}

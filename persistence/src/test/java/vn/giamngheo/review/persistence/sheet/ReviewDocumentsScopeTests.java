package vn.giamngheo.review.persistence.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Sex;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.testsupport.Fixtures;

/**
 * The SQL of the review's documents reads only the caller's communes (issue 10, item 1):
 * asked directly, without {@code ReviewService}'s check in front, it refuses another
 * commune's official, a provincial viewer and an administrator, and prints nothing of a
 * household or a commune outside their communes.
 */
@SpringBootTest
@Transactional
class ReviewDocumentsScopeTests {

	@Autowired
	ReviewDocumentRows rows;

	@Autowired
	HouseholdService households;

	@Autowired
	Fixtures fixtures;

	Fixtures.Tree tree;

	long household;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
		household = households.register(Fixtures.household(tree.village(), "Thạch Phol"), tree.official(), "t");
		long version = households.get(household, tree.official()).getVersion();
		households.addMember(household, version,
				Fixtures.member("Thạch Phol", LocalDate.of(1970, 3, 1), Sex.MALE, Relationship.HEAD, null),
				tree.official(), "t");
	}

	@Test
	void theCommunesOwnOfficialAndTheDistrictReadTheHouseholdAndTheCommune() {
		for (Scope scope : new Scope[] { tree.official(), tree.districtOfficer() }) {
			assertThat(rows.householdPlace(household, scope).commune()).isEqualTo("Ngãi Xuyên");
			assertThat(rows.householdPlace(household, scope).district()).isEqualTo("Huyện thử");
			assertThat(rows.members(household, scope)).extracting(ReviewDocuments.Member::fullName)
				.containsExactly("Thạch Phol");
			assertThat(rows.communePlace(tree.commune().getId(), scope).district()).isEqualTo("Huyện thử");
			assertThat(rows.listRows(-1, tree.commune().getId(), scope)).isEmpty();
		}
	}

	@Test
	void anotherCommunesOfficialGetsNothingOfTheHouseholdNorOfTheCommune() {
		Scope other = tree.officialOfOtherCommune();
		long commune = tree.commune().getId();
		assertThatThrownBy(() -> rows.householdPlace(household, other)).isInstanceOf(OutOfScopeException.class);
		assertThat(rows.members(household, other)).isEmpty();
		assertThatThrownBy(() -> rows.communePlace(commune, other)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> rows.listRows(-1, commune, other)).isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void noOneButCommuneAndDistrictOfficersPrintsNamedLists() {
		long province = tree.province().getId();
		for (Scope scope : new Scope[] { new Scope(Role.PROVINCIAL_VIEWER, Set.of(tree.commune().getId()), province),
				new Scope(Role.ADMIN, Set.of(), null) }) {
			assertThatThrownBy(() -> rows.householdPlace(household, scope)).isInstanceOf(OutOfScopeException.class);
			assertThatThrownBy(() -> rows.members(household, scope)).isInstanceOf(OutOfScopeException.class);
			assertThatThrownBy(() -> rows.communePlace(tree.commune().getId(), scope))
				.isInstanceOf(OutOfScopeException.class);
		}
	}

}

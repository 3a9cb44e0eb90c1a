package vn.giamngheo.report.persistence;

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
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.testsupport.Fixtures;

/**
 * Issue 10: the aggregate queries that took their communes on trust now check the
 * caller's scope themselves — a caller of another area is refused, and the counts of a
 * province add up only the communes the caller reads.
 */
@SpringBootTest
@Transactional
class FiguresScopeTests {

	static final LocalDate TODAY = LocalDate.of(2037, 3, 1);

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReportQueries reports;

	@Autowired
	AreaQueries areas;

	@Autowired
	HouseholdService households;

	Fixtures.Tree tree;

	Fixtures.Tree stranger;

	@BeforeEach
	void twoProvinces() {
		tree = fixtures.tree();
		stranger = fixtures.tree();
		households.register(Fixtures.household(tree.village(), "Thạch Sa"), tree.official(), "xa");
		households.register(Fixtures.household(tree.otherVillage(), "Kim Thị Hoa"), tree.officialOfOtherCommune(),
				"xa2");
		households.register(Fixtures.household(tree.otherVillage(), "Sơn Ngọc"), tree.officialOfOtherCommune(), "xa2");
	}

	@Test
	void figuresOfAnAreaAreRefusedToACallerWithNoCommuneInIt() {
		Set<Long> communes = Set.of(tree.commune().getId(), tree.otherCommune().getId());
		// A commune official reads the sums of the district's plan area (no names in
		// them) …
		assertThat(reports.figuresOf(2037, tree.district().getId(), communes, tree.official())).isNotNull();
		// … an official of another province does not, nor an administrator.
		assertThatThrownBy(() -> reports.figuresOf(2037, tree.district().getId(), communes, stranger.official()))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(
				() -> reports.figuresOf(2037, tree.district().getId(), communes, new Scope(Role.ADMIN, Set.of(), null)))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void countsByChildAddUpOnlyTheCommunesTheCallerReads() {
		long province = tree.province().getId();
		assertThat(areas.countsByChild(province, TODAY, tree.districtOfficer())).singleElement().satisfies(row -> {
			assertThat(row.areaId()).isEqualTo(tree.district().getId());
			assertThat(row.households()).isEqualTo(3);
		});
		assertThat(areas.countsByChild(province, TODAY, new Scope(Role.PROVINCIAL_VIEWER, Set.of(), province)))
			.singleElement()
			.satisfies(row -> assertThat(row.households()).isEqualTo(3));
		assertThat(areas.countsByChild(province, TODAY, tree.official())).singleElement()
			.satisfies(row -> assertThat(row.households()).isEqualTo(1));
		assertThat(areas.countsByChild(province, TODAY, stranger.districtOfficer())).isEmpty();
		assertThatThrownBy(() -> areas.countsByChild(province, TODAY, new Scope(Role.ADMIN, Set.of(), null)))
			.isInstanceOf(OutOfScopeException.class);
	}

}

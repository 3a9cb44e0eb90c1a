package vn.giamngheo.household.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.household.Disability;
import vn.giamngheo.household.EducationLevel;
import vn.giamngheo.household.Employment;
import vn.giamngheo.household.RegisteredHousehold;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Schooling;
import vn.giamngheo.household.Sex;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.testsupport.Fixtures;

/**
 * The register as the review entry form reads it: a value with the members' facts, scoped
 * like the register.
 */
@SpringBootTest
@Transactional
class RegisteredHouseholdsTests {

	@Autowired
	RegisteredHouseholds registered;

	@Autowired
	HouseholdService households;

	@Autowired
	Fixtures fixtures;

	@Test
	void aHouseholdWithItsMembersForTheCallersCommuneOnly() {
		Fixtures.Tree tree = fixtures.tree();
		long id = households.register(Fixtures.household(tree.village(), "Thạch Phol"), tree.official(), "a");
		households.addMember(id, households.get(id, tree.official()).getVersion(),
				Fixtures.member("Thạch Phol", LocalDate.of(1970, 3, 1), Sex.MALE, Relationship.HEAD, "001070654321"),
				tree.official(), "a");

		RegisteredHousehold household = registered.get(id, tree.official());
		assertThat(household.id()).isEqualTo(id);
		assertThat(household.headName()).isEqualTo("Thạch Phol");
		assertThat(household.communeId()).isEqualTo(tree.commune().getId());
		assertThat(household.code()).startsWith(tree.commune().getCode());
		assertThat(household.members()).singleElement()
			.isEqualTo(new RegisteredHousehold.Member("Thạch Phol", LocalDate.of(1970, 3, 1), false,
					Schooling.NOT_SCHOOL_AGE, EducationLevel.PRIMARY, Employment.SELF_EMPLOYED, Disability.NONE));
		assertThat(household.memberCount()).isEqualTo(households.get(id, tree.official()).getMemberCount());
		assertThatThrownBy(() -> registered.get(id, tree.officialOfOtherCommune()))
			.isInstanceOf(OutOfScopeException.class);
	}

}

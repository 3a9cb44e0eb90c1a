package vn.giamngheo.household.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Sex;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.testsupport.Fixtures;

/**
 * Issue 11, finding 5: a refusal must not tell a commune official that a code or ID
 * exists in another commune.
 */
@SpringBootTest
class RegisterUniquenessTests {

	@Autowired
	HouseholdService households;

	@Autowired
	Fixtures fixtures;

	Fixtures.Tree tree;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
	}

	@Test
	void aCitizenIdOfAnotherCommuneIsRefusedWithoutSayingItExists() {
		long mine = households.register(Fixtures.household(tree.village(), "Thạch Sa"), tree.official(), "a");
		households.addMember(mine, households.get(mine, tree.official()).getVersion(),
				Fixtures.member("Thạch Sa", LocalDate.of(1980, 1, 1), Sex.MALE, Relationship.HEAD, "001080000077"),
				tree.official(), "a");
		long theirs = households.register(Fixtures.household(tree.otherVillage(), "Kim Sa"),
				tree.officialOfOtherCommune(), "b");

		assertThatThrownBy(
				() -> households.addMember(theirs, households.get(theirs, tree.officialOfOtherCommune()).getVersion(),
						Fixtures.member("Kim Sa", LocalDate.of(1980, 1, 1), Sex.MALE, Relationship.HEAD,
								"001080000077"),
						tree.officialOfOtherCommune(), "b"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining(RegisterUniqueness.CITIZEN_ID_UNAVAILABLE)
			.hasMessageNotContaining("taken");

		long second = households.register(Fixtures.household(tree.village(), "Thạch Sol"), tree.official(), "a");
		assertThatThrownBy(
				() -> households.addMember(second, households.get(second, tree.official()).getVersion(),
						Fixtures.member("Thạch Sol", LocalDate.of(1980, 1, 1), Sex.MALE, Relationship.HEAD,
								"001080000077"),
						tree.official(), "a"))
			.as("inside the caller's own commune the message may say it is taken")
			.hasMessageContaining("member.citizenId.taken");
	}

	@Test
	void aHouseholdCodeOfAnotherCommuneIsRefusedWithoutSayingItExists() {
		String code = tree.commune().getCode() + "-X1";
		var command = new HouseholdCommand(code, tree.village().getId(), "Tổ 1", "Sơn Na",
				vn.giamngheo.household.Ethnicity.KHMER, null, false, false, false, false);
		households.register(command, tree.official(), "a");
		var theirs = new HouseholdCommand(code, tree.otherVillage().getId(), "Tổ 1", "Sơn Ni",
				vn.giamngheo.household.Ethnicity.KHMER, null, false, false, false, false);
		assertThatThrownBy(() -> households.register(theirs, tree.officialOfOtherCommune(), "b"))
			.hasMessageContaining(RegisterUniqueness.CODE_UNAVAILABLE);
		assertThatThrownBy(() -> households.register(command, tree.official(), "a"))
			.hasMessageContaining("household.code.taken");
	}

}

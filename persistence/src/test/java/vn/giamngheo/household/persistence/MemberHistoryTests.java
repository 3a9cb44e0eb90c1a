package vn.giamngheo.household.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.giamngheo.household.Disability;
import vn.giamngheo.household.EducationLevel;
import vn.giamngheo.household.Employment;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Schooling;
import vn.giamngheo.household.Sex;
import vn.giamngheo.testsupport.Fixtures;

/**
 * Issue 11, finding 8: a member's change of disability, ethnicity, card or ID is recorded
 * field by field.
 */
@SpringBootTest
class MemberHistoryTests {

	@Autowired
	HouseholdService households;

	@Autowired
	Fixtures fixtures;

	@Test
	void aMembersSensitiveFieldsAreRecordedBeforeAndAfter() {
		var tree = fixtures.tree();
		long id = households.register(Fixtures.household(tree.village(), "Danh Sóc"), tree.official(), "a");
		long memberId = households.addMember(id, households.get(id, tree.official()).getVersion(),
				Fixtures.member("Danh Sóc", LocalDate.of(1975, 5, 1), Sex.MALE, Relationship.HEAD, null),
				tree.official(), "a");
		var member = households.member(id, memberId, tree.official());
		households.updateMember(id, memberId, member.getVersion(),
				new MemberCommand("Danh Sóc", LocalDate.of(1975, 5, 1), Sex.MALE, Ethnicity.KINH, null,
						Relationship.HEAD, "HN4840000000001", Disability.SEVERE, Schooling.NOT_SCHOOL_AGE,
						EducationLevel.PRIMARY, Employment.SELF_EMPLOYED),
				tree.official(), "b");

		HouseholdChange latest = households.history(households.get(id, tree.official())).get(0);
		assertThat(latest.fieldChanges()).extracting(HouseholdChange.FieldChange::field)
			.containsExactly("member", "member.ethnicity", "member.healthInsuranceCard", "member.disability");
		assertThat(latest.fieldChanges()).anySatisfy(f -> {
			assertThat(f.field()).isEqualTo("member.disability");
			assertThat(f.before()).isEqualTo("NONE");
			assertThat(f.after()).isEqualTo("SEVERE");
		});
	}

}

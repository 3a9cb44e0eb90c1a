package vn.giamngheo.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The permission questions of {@link Scope}, as one table: each row is a role and what it
 * may do. A change to a rule changes exactly one column here, and a column that equals
 * another today (households, register, support) is still a rule of its own.
 */
class ScopePermissionTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# role                  | households | register | support | plans | plans if commune owns | whole plan | reviews | catalogue | duplicates | refresh | province | people
					COMMUNE_OFFICIAL        | true       | true     | true    | false | true                  | false      | false   | false     | false      | false   | false    | true
					DISTRICT_OFFICER        | true       | true     | true    | true  | true                  | true       | true    | true      | true       | true    | false    | true
					PROVINCIAL_VIEWER       | false      | false    | false   | false | false                 | true       | false   | false     | false      | false   | true     | false
					ADMIN                   | false      | false    | false   | false | false                 | false      | false   | false     | false      | false   | false    | false
					DATA_PROTECTION_OFFICER | false      | false    | false   | false | false                 | false      | false   | false     | false      | false   | false    | false
					""")
	void eachRoleMayDoWhatItsRowSays(Role role, boolean households, boolean register, boolean support, boolean plans,
			boolean plansIfCommuneOwns, boolean wholePlan, boolean reviews, boolean catalogue, boolean duplicates,
			boolean refresh, boolean province, boolean people) {
		Scope scope = new Scope(role, Set.of(7L, 8L), role == Role.PROVINCIAL_VIEWER ? 1L : null);
		assertThat(scope.mayEditHouseholds()).as("households").isEqualTo(households);
		assertThat(scope.mayImportRegister()).as("register").isEqualTo(register);
		assertThat(scope.mayRecordSupport()).as("support").isEqualTo(support);
		assertThat(scope.mayManagePlans(false)).as("plans").isEqualTo(plans);
		assertThat(scope.mayManagePlans(true)).as("plans where the commune owns its plan")
			.isEqualTo(plansIfCommuneOwns);
		assertThat(scope.mayReadWholePlanArea()).as("whole plan area").isEqualTo(wholePlan);
		assertThat(scope.mayOpenReviews()).as("reviews").isEqualTo(reviews);
		assertThat(scope.mayManageSupportCatalogue()).as("catalogue").isEqualTo(catalogue);
		assertThat(scope.mayResolveDuplicates()).as("duplicates").isEqualTo(duplicates);
		assertThat(scope.mayRefreshReports()).as("refresh").isEqualTo(refresh);
		assertThat(scope.readsProvinceFigures()).as("province figures").isEqualTo(province);
		assertThat(scope.mayListPeople()).as("lists of people").isEqualTo(people);
	}

	@ParameterizedTest(name = "{0} without a commune")
	@CsvSource({ "COMMUNE_OFFICIAL, false", "DISTRICT_OFFICER, true" })
	void aCommuneOfficialWithoutACommuneOwnsNoPlan(Role role, boolean mayManage) {
		assertThat(new Scope(role, Set.of(), null).mayManagePlans(true)).isEqualTo(mayManage);
	}

}

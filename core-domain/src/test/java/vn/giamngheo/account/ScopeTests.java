package vn.giamngheo.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTests {

	@Test
	void communeOfficialCoversOnlyTheirCommune() {
		Scope scope = new Scope(Role.COMMUNE_OFFICIAL, Set.of(7L), null);
		assertThat(scope.covers(7L)).isTrue();
		assertThat(scope.covers(8L)).isFalse();
	}

	@Test
	void provincialViewerNeverListsPeopleEvenOfCommunesInTheProvince() {
		Scope scope = new Scope(Role.PROVINCIAL_VIEWER, Set.of(7L), 1L);
		assertThat(scope.mayListPeople()).isFalse();
		assertThat(scope.covers(7L)).isFalse();
	}

}

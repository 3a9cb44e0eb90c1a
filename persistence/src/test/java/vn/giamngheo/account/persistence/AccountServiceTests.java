package vn.giamngheo.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.testsupport.Fixtures;

@SpringBootTest
class AccountServiceTests {

	@Autowired
	AccountService accounts;

	@Autowired
	Fixtures fixtures;

	Fixtures.Tree tree;

	@BeforeEach
	void setUp() {
		tree = fixtures.tree();
	}

	private String unique(String base) {
		return base + "." + tree.province().getCode().toLowerCase();
	}

	@Test
	void districtOfficerOfADistrictCoversAllItsCommunes() {
		String name = unique("huyen");
		assertThat(accounts.create(name, "{noop}x", "Phòng LĐ-TB&XH", Role.DISTRICT_OFFICER,
				Set.of(tree.district().getId()))).isEmpty();
		Scope scope = accounts.scopeOf(accounts.find(name).orElseThrow());
		assertThat(scope.communeIds()).containsExactlyInAnyOrder(tree.commune().getId(), tree.otherCommune().getId());
	}

	@Test
	void officerAssignedASetOfCommunesAfterTheReformCoversExactlyThose() {
		String name = unique("sonnmt");
		assertThat(accounts.create(name, "{noop}x", "Sở NN&MT", Role.DISTRICT_OFFICER,
				Set.of(tree.otherCommune().getId()))).isEmpty();
		assertThat(accounts.scopeOf(accounts.find(name).orElseThrow()).communeIds())
			.containsExactly(tree.otherCommune().getId());
	}

	@Test
	void refusesAreasThatDoNotFitTheRole() {
		assertThat(accounts.create(unique("xa"), "{noop}x", "Xã", Role.COMMUNE_OFFICIAL,
				Set.of(tree.district().getId()))).contains(AccountService.Problem.AREA_LEVEL);
		assertThat(accounts.create(unique("so"), "{noop}x", "Sở", Role.PROVINCIAL_VIEWER, Set.of()))
			.contains(AccountService.Problem.AREA_REQUIRED);
		assertThat(accounts.create(unique("xa2"), "{noop}x", "Xã", Role.COMMUNE_OFFICIAL,
				Set.of(tree.commune().getId()))).isEmpty();
		assertThat(accounts.create(unique("xa2"), "{noop}x", "Xã", Role.COMMUNE_OFFICIAL,
				Set.of(tree.commune().getId()))).contains(AccountService.Problem.USERNAME_TAKEN);
	}

	@Test
	void locksAfterFiveFailedLoginsInARowAndUnlocksOnRequest() {
		String name = unique("lock");
		accounts.create(name, "{noop}x", "Xã", Role.COMMUNE_OFFICIAL, Set.of(tree.commune().getId()));
		for (int i = 0; i < Account.MAX_FAILED_ATTEMPTS - 1; i++) {
			accounts.recordFailedLogin(name);
		}
		assertThat(accounts.find(name).orElseThrow().isLockedAt(Instant.now())).isFalse();
		accounts.recordFailedLogin(name);
		Account locked = accounts.find(name).orElseThrow();
		assertThat(locked.isLockedAt(Instant.now())).isTrue();
		assertThat(locked.isLockedAt(Instant.now().plus(Account.LOCK_DURATION).plusSeconds(1))).isFalse();

		accounts.unlock(locked.getId());
		assertThat(accounts.find(name).orElseThrow().isLockedAt(Instant.now())).isFalse();
	}

	@Test
	void aSuccessfulLoginResetsTheCount() {
		String name = unique("reset");
		accounts.create(name, "{noop}x", "Xã", Role.COMMUNE_OFFICIAL, Set.of(tree.commune().getId()));
		for (int i = 0; i < 4; i++) {
			accounts.recordFailedLogin(name);
		}
		accounts.recordSuccessfulLogin(name);
		accounts.recordFailedLogin(name);
		assertThat(accounts.find(name).orElseThrow().getFailedAttempts()).isEqualTo(1);
	}
}

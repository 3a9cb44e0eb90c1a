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

	@Autowired
	LoginThrottle throttle;

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
				Set.of(tree.district().getId())))
			.isEmpty();
		Scope scope = accounts.scopeOf(accounts.find(name).orElseThrow());
		assertThat(scope.communeIds()).containsExactlyInAnyOrder(tree.commune().getId(), tree.otherCommune().getId());
	}

	@Test
	void officerAssignedASetOfCommunesAfterTheReformCoversExactlyThose() {
		String name = unique("sonnmt");
		assertThat(accounts.create(name, "{noop}x", "Sở NN&MT", Role.DISTRICT_OFFICER,
				Set.of(tree.otherCommune().getId())))
			.isEmpty();
		assertThat(accounts.scopeOf(accounts.find(name).orElseThrow()).communeIds())
			.containsExactly(tree.otherCommune().getId());
	}

	@Test
	void refusesAreasThatDoNotFitTheRole() {
		assertThat(
				accounts.create(unique("xa"), "{noop}x", "Xã", Role.COMMUNE_OFFICIAL, Set.of(tree.district().getId())))
			.contains(AccountService.Problem.AREA_LEVEL);
		assertThat(accounts.create(unique("so"), "{noop}x", "Sở", Role.PROVINCIAL_VIEWER, Set.of()))
			.contains(AccountService.Problem.AREA_REQUIRED);
		assertThat(
				accounts.create(unique("xa2"), "{noop}x", "Xã", Role.COMMUNE_OFFICIAL, Set.of(tree.commune().getId())))
			.isEmpty();
		assertThat(
				accounts.create(unique("xa2"), "{noop}x", "Xã", Role.COMMUNE_OFFICIAL, Set.of(tree.commune().getId())))
			.contains(AccountService.Problem.USERNAME_TAKEN);
	}

	@Test
	void fiveFailuresFromOneAddressPauseOnlyThatAddressAndAnUnlockClearsIt() {
		String name = unique("lock");
		accounts.create(name, "{noop}x", "Xã", Role.COMMUNE_OFFICIAL, Set.of(tree.commune().getId()));
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
			accounts.recordFailedLogin(name, "10.0.0.66");
		}
		assertThat(throttle.isBlocked(name, "10.0.0.66")).isFalse();
		accounts.recordFailedLogin(name, "10.0.0.66");
		assertThat(throttle.isBlocked(name, "10.0.0.66")).isTrue();
		assertThat(throttle.isBlocked(name, "10.0.0.7")).as("the owner's own address").isFalse();
		assertThat(accounts.find(name).orElseThrow().isLockedAt(Instant.now())).as("no hard lock").isFalse();

		accounts.unlock(accounts.find(name).orElseThrow().getId());
		assertThat(throttle.isBlocked(name, "10.0.0.66")).isFalse();
	}

	@Test
	void thePauseDoublesWithEachFailureAndStopsAtFifteenMinutes() {
		assertThat(LoginThrottle.pause(5)).hasSeconds(30);
		assertThat(LoginThrottle.pause(6)).hasSeconds(60);
		assertThat(LoginThrottle.pause(8)).hasSeconds(240);
		assertThat(LoginThrottle.pause(40)).isEqualTo(LoginThrottle.MAX_PAUSE);
	}

	@Test
	void parallelFailuresAreAllCounted() throws Exception {
		String name = unique("parallel");
		accounts.create(name, "{noop}x", "Xã", Role.COMMUNE_OFFICIAL, Set.of(tree.commune().getId()));
		int attempts = 39;
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		var start = new java.util.concurrent.CountDownLatch(1);
		var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
		for (int i = 0; i < attempts; i++) {
			futures.add(pool.submit(() -> {
				start.await();
				return accounts.recordFailedLogin(name, "10.0.0.99");
			}));
		}
		start.countDown();
		var counts = new java.util.HashSet<Integer>();
		for (var f : futures) {
			counts.add(f.get());
		}
		pool.shutdown();
		assertThat(accounts.find(name).orElseThrow().getFailedAttempts()).isEqualTo(attempts);
		assertThat(counts).as("each attempt saw its own count").hasSize(attempts);
	}

	@Test
	void aSuccessfulLoginResetsTheCount() {
		String name = unique("reset");
		accounts.create(name, "{noop}x", "Xã", Role.COMMUNE_OFFICIAL, Set.of(tree.commune().getId()));
		for (int i = 0; i < 4; i++) {
			accounts.recordFailedLogin(name, "10.0.0.5");
		}
		accounts.recordSuccessfulLogin(name, "10.0.0.5");
		accounts.recordFailedLogin(name, "10.0.0.5");
		assertThat(accounts.find(name).orElseThrow().getFailedAttempts()).isEqualTo(1);
	}

	@Test
	void anAdministratorsResetForcesAChangeAndTheOwnChangeClearsIt() {
		String name = unique("pw");
		accounts.create(name, "{noop}x", "Xã", Role.COMMUNE_OFFICIAL, Set.of(tree.commune().getId()));
		long id = accounts.find(name).orElseThrow().getId();
		long before = accounts.find(id).orElseThrow().getVersion();
		accounts.resetPassword(id, "{noop}y");
		Account reset = accounts.find(id).orElseThrow();
		assertThat(reset.isMustChangePassword()).isTrue();
		assertThat(reset.getVersion()).as("open sessions end").isGreaterThan(before);
		accounts.changeOwnPassword(id, "{noop}z");
		assertThat(accounts.find(id).orElseThrow().isMustChangePassword()).isFalse();
	}

}

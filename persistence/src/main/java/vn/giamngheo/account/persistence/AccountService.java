package vn.giamngheo.account.persistence;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.AccountAreas;
import vn.giamngheo.account.AccountAreas.Tier;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;

/** Accounts, their lock-out after failed logins, and the scope each one works in. */
@Service
@Transactional
public class AccountService {

	private final AccountRepository accounts;

	private final AccountAreas areas;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final LoginThrottle throttle;

	public AccountService(AccountRepository accounts, AccountAreas areas, Clock clock, JdbcTemplate jdbc,
			LoginThrottle throttle) {
		this.accounts = accounts;
		this.areas = areas;
		this.clock = clock;
		this.jdbc = jdbc;
		this.throttle = throttle;
	}

	public enum Problem {

		USERNAME_TAKEN, AREA_REQUIRED, AREA_LEVEL

	}

	/**
	 * Creates an account after checking that its areas fit its role; returns the problem
	 * instead when they don't.
	 */
	public Optional<Problem> create(String username, String passwordHash, String fullName, Role role,
			Set<Long> areaIds) {
		if (accounts.findByUsername(username).isPresent()) {
			return Optional.of(Problem.USERNAME_TAKEN);
		}
		List<Tier> chosen = List.copyOf(areas.tiersOf(areaIds).values());
		if (role != Role.ADMIN && role != Role.DATA_PROTECTION_OFFICER && chosen.isEmpty()) {
			return Optional.of(Problem.AREA_REQUIRED);
		}
		boolean fits = switch (role) {
			case COMMUNE_OFFICIAL -> chosen.size() == 1 && chosen.get(0) == Tier.COMMUNE;
			case DISTRICT_OFFICER -> chosen.stream().allMatch(t -> t == Tier.DISTRICT || t == Tier.COMMUNE);
			case PROVINCIAL_VIEWER -> chosen.size() == 1 && chosen.get(0) == Tier.PROVINCE;
			case ADMIN, DATA_PROTECTION_OFFICER -> chosen.isEmpty();
		};
		if (!fits) {
			return Optional.of(Problem.AREA_LEVEL);
		}
		accounts.save(new Account(username, passwordHash, fullName, role, areaIds));
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(String username) {
		return accounts.findByUsername(username);
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return accounts.findAllByOrderByUsername();
	}

	/**
	 * The communes (and province) an account works in, resolved from its areas as of now.
	 */
	@Transactional(readOnly = true)
	public Scope scopeOf(Account account) {
		Set<Long> roots = account.getAreaIds();
		Set<Long> communes = roots.isEmpty() ? Set.of() : new HashSet<>(areas.communesUnder(roots));
		Long province = account.getRole() == Role.PROVINCIAL_VIEWER ? roots.iterator().next() : null;
		return new Scope(account.getRole(), communes, province);
	}

	/**
	 * Counts a failed login with one atomic statement, in its own transaction so that it
	 * is counted although the login fails. Reading the entity and saving it lost counts
	 * when parallel attempts clashed on its version, and each clash was an HTTP 500
	 * (issue 11, finding 1). The count is for administrators to see; the pause itself is
	 * per account and address ({@link LoginThrottle}). Returns the count, or 0 for an
	 * unknown name.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int recordFailedLogin(String username, String address) {
		throttle.recordFailure(username, address);
		List<Integer> counts = jdbc.queryForList(
				"UPDATE account SET failed_attempts = failed_attempts + 1 WHERE username = ? RETURNING failed_attempts",
				Integer.class, username);
		return counts.isEmpty() ? 0 : counts.get(0);
	}

	/**
	 * Resets the count without touching the version, so the session that has just been
	 * opened stays valid.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccessfulLogin(String username, String address) {
		throttle.clear(username, address);
		jdbc.update("UPDATE account SET failed_attempts = 0 WHERE username = ? AND failed_attempts <> 0", username);
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(long id) {
		return accounts.findById(id);
	}

	@Transactional(readOnly = true)
	public boolean anyAdministrator() {
		return accounts.existsByRole(Role.ADMIN);
	}

	/** The person's own new password: no forced change any more. */
	public void changeOwnPassword(long id, String passwordHash) {
		accounts.findById(id).ifPresent(a -> a.changePassword(passwordHash, false, clock.instant()));
	}

	/**
	 * An administrator's reset: the person must choose their own password at the next
	 * login.
	 */
	public void resetPassword(long id, String passwordHash) {
		accounts.findById(id).ifPresent(a -> a.changePassword(passwordHash, true, clock.instant()));
	}

	/**
	 * The first administrator of a fresh install, who must change the password given at
	 * start-up.
	 */
	public void createFirstAdministrator(String username, String passwordHash) {
		Account admin = new Account(username, passwordHash, "Quản trị hệ thống", Role.ADMIN, Set.of());
		admin.changePassword(passwordHash, true, clock.instant());
		accounts.save(admin);
	}

	public void unlock(long id) {
		accounts.findById(id).ifPresent(a -> {
			a.unlock();
			throttle.clearAll(a.getUsername());
		});
	}

	public void setEnabled(long id, boolean enabled) {
		accounts.findById(id).ifPresent(a -> a.setEnabled(enabled));
	}

	public void changePassword(long id, String passwordHash) {
		accounts.findById(id).ifPresent(a -> a.setPasswordHash(passwordHash));
	}

}

package vn.giamngheo.account.persistence;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.persistence.Area;
import vn.giamngheo.area.persistence.AreaRepository;

/** Accounts, their lock-out after failed logins, and the scope each one works in. */
@Service
@Transactional
public class AccountService {

	private final AccountRepository accounts;

	private final AreaRepository areas;

	private final Clock clock;

	public AccountService(AccountRepository accounts, AreaRepository areas, Clock clock) {
		this.accounts = accounts;
		this.areas = areas;
		this.clock = clock;
	}

	public enum Problem {
		USERNAME_TAKEN, AREA_REQUIRED, AREA_LEVEL
	}

	/** Creates an account after checking that its areas fit its role; returns the problem instead when they don't. */
	public Optional<Problem> create(String username, String passwordHash, String fullName, Role role,
			Set<Long> areaIds) {
		if (accounts.findByUsername(username).isPresent()) {
			return Optional.of(Problem.USERNAME_TAKEN);
		}
		List<Area> chosen = areas.findAllById(areaIds);
		if (role != Role.ADMIN && chosen.isEmpty()) {
			return Optional.of(Problem.AREA_REQUIRED);
		}
		boolean fits = switch (role) {
			case COMMUNE_OFFICIAL -> chosen.size() == 1 && chosen.get(0).getLevel() == AreaLevel.COMMUNE;
			case DISTRICT_OFFICER -> chosen.stream()
				.allMatch(a -> a.getLevel() == AreaLevel.DISTRICT || a.getLevel() == AreaLevel.COMMUNE);
			case PROVINCIAL_VIEWER -> chosen.size() == 1 && chosen.get(0).getLevel() == AreaLevel.PROVINCE;
			case ADMIN -> chosen.isEmpty();
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

	/** The communes (and province) an account works in, resolved from its areas as of now. */
	@Transactional(readOnly = true)
	public Scope scopeOf(Account account) {
		Set<Long> roots = account.getAreaIds();
		Set<Long> communes = roots.isEmpty() ? Set.of() : new HashSet<>(areas.findCommuneIdsUnder(roots));
		Long province = account.getRole() == Role.PROVINCIAL_VIEWER ? roots.iterator().next() : null;
		return new Scope(account.getRole(), communes, province);
	}

	// Runs in its own transaction so that a failed login is counted even though the login itself fails.
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailedLogin(String username) {
		accounts.findByUsername(username).ifPresent(a -> a.recordFailedLogin(clock.instant()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccessfulLogin(String username) {
		accounts.findByUsername(username).ifPresent(Account::recordSuccessfulLogin);
	}

	public void unlock(long id) {
		accounts.findById(id).ifPresent(Account::unlock);
	}

	public void setEnabled(long id, boolean enabled) {
		accounts.findById(id).ifPresent(a -> a.setEnabled(enabled));
	}

	public void changePassword(long id, String passwordHash) {
		accounts.findById(id).ifPresent(a -> a.setPasswordHash(passwordHash));
	}
}

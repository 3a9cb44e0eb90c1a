package vn.giamngheo.account.web;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.giamngheo.account.persistence.AccountService;
import vn.giamngheo.account.persistence.LoginThrottle;

@Service
class AppUserDetailsService implements UserDetailsService {

	private final AccountService accounts;

	private final LoginThrottle throttle;

	private final Clock clock;

	AppUserDetailsService(AccountService accounts, LoginThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.clock = clock;
	}

	/**
	 * Locked means: an administrator's lock, or too many recent failures of this account
	 * from this address.
	 */
	@Override
	public UserDetails loadUserByUsername(String username) {
		var account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		boolean locked = account.isLockedAt(clock.instant())
				|| throttle.isBlocked(username, ClientAddress.ofCurrentRequest());
		return new AppUser(account.getId(), account.getUsername(), account.getPasswordHash(), account.isEnabled(),
				!locked, account.getFullName(), accounts.scopeOf(account), account.getVersion(),
				account.isMustChangePassword());
	}

}

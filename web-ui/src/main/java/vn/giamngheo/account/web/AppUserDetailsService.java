package vn.giamngheo.account.web;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.giamngheo.account.persistence.AccountService;

@Service
class AppUserDetailsService implements UserDetailsService {

	private final AccountService accounts;

	private final Clock clock;

	AppUserDetailsService(AccountService accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return new AppUser(account.getId(), account.getUsername(), account.getPasswordHash(), account.isEnabled(),
				!account.isLockedAt(clock.instant()), account.getFullName(), accounts.scopeOf(account));
	}
}

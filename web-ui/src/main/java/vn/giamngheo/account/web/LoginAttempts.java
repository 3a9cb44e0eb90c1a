package vn.giamngheo.account.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.giamngheo.account.persistence.AccountService;

/**
 * Counts failed logins per account and address (see {@code LoginThrottle}), and clears
 * them on success.
 */
@Component
class LoginAttempts {

	private final AccountService accounts;

	LoginAttempts(AccountService accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailedLogin(event.getAuthentication().getName(),
				ClientAddress.of(event.getAuthentication().getDetails()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.recordSuccessfulLogin(event.getAuthentication().getName(),
				ClientAddress.of(event.getAuthentication().getDetails()));
	}

}

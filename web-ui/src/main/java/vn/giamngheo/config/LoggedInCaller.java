package vn.giamngheo.config;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.shared.persistence.rowsecurity.RowSecurity;

/**
 * The caller whose communes a transaction's row-level security admits (issue 10): the
 * logged-in user of this thread, or none (system work: login, schedulers, the demo
 * loader, event listeners of another thread).
 */
@Component
class LoggedInCaller implements RowSecurity.Caller {

	@Override
	public Scope current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof AppUser user ? user.getScope() : null;
	}

}

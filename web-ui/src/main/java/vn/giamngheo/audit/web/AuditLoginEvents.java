package vn.giamngheo.audit.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import vn.giamngheo.account.web.ClientAddress;
import vn.giamngheo.audit.persistence.AuditAction;
import vn.giamngheo.audit.persistence.AuditEntry;
import vn.giamngheo.audit.persistence.AuditLog;

/** Logins, failed logins (with the name tried) and logouts, with the client's address. */
@Component
class AuditLoginEvents {

	private final AuditLog audit;

	AuditLoginEvents(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void onLogin(InteractiveAuthenticationSuccessEvent event) {
		record(event.getAuthentication(), AuditAction.LOGIN, null);
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		// Which check failed stays here, for the administrator; the person trying sees
		// one message for all.
		record(event.getAuthentication(), AuditAction.LOGIN_FAILED, event.getException().getClass().getSimpleName());
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		record(event.getAuthentication(), AuditAction.LOGOUT, null);
	}

	private void record(Authentication auth, AuditAction action, String detail) {
		String role = auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.findFirst()
			.orElse(null);
		String name = auth.getName() == null || auth.getName().isBlank() ? "?" : auth.getName();
		audit.record(AuditEntry.of(name, role, action, null, null, "login", detail, null,
				ClientAddress.ofCurrentRequest(), null));
	}

}

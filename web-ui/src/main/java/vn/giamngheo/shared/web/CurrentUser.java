package vn.giamngheo.shared.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;

/** The logged-in user of this request. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static AppUser get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AppUser user) {
			return user;
		}
		throw new IllegalStateException("No logged-in user");
	}

	public static Scope scope() {
		return get().getScope();
	}

	public static String username() {
		return get().getUsername();
	}
}

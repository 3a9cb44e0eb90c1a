package vn.giamngheo.account.web;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import vn.giamngheo.account.Scope;

/** The logged-in person: their account, role and the communes they work in, resolved once at login. */
public class AppUser extends User {

	private final long accountId;

	private final String fullName;

	private final Scope scope;

	public AppUser(long accountId, String username, String passwordHash, boolean enabled, boolean nonLocked,
			String fullName, Scope scope) {
		super(username, passwordHash, enabled, true, true, nonLocked,
				List.of(new SimpleGrantedAuthority("ROLE_" + scope.role().name())));
		this.accountId = accountId;
		this.fullName = fullName;
		this.scope = scope;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getFullName() {
		return fullName;
	}

	public Scope getScope() {
		return scope;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}
}

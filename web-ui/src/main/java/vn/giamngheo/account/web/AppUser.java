package vn.giamngheo.account.web;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import vn.giamngheo.account.Scope;

/**
 * The logged-in person: their account, role and the communes they work in, resolved once
 * at login.
 */
@NamedInterface("caller")
public class AppUser extends User {

	private final long accountId;

	private final String fullName;

	private final Scope scope;

	private final long stamp;

	private final boolean mustChangePassword;

	public AppUser(long accountId, String username, String passwordHash, boolean enabled, boolean nonLocked,
			String fullName, Scope scope) {
		this(accountId, username, passwordHash, enabled, nonLocked, fullName, scope, -1, false);
	}

	/**
	 * @param stamp the account's version when the session began; a later change by an
	 * administrator (disabled, areas or password changed) makes it stale and ends the
	 * session at its next request.
	 */
	public AppUser(long accountId, String username, String passwordHash, boolean enabled, boolean nonLocked,
			String fullName, Scope scope, long stamp, boolean mustChangePassword) {
		super(username, passwordHash, enabled, true, true, nonLocked,
				List.of(new SimpleGrantedAuthority("ROLE_" + scope.role().name())));
		this.accountId = accountId;
		this.fullName = fullName;
		this.scope = scope;
		this.stamp = stamp;
		this.mustChangePassword = mustChangePassword;
	}

	public long getStamp() {
		return stamp;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
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

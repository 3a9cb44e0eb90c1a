/**
 * Accounts, roles, password rules and the caller's {@link vn.giamngheo.account.Scope} (the communes a caller may
 * see, resolved at login from the account's areas).
 * <p>
 * Writes {@code account}, {@code account_area}, {@code login_throttle}. Its API: this package; {@code account::caller}
 * (the logged-in {@code AppUser}, which pages and exports read their scope and name from); {@code account::login}
 * (the login throttle, the session check and the client address, which the security configuration and the audit of
 * logins plug into).
 * <p>
 * Depends on the area tree to resolve an account's areas into communes. {@code area} also depends on this package
 * for {@code Scope} (pick-lists by scope): the one cycle left, listed in {@code ModularityTests}; it goes when
 * {@code Scope} moves to {@code shared} (src-docs/developer/architecture.md, "Modules").
 */
@ApplicationModule(displayName = "Accounts and scopes", allowedDependencies = { "area", "area::tree", "shared" })
package vn.giamngheo.account;

import org.springframework.modulith.ApplicationModule;

/**
 * Accounts, roles, password rules and the caller's {@link vn.giamngheo.account.Scope}
 * (the communes a caller may see, resolved at login from the account's areas).
 * <p>
 * Writes {@code account}, {@code account_area}, {@code login_throttle}. Its API: this
 * package; {@code account::caller} (the logged-in {@code AppUser}, which pages and
 * exports read their scope and name from); {@code account::login} (the login throttle,
 * the session check and the client address, which the security configuration and the
 * audit of logins plug into).
 * <p>
 * Depends on no other feature: it reads the area tree (an account's areas resolved into
 * communes, the areas an account can be given) through its own port
 * {@link vn.giamngheo.account.AccountAreas}, which the area feature implements, since
 * {@code area} depends on this package for {@code Scope} and the caller (no cycle;
 * decisions.md).
 */
@ApplicationModule(displayName = "Accounts and scopes", allowedDependencies = { "shared" })
package vn.giamngheo.account;

import org.springframework.modulith.ApplicationModule;

/**
 * What every feature uses: text and money helpers, exceptions, row-level security, the
 * clock, page helpers and document builders. It is an open module (every feature may use
 * any of its packages) and owns no table.
 * <p>
 * It depends on {@code account} for {@code Scope}, {@code Role} and the logged-in
 * {@code AppUser} (row-level security, {@code CurrentUser}); as an open module it is left
 * out of Modulith's cycle check, so that edge is named here and in
 * src-docs/developer/architecture.md rather than found by the build.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN,
		allowedDependencies = { "account", "account::caller" })
package vn.giamngheo.shared;

import org.springframework.modulith.ApplicationModule;

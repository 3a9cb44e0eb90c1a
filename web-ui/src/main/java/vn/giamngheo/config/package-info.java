/**
 * The application's wiring: security, i18n, the database's creation, the demo loader's
 * start. No feature depends on it; it depends on the account feature's login machinery
 * and on the demo province.
 */
@ApplicationModule(displayName = "Application wiring",
		allowedDependencies = { "account", "account::caller", "account::login", "demo", "shared" })
package vn.giamngheo.config;

import org.springframework.modulith.ApplicationModule;

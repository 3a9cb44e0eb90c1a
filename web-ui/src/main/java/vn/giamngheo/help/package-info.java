/** The user guide served at /help, worded for the caller's tier. */
@ApplicationModule(displayName = "User guide", allowedDependencies = { "review::labels", "shared" })
package vn.giamngheo.help;

import org.springframework.modulith.ApplicationModule;

/**
 * Reports: area summaries, movements, the official record of approved lists, exports.
 * <p>
 * Writes {@code area_summary(_ethnicity)} and
 * {@code official_snapshot(_ethnicity, _household, _movement)}, on the review's and the
 * register's events. Its API: this package; {@code report::queries}
 * ({@code ReportQueries}, the figures plans measure progress by); {@code report::demo}
 * ({@code OfficialRecord}).
 */
@ApplicationModule(displayName = "Reports",
		allowedDependencies = { "account", "account::caller", "area", "area::tree", "household", "household::events",
				"poverty", "poverty::measures", "poverty::standards", "review::events", "review::labels", "shared" })
package vn.giamngheo.report;

import org.springframework.modulith.ApplicationModule;

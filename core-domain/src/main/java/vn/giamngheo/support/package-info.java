/**
 * Support: programs, eligibility, disbursements (one, or a whole list), loans, coverage
 * and totals.
 * <p>
 * Writes {@code support_program}, {@code support_disbursement}, {@code support_batch},
 * {@code support_loan}. Its API: this package; {@code support::events};
 * {@code support::demo}. Finds households through the register's
 * {@code household::queries}.
 */
@ApplicationModule(displayName = "Support", allowedDependencies = { "account", "account::caller", "area", "area::tree",
		"household", "household::events", "household::queries", "review::labels", "shared" })
package vn.giamngheo.support;

import org.springframework.modulith.ApplicationModule;

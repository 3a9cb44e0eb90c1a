/**
 * Poverty reduction plans, their targets, allocations to communes, entered figures and
 * progress.
 * <p>
 * Writes {@code plan}, {@code plan_target}, {@code target_allocation},
 * {@code target_actual}. Reads the reports' figures through {@code report::queries} and
 * whether a province lets communes own their plan (review's
 * {@code province_plan_setting}, through SQL).
 */
@ApplicationModule(displayName = "Plans", allowedDependencies = { "account", "account::caller", "area", "area::tree",
		"report", "report::queries", "shared" })
package vn.giamngheo.plan;

import org.springframework.modulith.ApplicationModule;

/**
 * The append-only audit log ({@code audit_event}, monthly partitions), the audit of
 * logins and of category changes, and the audit pages.
 * <p>
 * Its API is {@code audit::log} ({@code AuditLog}, {@code AuditEntry},
 * {@code AuditAction}): any feature records an entry. It listens to the register's
 * {@code HouseholdCategoryChanged} and to login events.
 */
@ApplicationModule(displayName = "Audit log", allowedDependencies = { "account::login", "household::events", "shared" })
package vn.giamngheo.audit;

import org.springframework.modulith.ApplicationModule;

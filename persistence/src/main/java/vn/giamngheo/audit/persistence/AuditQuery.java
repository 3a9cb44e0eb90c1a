package vn.giamngheo.audit.persistence;

import java.time.LocalDate;

/**
 * A search of the audit log; every part is optional. {@code to} is inclusive (the whole
 * day).
 */
public record AuditQuery(String actor, Long householdId, Long memberId, AuditAction action, LocalDate from,
		LocalDate to) {
}

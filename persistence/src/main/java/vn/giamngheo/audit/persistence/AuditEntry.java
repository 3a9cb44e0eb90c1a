package vn.giamngheo.audit.persistence;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * One recorded processing of personal data: who (account and role), when, what (action,
 * household / member, the page or export with its filter), from which address and, where
 * the law asks for one, why.
 */
@NamedInterface("log")
public record AuditEntry(Long id, Instant occurredAt, String actor, String actorRole, AuditAction action,
		Long householdId, Long memberId, String target, String detail, String purpose, String clientAddress,
		Integer outcome) {

	public static AuditEntry of(String actor, String actorRole, AuditAction action, Long householdId, Long memberId,
			String target, String detail, String purpose, String clientAddress, Integer outcome) {
		return new AuditEntry(null, null, actor, actorRole, action, householdId, memberId, target, detail, purpose,
				clientAddress, outcome);
	}
}

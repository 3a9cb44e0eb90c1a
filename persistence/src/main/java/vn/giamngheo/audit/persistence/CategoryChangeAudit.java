package vn.giamngheo.audit.persistence;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.giamngheo.household.event.HouseholdCategoryChanged;

/**
 * A category changed by a list's approval or reopening happens in a review step, not on
 * the household's page, so the request that caused it names only the commune list: each
 * household's change is recorded here, in the step's own transaction (issue 11, finding
 * 8).
 */
@Component
class CategoryChangeAudit {

	private final AuditLog audit;

	CategoryChangeAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(HouseholdCategoryChanged event) {
		audit.record(AuditEntry.of(event.actor() == null ? "system" : event.actor(), null, AuditAction.CATEGORY_CHANGE,
				event.householdId(), null, "household/" + event.householdId(),
				"category\t" + event.from() + "\t" + event.to() + "\tcause\t" + event.cause(), null, null, null));
	}

}

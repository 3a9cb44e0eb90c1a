package vn.giamngheo.household.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One entry of a household's history: who did what, when, and which fields changed from
 * what to what. Details are lines of "field TAB old TAB new", so that the page can label
 * fields in the reader's language.
 */
@Entity
@Table(name = "household_change")
public class HouseholdChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long householdId;

	private Instant changedAt;

	private String changedBy;

	private String action;

	private String details;

	protected HouseholdChange() {
	}

	HouseholdChange(Long householdId, Instant changedAt, String changedBy, String action, String details) {
		this.householdId = householdId;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.action = action;
		this.details = details;
	}

	public record FieldChange(String field, String before, String after) {
	}

	public List<FieldChange> fieldChanges() {
		if (details.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(details.split("\n"))
			.map(line -> line.split("\t", -1))
			.map(p -> new FieldChange(p[0], p.length > 1 ? p[1] : "", p.length > 2 ? p[2] : ""))
			.toList();
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public String getAction() {
		return action;
	}

}

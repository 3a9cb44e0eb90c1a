package vn.giamngheo.support.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.support.persistence.BulkCommand;

/** A bulk disbursement as typed, carried through the preview in hidden fields. */
public class BulkForm extends GrantFields {

	@NotNull(message = "{support.bulk.communeId.required}")
	private Long communeId;

	@NotEmpty(message = "{support.bulk.categories.required}")
	private Set<HouseholdCategory> categories = EnumSet.of(HouseholdCategory.POOR);

	private Set<Long> selected = new LinkedHashSet<>();

	BulkCommand toCommand() {
		return new BulkCommand(communeId, categories, getProgramId(), getDisbursedOn(), getAmount(), getQuantity(),
				getFundingSource(), getDecisionRef());
	}

	public Long getCommuneId() {
		return communeId;
	}

	public void setCommuneId(Long communeId) {
		this.communeId = communeId;
	}

	public Set<HouseholdCategory> getCategories() {
		return categories;
	}

	public void setCategories(Set<HouseholdCategory> categories) {
		this.categories = categories == null ? EnumSet.noneOf(HouseholdCategory.class) : categories;
	}

	public Set<Long> getSelected() {
		return selected;
	}

	public void setSelected(Set<Long> selected) {
		this.selected = selected == null ? new LinkedHashSet<>() : selected;
	}

}

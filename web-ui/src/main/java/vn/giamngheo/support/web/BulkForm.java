package vn.giamngheo.support.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.persistence.BulkCommand;

/** A bulk disbursement as typed, carried through the preview in hidden fields. */
public class BulkForm {

	@NotNull(message = "{support.bulk.communeId.required}")
	private Long communeId;

	@NotEmpty(message = "{support.bulk.categories.required}")
	private Set<HouseholdCategory> categories = EnumSet.of(HouseholdCategory.POOR);

	@NotNull(message = "{support.program.required}")
	private Long programId;

	@NotNull(message = "{support.disbursedOn.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate disbursedOn;

	@Min(value = 0, message = "{support.amount.invalid}")
	@Max(value = 10_000_000_000L, message = "{support.amount.invalid}")
	private Long amount;

	@DecimalMin(value = "0.01", message = "{support.quantity.invalid}")
	private BigDecimal quantity;

	@NotNull(message = "{support.fundingSource.required}")
	private FundingSource fundingSource;

	@NotBlank(message = "{support.decisionRef.required}")
	@Size(max = 100, message = "{field.tooLong}")
	private String decisionRef;

	private Set<Long> selected = new LinkedHashSet<>();

	BulkCommand toCommand() {
		return new BulkCommand(communeId, categories, programId, disbursedOn, amount, quantity, fundingSource,
				decisionRef);
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

	public Long getProgramId() {
		return programId;
	}

	public void setProgramId(Long programId) {
		this.programId = programId;
	}

	public LocalDate getDisbursedOn() {
		return disbursedOn;
	}

	public void setDisbursedOn(LocalDate disbursedOn) {
		this.disbursedOn = disbursedOn;
	}

	public Long getAmount() {
		return amount;
	}

	public void setAmount(Long amount) {
		this.amount = amount;
	}

	public BigDecimal getQuantity() {
		return quantity;
	}

	public void setQuantity(BigDecimal quantity) {
		this.quantity = quantity;
	}

	public FundingSource getFundingSource() {
		return fundingSource;
	}

	public void setFundingSource(FundingSource fundingSource) {
		this.fundingSource = fundingSource;
	}

	public String getDecisionRef() {
		return decisionRef;
	}

	public void setDecisionRef(String decisionRef) {
		this.decisionRef = decisionRef;
	}

	public Set<Long> getSelected() {
		return selected;
	}

	public void setSelected(Set<Long> selected) {
		this.selected = selected == null ? new LinkedHashSet<>() : selected;
	}
}

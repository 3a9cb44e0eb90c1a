package vn.giamngheo.support.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.persistence.DisbursementCommand;

/** One benefit as the officer typed it; never bound onto a record. */
public class DisbursementForm {

	@NotBlank(message = "{support.household.required}")
	@Size(max = 30, message = "{field.tooLong}")
	private String householdCode;

	private Long memberId;

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

	private boolean acceptIneligible;

	@Size(max = 500, message = "{field.tooLong}")
	private String overrideReason;

	DisbursementCommand toCommand(long householdId) {
		return new DisbursementCommand(householdId, memberId, programId, disbursedOn, amount, quantity, fundingSource,
				decisionRef, acceptIneligible, overrideReason);
	}

	public String getHouseholdCode() {
		return householdCode;
	}

	public void setHouseholdCode(String householdCode) {
		this.householdCode = householdCode;
	}

	public Long getMemberId() {
		return memberId;
	}

	public void setMemberId(Long memberId) {
		this.memberId = memberId;
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

	public boolean isAcceptIneligible() {
		return acceptIneligible;
	}

	public void setAcceptIneligible(boolean acceptIneligible) {
		this.acceptIneligible = acceptIneligible;
	}

	public String getOverrideReason() {
		return overrideReason;
	}

	public void setOverrideReason(String overrideReason) {
		this.overrideReason = overrideReason;
	}
}

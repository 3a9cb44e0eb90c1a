package vn.giamngheo.support.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.giamngheo.support.persistence.DisbursementCommand;

/** One benefit as the officer typed it; never bound onto a record. */
public class DisbursementForm extends GrantFields {

	@NotBlank(message = "{support.household.required}")
	@Size(max = 30, message = "{field.tooLong}")
	private String householdCode;

	private Long memberId;

	private boolean acceptIneligible;

	@Size(max = 500, message = "{field.tooLong}")
	private String overrideReason;

	DisbursementCommand toCommand(long householdId) {
		return new DisbursementCommand(householdId, memberId, getProgramId(), getDisbursedOn(), getAmount(),
				getQuantity(), getFundingSource(), getDecisionRef(), acceptIneligible, overrideReason);
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

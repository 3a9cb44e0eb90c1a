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

/**
 * What every grant states, whether to one household or to a list: program, date, amount
 * or quantity, source, decision.
 */
public abstract class GrantFields {

	@NotNull(message = "{support.program.required}")
	private Long programId;

	@NotNull(message = "{support.disbursedOn.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate disbursedOn;

	@Min(value = 0, message = "{support.amount.invalid}")
	@Max(value = 10_000_000_000L, message = "{support.amount.invalid}")
	@vn.giamngheo.shared.web.Grouped
	private Long amount;

	@DecimalMin(value = "0.01", message = "{support.quantity.invalid}")
	@vn.giamngheo.shared.web.Grouped
	private BigDecimal quantity;

	@NotNull(message = "{support.fundingSource.required}")
	private FundingSource fundingSource;

	@NotBlank(message = "{support.decisionRef.required}")
	@Size(max = 100, message = "{field.tooLong}")
	private String decisionRef;

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

}

package vn.giamngheo.support.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.giamngheo.support.persistence.LoanCommand;
import vn.giamngheo.support.persistence.LoanService;
import vn.giamngheo.support.persistence.LoanStatus;

/** A VBSP loan as typed. */
public class LoanForm {

	@NotBlank(message = "{support.household.required}")
	@Size(max = 30, message = "{field.tooLong}")
	private String householdCode;

	@NotNull(message = "{support.program.required}")
	private Long programId;

	@NotNull(message = "{support.loan.requestedOn.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate requestedOn;

	@NotNull(message = "{support.loan.requestedAmount.invalid}")
	@Min(value = 1, message = "{support.loan.requestedAmount.invalid}")
	@vn.giamngheo.shared.web.Grouped
	private Long requestedAmount;

	@NotNull
	private LoanStatus status = LoanStatus.REQUESTED;

	@Min(value = 1, message = "{support.loan.requestedAmount.invalid}")
	@vn.giamngheo.shared.web.Grouped
	private Long amount;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate lentOn;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate dueOn;

	@Min(value = 0, message = "{support.loan.balance.invalid}")
	private long balance;

	private long version;

	static LoanForm of(LoanService.LoanRow l, long programId) {
		LoanForm f = new LoanForm();
		f.householdCode = l.householdCode();
		f.programId = programId;
		f.requestedOn = l.requestedOn();
		f.requestedAmount = l.requestedAmount();
		f.status = l.status();
		f.amount = l.amount();
		f.lentOn = l.lentOn();
		f.dueOn = l.dueOn();
		f.balance = l.balance();
		f.version = l.version();
		return f;
	}

	LoanCommand toCommand(long householdId) {
		return new LoanCommand(householdId, programId, requestedOn, requestedAmount, status, amount, lentOn, dueOn,
				balance);
	}

	public String getHouseholdCode() {
		return householdCode;
	}

	public void setHouseholdCode(String householdCode) {
		this.householdCode = householdCode;
	}

	public Long getProgramId() {
		return programId;
	}

	public void setProgramId(Long programId) {
		this.programId = programId;
	}

	public LocalDate getRequestedOn() {
		return requestedOn;
	}

	public void setRequestedOn(LocalDate requestedOn) {
		this.requestedOn = requestedOn;
	}

	public Long getRequestedAmount() {
		return requestedAmount;
	}

	public void setRequestedAmount(Long requestedAmount) {
		this.requestedAmount = requestedAmount;
	}

	public LoanStatus getStatus() {
		return status;
	}

	public void setStatus(LoanStatus status) {
		this.status = status;
	}

	public Long getAmount() {
		return amount;
	}

	public void setAmount(Long amount) {
		this.amount = amount;
	}

	public LocalDate getLentOn() {
		return lentOn;
	}

	public void setLentOn(LocalDate lentOn) {
		this.lentOn = lentOn;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public long getBalance() {
		return balance;
	}

	public void setBalance(long balance) {
		this.balance = balance;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

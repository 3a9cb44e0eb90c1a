package vn.giamngheo.support.persistence;

import java.math.BigDecimal;
import java.util.Set;
import vn.giamngheo.support.Beneficiary;
import vn.giamngheo.support.CoverageRole;
import vn.giamngheo.support.DuplicatePeriod;
import vn.giamngheo.support.Eligibility;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.ProgramKind;
import vn.giamngheo.support.SupportUnit;
import vn.giamngheo.shared.persistence.FieldProblem;

/** One entry of the program catalogue, as read from {@code support_program}. */
public record SupportProgram(long id, String code, String name, ProgramKind kind, Long parentId, String legalBasis,
		SupportUnit unit, Beneficiary beneficiary, Eligibility eligibility, DuplicatePeriod duplicatePeriod,
		Set<FundingSource> fundingSources, CoverageRole coverageRole, Long defaultAmount, boolean active,
		String updatedBy, long version) {

	public String label() {
		return code + " – " + name;
	}

	/**
	 * Refuses what does not fit the unit: goods take a quantity, cash an amount and no
	 * quantity.
	 */
	void checkAmounts(Long amount, BigDecimal quantity) {
		if (unit.countsQuantity() && quantity == null) {
			throw new FieldProblem("quantity", "support.quantity.required");
		}
		if (!unit.countsQuantity() && amount == null) {
			throw new FieldProblem("amount", "support.amount.required");
		}
		if (!unit.countsQuantity() && quantity != null) {
			throw new FieldProblem("quantity", "support.quantity.cashProgram");
		}
	}

	/** Refuses a funding source that is not one of the program's. */
	void checkSource(FundingSource source) {
		if (!fundingSources.contains(source)) {
			throw new FieldProblem("fundingSource", "support.fundingSource.notForProgram");
		}
	}
}

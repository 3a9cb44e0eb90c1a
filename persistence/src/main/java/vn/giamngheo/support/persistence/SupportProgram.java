package vn.giamngheo.support.persistence;

import java.util.Set;
import vn.giamngheo.support.Beneficiary;
import vn.giamngheo.support.CoverageRole;
import vn.giamngheo.support.DuplicatePeriod;
import vn.giamngheo.support.Eligibility;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.ProgramKind;
import vn.giamngheo.support.SupportUnit;

/** One entry of the program catalogue, as read from {@code support_program}. */
public record SupportProgram(long id, String code, String name, ProgramKind kind, Long parentId, String legalBasis,
		SupportUnit unit, Beneficiary beneficiary, Eligibility eligibility, DuplicatePeriod duplicatePeriod,
		Set<FundingSource> fundingSources, CoverageRole coverageRole, Long defaultAmount, boolean active,
		String updatedBy, long version) {

	public String label() {
		return code + " – " + name;
	}
}

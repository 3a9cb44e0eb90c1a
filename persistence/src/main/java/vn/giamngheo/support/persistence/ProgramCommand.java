package vn.giamngheo.support.persistence;

import java.util.Set;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.support.Beneficiary;
import vn.giamngheo.support.CoverageRole;
import vn.giamngheo.support.DuplicatePeriod;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.HouseholdFlag;
import vn.giamngheo.support.ProgramKind;
import vn.giamngheo.support.SupportUnit;

/** A catalogue entry as a district officer typed it. */
public record ProgramCommand(String code, String name, ProgramKind kind, Long parentId, String legalBasis,
		SupportUnit unit, Beneficiary beneficiary, Set<HouseholdCategory> categories, Set<HouseholdFlag> flags,
		int escapedWithinYears, DuplicatePeriod duplicatePeriod, Set<FundingSource> fundingSources,
		CoverageRole coverageRole, Long defaultAmount, boolean active) {
}

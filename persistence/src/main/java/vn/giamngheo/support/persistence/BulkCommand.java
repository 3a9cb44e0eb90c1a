package vn.giamngheo.support.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.support.FundingSource;

/**
 * The same benefit for every household of a commune in the chosen categories (e.g. every
 * poor household at Tết).
 */
public record BulkCommand(long communeId, Set<HouseholdCategory> categories, long programId, LocalDate disbursedOn,
		Long amount, BigDecimal quantity, FundingSource fundingSource, String decisionRef) {
}

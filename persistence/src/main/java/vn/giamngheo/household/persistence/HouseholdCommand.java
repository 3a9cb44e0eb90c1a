package vn.giamngheo.household.persistence;

import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.HouseholdCategory;

/** What an official enters for a household; checked for shape by the web form before it gets here. */
public record HouseholdCommand(String code, Long villageId, String address, String headName, Ethnicity ethnicity,
		String phone, HouseholdCategory category, boolean noLabourCapacity, boolean hasMeritoriousMember,
		boolean socialProtectionBeneficiary, boolean freeMigrantFromCambodia) {
}

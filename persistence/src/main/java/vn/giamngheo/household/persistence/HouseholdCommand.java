package vn.giamngheo.household.persistence;

import vn.giamngheo.household.Ethnicity;

/**
 * What an official enters for a household; checked for shape by the web form before it
 * gets here. It has no category: a household's category is recognised only by an approved
 * review (Decision 24/2021/QĐ-TTg, Art. 4–5), so a new household starts as not reviewed
 * and no register edit can change it.
 */
public record HouseholdCommand(String code, Long villageId, String address, String headName, Ethnicity ethnicity,
		String phone, boolean noLabourCapacity, boolean hasMeritoriousMember, boolean socialProtectionBeneficiary,
		boolean freeMigrantFromCambodia) {
}

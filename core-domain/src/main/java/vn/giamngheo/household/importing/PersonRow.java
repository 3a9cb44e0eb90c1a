package vn.giamngheo.household.importing;

import java.time.LocalDate;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Sex;

/**
 * One person of an import file with every cell read into its type. Cells that failed to
 * read are null; the household cells (code, commune, village, address, phone) repeat on
 * every row of the household.
 */
public record PersonRow(int row, String householdCode, String communeCode, String villageCode, String address,
		String phone, Relationship relationship, String fullName, LocalDate dateOfBirth, Sex sex, Ethnicity ethnicity,
		String citizenId, String healthInsuranceCard) {
}

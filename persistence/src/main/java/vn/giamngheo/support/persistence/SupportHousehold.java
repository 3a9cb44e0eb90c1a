package vn.giamngheo.support.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.support.HouseholdFlag;
import vn.giamngheo.support.HouseholdProfile;

/** A household as support sees it: who it is, and the facts an eligibility rule reads. */
public record SupportHousehold(long id, String code, String headName, long communeId, String village,
		HouseholdCategory category, int memberCount, Set<HouseholdFlag> flags, LocalDate escapedOn) {

	static final String SELECT = """
			SELECT h.id, h.code, h.head_name, h.commune_id, v.name AS village, h.category, h.member_count,
			       h.no_labour_capacity, h.has_meritorious_member, h.social_protection_beneficiary,
			       h.free_migrant_from_cambodia, h.ethnicity
			FROM household h JOIN area v ON v.id = h.village_id""";

	public HouseholdProfile profile() {
		return new HouseholdProfile(category, flags, escapedOn);
	}

	SupportHousehold withEscape(LocalDate on) {
		return new SupportHousehold(id, code, headName, communeId, village, category, memberCount, flags, on);
	}

	static SupportHousehold map(ResultSet rs, int i) throws SQLException {
		EnumSet<HouseholdFlag> flags = EnumSet.noneOf(HouseholdFlag.class);
		if (rs.getBoolean("no_labour_capacity")) {
			flags.add(HouseholdFlag.NO_LABOUR_CAPACITY);
		}
		if (rs.getBoolean("has_meritorious_member")) {
			flags.add(HouseholdFlag.MERITORIOUS_MEMBER);
		}
		if (rs.getBoolean("social_protection_beneficiary")) {
			flags.add(HouseholdFlag.SOCIAL_PROTECTION);
		}
		if (rs.getBoolean("free_migrant_from_cambodia")) {
			flags.add(HouseholdFlag.FREE_MIGRANT_FROM_CAMBODIA);
		}
		if (!"KINH".equals(rs.getString("ethnicity"))) {
			flags.add(HouseholdFlag.ETHNIC_MINORITY);
		}
		return new SupportHousehold(rs.getLong("id"), rs.getString("code"), rs.getString("head_name"),
				rs.getLong("commune_id"), rs.getString("village"), HouseholdCategory.valueOf(rs.getString("category")),
				rs.getInt("member_count"), flags, null);
	}
}

package vn.giamngheo.testsupport;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaKind;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.area.persistence.Area;
import vn.giamngheo.area.persistence.AreaRepository;
import vn.giamngheo.household.Disability;
import vn.giamngheo.household.EducationLevel;
import vn.giamngheo.household.Employment;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Schooling;
import vn.giamngheo.household.Sex;
import vn.giamngheo.household.persistence.HouseholdCommand;
import vn.giamngheo.household.persistence.MemberCommand;

/**
 * A small province built per test: two communes with a village each, and scopes for them.
 */
@Component
public class Fixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AreaRepository areas;

	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	public Fixtures(AreaRepository areas, org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.areas = areas;
		this.jdbc = jdbc;
	}

	/**
	 * Gives a household a recognised category as an approved review would have, for tests
	 * about what follows from a category (support, reports). No service does this: the
	 * category changes only through the review procedure.
	 */
	public void recognise(long householdId, HouseholdCategory category) {
		jdbc.update("UPDATE household SET category = ? WHERE id = ?", category.name(), householdId);
	}

	public record Tree(Area province, Area district, Area commune, Area village, Area otherCommune, Area otherVillage) {

		public Scope official() {
			return new Scope(Role.COMMUNE_OFFICIAL, Set.of(commune.getId()), null);
		}

		public Scope officialOfOtherCommune() {
			return new Scope(Role.COMMUNE_OFFICIAL, Set.of(otherCommune.getId()), null);
		}

		public Scope districtOfficer() {
			return new Scope(Role.DISTRICT_OFFICER, Set.of(commune.getId(), otherCommune.getId()), null);
		}
	}

	public Tree tree() {
		String p = "T" + SEQUENCE.incrementAndGet();
		LocalDate from = LocalDate.of(2020, 1, 1);
		Area province = areas.save(new Area(p, "Tỉnh thử " + p, AreaKind.PROVINCE, null, null, from));
		Area district = areas.save(new Area(p + "D", "Huyện thử", AreaKind.DISTRICT, province.getId(), null, from));
		Area commune = areas
			.save(new Area(p + "C1", "Ngãi Xuyên", AreaKind.COMMUNE, district.getId(), AreaType.RURAL, from));
		Area village = areas.save(new Area(p + "C1V1", "Ấp Chợ", AreaKind.HAMLET, commune.getId(), null, from));
		Area other = areas
			.save(new Area(p + "C2", "Kim Sơn", AreaKind.COMMUNE, district.getId(), AreaType.RURAL, from));
		Area otherVillage = areas.save(new Area(p + "C2V1", "Ấp Leng", AreaKind.HAMLET, other.getId(), null, from));
		return new Tree(province, district, commune, village, other, otherVillage);
	}

	public static HouseholdCommand household(Area village, String head) {
		return new HouseholdCommand(null, village.getId(), "Tổ 1, " + village.getName(), head, Ethnicity.KHMER, null,
				false, false, false, false);
	}

	public static MemberCommand member(String name, LocalDate born, Sex sex, Relationship relationship,
			String citizenId) {
		return new MemberCommand(name, born, sex, Ethnicity.KHMER, citizenId, relationship, null, Disability.NONE,
				Schooling.NOT_SCHOOL_AGE, EducationLevel.PRIMARY, Employment.SELF_EMPLOYED);
	}

}

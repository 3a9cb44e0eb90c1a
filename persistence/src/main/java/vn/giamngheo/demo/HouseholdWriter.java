package vn.giamngheo.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.household.EducationLevel;
import vn.giamngheo.household.Employment;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Schooling;
import vn.giamngheo.household.Sex;
import vn.giamngheo.shared.VietnameseText;

/** Writes demo households and their members in chunks through COPY. */
final class HouseholdWriter {

	record Commune(long id, String code, String name, AreaType type, List<Long> villageIds, List<String> villageNames,
			double khmerShare) {
	}

	private static final int CHUNK = 10_000;

	private static final LocalDate TODAY = LocalDate.of(2023, 12, 31);

	private final Connection connection;

	private final SplittableRandom random;

	private final JdbcTemplate jdbc;

	private final Map<String, Integer> citizenIdCounters = new HashMap<>();

	private final Map<Long, Integer> householdCounters = new HashMap<>();

	HouseholdWriter(Connection connection, SplittableRandom random, JdbcTemplate jdbc) {
		this.connection = connection;
		this.random = random;
		this.jdbc = jdbc;
	}

	void write(int households, List<Commune> communes) throws SQLException, IOException {
		long first = jdbc.queryForObject("SELECT nextval('household_id_seq')", Long.class);
		jdbc.queryForObject("SELECT setval('household_id_seq', ?)", Long.class, first + households);
		for (int start = 0; start < households; start += CHUNK) {
			StringWriter householdRows = new StringWriter();
			StringWriter memberRows = new StringWriter();
			for (int i = start; i < Math.min(households, start + CHUNK); i++) {
				// Townships are denser: each gets twice the share of a rural commune.
				Commune commune = communes.get(random.nextInt(communes.size()));
				if (commune.type() == AreaType.RURAL && random.nextInt(3) == 0) {
					commune = communes.get(random.nextInt(communes.size()));
				}
				household(first + i, commune, householdRows, memberRows);
			}
			DemoCsv.copy(connection, "household (id, code, commune_id, village_id, address, head_name, ethnicity, "
					+ "phone, category, no_labour_capacity, has_meritorious_member, social_protection_beneficiary, "
					+ "free_migrant_from_cambodia, member_count, search_text, sort_key, created_by, updated_by)",
					new StringReader(householdRows.toString()));
			DemoCsv.copy(connection, "household_member (household_id, full_name, date_of_birth, sex, ethnicity, "
					+ "citizen_id, relationship, health_insurance_card, disability, schooling, education_level, "
					+ "employment)", new StringReader(memberRows.toString()));
		}
	}

	private void household(long id, Commune commune, StringWriter households, StringWriter members) throws IOException {
		double e = random.nextDouble();
		Ethnicity ethnicity = e < commune.khmerShare() ? Ethnicity.KHMER
				: e < commune.khmerShare() + 0.02 ? Ethnicity.HOA : Ethnicity.KINH;
		double c = random.nextDouble() * (ethnicity == Ethnicity.KHMER ? 0.85 : 1.1);
		HouseholdCategory category = c < 0.045 ? HouseholdCategory.POOR : c < 0.105 ? HouseholdCategory.NEAR_POOR
				: c < 0.185 ? HouseholdCategory.AVERAGE_LIVING : HouseholdCategory.NOT_POOR;
		boolean poor = category == HouseholdCategory.POOR;
		int village = random.nextInt(commune.villageIds().size());
		Sex headSex = random.nextInt(10) < 7 ? Sex.MALE : Sex.FEMALE;
		int headAge = 22 + random.nextInt(60);
		String head = DemoNames.name(ethnicity, headSex, random);
		String code = commune.code() + "-"
				+ String.format("%05d", householdCounters.merge(commune.id(), 1, Integer::sum));
		String address = "Tổ " + (1 + random.nextInt(12)) + ", " + commune.villageNames().get(village) + ", "
				+ commune.name();
		StringBuilder names = new StringBuilder(head);
		int count = 1;
		member(members, id, head, headAge, headSex, ethnicity, Relationship.HEAD, category);
		if (headAge < 75 && random.nextInt(100) < 78) {
			Sex sex = headSex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
			String spouse = DemoNames.name(ethnicity, sex, random);
			member(members, id, spouse, Math.max(18, headAge - 4 + random.nextInt(8)), sex, ethnicity,
					Relationship.SPOUSE, category);
			names.append(' ').append(spouse);
			count++;
		}
		int children = headAge < 30 ? random.nextInt(3) : headAge < 60 ? random.nextInt(4) : random.nextInt(2);
		for (int k = 0; k < children; k++) {
			Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
			int age = Math.max(0, headAge - 20 - random.nextInt(Math.max(1, Math.min(25, headAge - 19))));
			String child = DemoNames.childName(head, ethnicity, sex, random);
			member(members, id, child, age, sex, ethnicity, Relationship.CHILD, category);
			names.append(' ').append(child);
			count++;
		}
		if (headAge < 50 && random.nextInt(100) < 15) {
			Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
			String parent = DemoNames.name(ethnicity, sex, random);
			member(members, id, parent, headAge + 22 + random.nextInt(10), sex, ethnicity, Relationship.PARENT,
					category);
			names.append(' ').append(parent);
			count++;
		}
		String phone = random.nextInt(100) < 70 ? "09" + (10_000_000 + random.nextInt(89_999_999)) : null;
		String search = VietnameseText.fold(head + " " + code + " " + address + " " + names);
		DemoCsv.csv(households, id, code, commune.id(), commune.villageIds().get(village), address, head,
				ethnicity.name(), phone, category.name(), poor ? random.nextInt(100) < 38 : random.nextInt(100) < 3,
				random.nextInt(100) < 2, random.nextInt(100) < (poor ? 20 : 5), random.nextInt(1000) < 3, count,
				search.length() > 600 ? search.substring(0, 600) : search, VietnameseText.sortKey(head), "demo",
				"demo");
	}

	private void member(StringWriter out, long household, String name, int age, Sex sex, Ethnicity ethnicity,
			Relationship relationship, HouseholdCategory category) throws IOException {
		LocalDate born = TODAY.minusYears(age).minusDays(random.nextInt(365));
		String citizenId = age >= 14 ? citizenId(sex, born) : null;
		boolean insured = category == HouseholdCategory.POOR || age < 6 ? random.nextInt(100) < 97
				: random.nextInt(100) < 85;
		String card = insured
				? cardPrefix(category, age) + "4" + "84" + String.format("%010d", random.nextLong(10_000_000_000L))
				: null;
		Schooling schooling = age < 3 ? Schooling.NOT_SCHOOL_AGE
				: age < 16 ? (random.nextInt(100) < 94 ? Schooling.ATTENDING : Schooling.NOT_ATTENDING)
						: age < 19 ? (random.nextInt(100) < 65 ? Schooling.ATTENDING : Schooling.DROPPED_OUT)
								: Schooling.NOT_SCHOOL_AGE;
		EducationLevel education = age < 7 ? EducationLevel.NONE
				: age < 12 ? EducationLevel.PRIMARY : age < 16 ? EducationLevel.PRIMARY : EducationLevel.values()[Math
					.min(EducationLevel.values().length - 1, random.nextInt(age > 50 ? 3 : 6))];
		Employment employment = age < 15 || age > 60 ? Employment.NOT_WORKING_AGE : employment();
		String disability = random.nextInt(100) < 3 ? (random.nextBoolean() ? "MILD" : "SEVERE") : "NONE";
		DemoCsv.csv(out, household, name, born, sex.name(), ethnicity.name(), citizenId, relationship.name(), card,
				disability, schooling.name(), education.name(), employment.name());
	}

	private Employment employment() {
		int r = random.nextInt(100);
		return r < 50 ? Employment.SELF_EMPLOYED
				: r < 70 ? Employment.EMPLOYED_WITH_CONTRACT : r < 85 ? Employment.EMPLOYED_WITHOUT_CONTRACT
						: r < 90 ? Employment.UNEMPLOYED : Employment.NOT_IN_LABOUR_FORCE;
	}

	/**
	 * Health-insurance cards show the beneficiary group: HN poor, CN near-poor, TE
	 * children under 6, GD household.
	 */
	private static String cardPrefix(HouseholdCategory category, int age) {
		return age < 6 ? "TE"
				: category == HouseholdCategory.POOR ? "HN" : category == HouseholdCategory.NEAR_POOR ? "CN" : "GD";
	}

	/**
	 * A number consistent with Circular 59/2021/TT-BCA: Trà Vinh's code 084, century and
	 * sex, year, serial.
	 */
	private String citizenId(Sex sex, LocalDate born) {
		int centurySex = 2 * ((born.getYear() - 1900) / 100) + (sex == Sex.MALE ? 0 : 1);
		String prefix = "084" + centurySex + String.format("%02d", born.getYear() % 100);
		int serial = citizenIdCounters.merge(prefix, 1, Integer::sum);
		return prefix + String.format("%06d", serial);
	}

}

package vn.giamngheo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.area.persistence.AreaSuccessions;

/**
 * The demo province after the 2025 arrangement of administrative units (Resolution
 * 202/2025/QH15; the Standing Committee's resolutions on the commune level): the district
 * level ends on 30/06/2025 and from 01/07/2025 the province works with communes directly.
 * A few pairs of communes merge into new communes under the province, through the same
 * {@link AreaSuccessions} the admin page and the CSV import use (old units end-dated,
 * crosswalk rows, villages and households moved with a history line each). It runs after
 * the official 2023 and 2024 lists are approved, so those stay on the old units.
 * <p>
 * Simplification: an area has one parent, not a dated one, so communes that were not
 * merged keep their district as parent (the district itself is end-dated). Re-parenting
 * them would put them outside their district in the 2023 and 2024 reports ("then"
 * geography) and outside the district officers' scope. Today's views (the summary page,
 * the reports API with {@code geography=now}) skip ended districts and list today's
 * communes under the province.
 */
final class DemoReform {

	static final LocalDate EFFECTIVE_ON = LocalDate.of(2025, 7, 1);

	static final String LEGAL_BASIS = "Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã năm 2025 (dữ liệu mẫu)";

	/**
	 * A new commune formed from communes of one old district; names and codes are made up
	 * for the demo.
	 */
	record Merger(String code, String name, String districtCode, List<String> predecessors) {
	}

	/**
	 * Only communes no test or guide names by itself, so the demo accounts of the old
	 * communes keep their lists.
	 */
	static final List<Merger> MERGERS = List.of(new Merger("84001", "Tân Tập", "849", List.of("Tập Sơn", "Tân Sơn")),
			new Merger("84002", "Đại Nghiệp", "849", List.of("Lưu Nghiệp Anh", "Đại An")),
			new Merger("84003", "Hiệp Mỹ", "848", List.of("Hiệp Mỹ Đông", "Hiệp Mỹ Tây")),
			new Merger("84004", "Hòa Kim", "848", List.of("Mỹ Hòa", "Kim Hòa")));

	private DemoReform() {
	}

	static void apply(JdbcTemplate jdbc, AreaSuccessions successions, long province, String hash) {
		for (Merger m : MERGERS) {
			List<Long> predecessors = new ArrayList<>();
			for (String name : m.predecessors()) {
				predecessors.add(jdbc.queryForObject("""
						SELECT c.id FROM area c JOIN area d ON d.id = c.parent_id
						WHERE d.code = ? AND c.name = ? AND c.kind = 'COMMUNE'""", Long.class, m.districtCode(), name));
			}
			long merged = jdbc.queryForObject("""
					INSERT INTO area (code, name, level, kind, parent_id, area_type, especially_difficult, program_135,
					                  ethnic_minority_region, valid_from)
					VALUES (?, ?, 'COMMUNE', 'COMMUNE', ?, 'RURAL', false, false, true, ?) RETURNING id""", Long.class,
					m.code(), m.name(), province, EFFECTIVE_ON);
			successions.succeed(predecessors, merged, EFFECTIVE_ON, LEGAL_BASIS, "demo");
			long account = jdbc.queryForObject("""
					INSERT INTO account (username, password_hash, full_name, role)
					VALUES (?, ?, ?, 'COMMUNE_OFFICIAL') RETURNING id""", Long.class, "xa." + DemoTree.slug(m.name()),
					hash, "Cán bộ xã " + m.name());
			jdbc.update("INSERT INTO account_area (account_id, area_id) VALUES (?, ?)", account, merged);
			// The district officer keeps the households of the old communes: their scope
			// is a set of communes.
			jdbc.update("""
					INSERT INTO account_area (account_id, area_id)
					SELECT aa.account_id, ? FROM account_area aa JOIN area d ON d.id = aa.area_id WHERE d.code = ?""",
					merged, m.districtCode());
		}
		// The district level ends the day before (Law on Organisation of Local Government
		// 2025: two levels).
		for (long district : jdbc.queryForList("SELECT id FROM area WHERE level = 'DISTRICT' AND parent_id = ?",
				Long.class, province)) {
			successions.endDate(district, EFFECTIVE_ON.minusDays(1));
		}
	}

}

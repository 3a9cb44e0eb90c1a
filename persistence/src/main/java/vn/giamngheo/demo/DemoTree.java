package vn.giamngheo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.area.AreaKind;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.shared.VietnameseText;

/**
 * The demo province's tree and accounts: the province, its districts (the first two are
 * Trà Cú and Cầu Ngang with their real commune names), their townships and communes with
 * five to eight villages each, and an account for every role (a commune official for each
 * commune of the first two districts).
 */
final class DemoTree {

	/** The province's id and the communes households are spread over. */
	record Built(long province, List<HouseholdWriter.Commune> communes) {
	}

	private static final LocalDate TREE_VALID_FROM = LocalDate.of(2020, 1, 1);

	private final JdbcTemplate jdbc;

	private final String hash;

	DemoTree(JdbcTemplate jdbc, String hash) {
		this.jdbc = jdbc;
		this.hash = hash;
	}

	Built build(int districts, SplittableRandom random) {
		long province = area(DemoData.PROVINCE_CODE, "Trà Vinh", AreaKind.PROVINCE, null, null, false);
		account("admin", "Quản trị hệ thống", "ADMIN", null);
		account("baove.dulieu", "Cán bộ bảo vệ dữ liệu cá nhân", "DATA_PROTECTION_OFFICER", null);
		account("so.travinh", "Sở LĐ-TB&XH Trà Vinh", "PROVINCIAL_VIEWER", province);
		List<HouseholdWriter.Commune> communes = new ArrayList<>();
		for (int d = 0; d < districts; d++) {
			DemoGeography.District district = district(d);
			long districtId = area(district.code(), district.name(), AreaKind.DISTRICT, province, null, false);
			account("huyen." + slug(district.name()), "Phòng LĐ-TB&XH " + district.name(), "DISTRICT_OFFICER",
					districtId);
			List<String> names = new ArrayList<>(district.townships());
			names.addAll(district.communes());
			for (int c = 0; c < names.size(); c++) {
				boolean township = c < district.townships().size();
				String name = names.get(c);
				String code = district.code() + String.format("%02d", c + 1);
				AreaType type = township ? AreaType.URBAN : AreaType.RURAL;
				long communeId = area(code, name, township ? AreaKind.TOWNSHIP : AreaKind.COMMUNE, districtId, type,
						DemoGeography.ESPECIALLY_DIFFICULT.contains(name));
				if (d < 2) {
					account("xa." + slug(name) + (township ? ".tt" : ""), "Cán bộ " + (township ? "TT " : "xã ") + name,
							"COMMUNE_OFFICIAL", communeId);
				}
				int villages = 5 + random.nextInt(4);
				List<Long> villageIds = new ArrayList<>();
				List<String> villageNames = new ArrayList<>();
				for (int v = 0; v < villages; v++) {
					String village = (township ? "Khóm " : "Ấp ")
							+ DemoGeography.VILLAGES.get((c * 3 + v) % DemoGeography.VILLAGES.size());
					villageIds.add(area(code + "-" + String.format("%02d", v + 1), village,
							township ? AreaKind.QUARTER : AreaKind.HAMLET, communeId, null, false));
					villageNames.add(village);
				}
				double khmerShare = d == 0 ? 0.62 : d == 1 ? 0.45 : 0.3;
				communes.add(new HouseholdWriter.Commune(communeId, code, (township ? "thị trấn " : "xã ") + name, type,
						villageIds, villageNames, khmerShare));
			}
		}
		return new Built(province, communes);
	}

	private static DemoGeography.District district(int index) {
		if (index == 0) {
			return DemoGeography.TRA_CU;
		}
		if (index == 1) {
			return DemoGeography.CAU_NGANG;
		}
		String name = DemoGeography.MORE_DISTRICTS.get((index - 2) % DemoGeography.MORE_DISTRICTS.size())
				+ (index - 2 >= DemoGeography.MORE_DISTRICTS.size() ? " " + index : "");
		List<String> communes = new ArrayList<>();
		for (int i = 0; i < 13; i++) {
			communes.add(DemoGeography.MORE_COMMUNES.get((index * 7 + i) % DemoGeography.MORE_COMMUNES.size()));
		}
		return new DemoGeography.District(String.valueOf(850 + index), name, communes, List.of(name));
	}

	private long area(String code, String name, AreaKind kind, Long parent, AreaType type, boolean difficult) {
		return jdbc.queryForObject("""
				INSERT INTO area (code, name, level, kind, parent_id, area_type, especially_difficult, program_135,
				                  ethnic_minority_region, valid_from)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
				""", Long.class, code, name, kind.level().name(), kind.name(), parent,
				type == null ? null : type.name(), difficult, difficult, type != null, TREE_VALID_FROM);
	}

	private void account(String username, String fullName, String role, Long area) {
		Long id = jdbc.queryForObject(
				"INSERT INTO account (username, password_hash, full_name, role) VALUES (?, ?, ?, ?) RETURNING id",
				Long.class, username, hash, fullName, role);
		if (area != null) {
			jdbc.update("INSERT INTO account_area (account_id, area_id) VALUES (?, ?)", id, area);
		}
	}

	static String slug(String name) {
		return VietnameseText.fold(name).replace(" ", "");
	}

}

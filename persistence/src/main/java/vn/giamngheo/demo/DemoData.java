package vn.giamngheo.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.area.AreaKind;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.shared.VietnameseText;

/**
 * Generates a realistic demo province of any size: districts, communes, villages, accounts for every role and
 * households with members, in the proportions the seed reports give (about 4.5% poor and 6% near-poor households in
 * Trà Cú, 60% of them Khmer). The same seed always gives the same data. Rows go in with PostgreSQL COPY so that a
 * million households load in about a minute.
 */
@Service
public class DemoData {

	public static final String PROVINCE_CODE = "84";

	public static final String PASSWORD = "GiamNgheo@2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final LocalDate TREE_VALID_FROM = LocalDate.of(2020, 1, 1);

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final java.time.Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<vn.giamngheo.report.persistence.OfficialRecord> record;

	private final vn.giamngheo.area.persistence.AreaSuccessions successions;

	private final org.springframework.beans.factory.ObjectProvider<vn.giamngheo.poverty.persistence.PovertyStandardCatalog> standards;

	public DemoData(JdbcTemplate jdbc, DataSource dataSource, java.time.Clock clock,
			org.springframework.beans.factory.ObjectProvider<vn.giamngheo.report.persistence.OfficialRecord> record,
			vn.giamngheo.area.persistence.AreaSuccessions successions,
			org.springframework.beans.factory.ObjectProvider<vn.giamngheo.poverty.persistence.PovertyStandardCatalog> standards) {
		this.standards = standards;
		this.record = record;
		this.successions = successions;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * @param districts how many districts (the first two are Trà Cú and Cầu Ngang with their real commune names)
	 * @param households how many households in all, spread over the communes
	 * @param seed the random seed
	 */
	public record Spec(int districts, int households, long seed) {
		public static Spec small() {
			return new Spec(2, 2_000, 2023);
		}
	}

	public boolean isLoaded() {
		return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM area WHERE code = ?)",
				Boolean.class, PROVINCE_CODE));
	}

	/** Loads the demo province unless it is there already; {@code hasher} hashes the demo password. */
	@Transactional
	public void load(Spec spec, Function<String, String> hasher) {
		if (isLoaded()) {
			log.info("Demo data already present; nothing loaded");
			return;
		}
		long started = System.nanoTime();
		SplittableRandom random = new SplittableRandom(spec.seed());
		String hash = hasher.apply(PASSWORD);
		long province = insertArea(PROVINCE_CODE, "Trà Vinh", AreaKind.PROVINCE, null, null, false);
		account("admin", "Quản trị hệ thống", "ADMIN", null, hash);
		account("baove.dulieu", "Cán bộ bảo vệ dữ liệu cá nhân", "DATA_PROTECTION_OFFICER", null, hash);
		account("so.travinh", "Sở LĐ-TB&XH Trà Vinh", "PROVINCIAL_VIEWER", province, hash);
		List<HouseholdWriter.Commune> communes = new ArrayList<>();
		for (int d = 0; d < spec.districts(); d++) {
			DemoGeography.District district = district(d);
			long districtId = insertArea(district.code(), district.name(), AreaKind.DISTRICT, province, null, false);
			account("huyen." + slug(district.name()), "Phòng LĐ-TB&XH " + district.name(), "DISTRICT_OFFICER",
					districtId, hash);
			List<String> names = new ArrayList<>(district.townships());
			names.addAll(district.communes());
			for (int c = 0; c < names.size(); c++) {
				boolean township = c < district.townships().size();
				String name = names.get(c);
				String code = district.code() + String.format("%02d", c + 1);
				AreaType type = township ? AreaType.URBAN : AreaType.RURAL;
				long communeId = insertArea(code, name, township ? AreaKind.TOWNSHIP : AreaKind.COMMUNE, districtId,
						type, DemoGeography.ESPECIALLY_DIFFICULT.contains(name));
				if (d < 2) {
					account("xa." + slug(name) + (township ? ".tt" : ""), "Cán bộ " + (township ? "TT " : "xã ") + name,
							"COMMUNE_OFFICIAL", communeId, hash);
				}
				int villages = 5 + random.nextInt(4);
				List<Long> villageIds = new ArrayList<>();
				List<String> villageNames = new ArrayList<>();
				for (int v = 0; v < villages; v++) {
					String village = (township ? "Khóm " : "Ấp ")
							+ DemoGeography.VILLAGES.get((c * 3 + v) % DemoGeography.VILLAGES.size());
					villageIds.add(insertArea(code + "-" + String.format("%02d", v + 1), village,
							township ? AreaKind.QUARTER : AreaKind.HAMLET, communeId, null, false));
					villageNames.add(village);
				}
				double khmerShare = d == 0 ? 0.62 : d == 1 ? 0.45 : 0.3;
				communes.add(new HouseholdWriter.Commune(communeId, code, (township ? "thị trấn " : "xã ") + name,
						type, villageIds, villageNames, khmerShare));
			}
		}
		// Maintaining the trigram index row by row makes a million-household load take many minutes; building it
		// once afterwards takes seconds. DDL is transactional in PostgreSQL, so a failed load leaves it in place.
		boolean large = spec.households() > 50_000;
		if (large) {
			jdbc.execute("DROP INDEX household_search");
		}
		try {
			new HouseholdWriter(connection(), random, jdbc).write(spec.households(), communes);
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not write demo households", ex);
		}
		if (large) {
			jdbc.execute("CREATE INDEX household_search ON household USING gin (search_text gin_trgm_ops)");
		}
		vn.giamngheo.poverty.persistence.DemoAssessments.write(jdbc, connection(), spec.seed());
		vn.giamngheo.support.persistence.DemoSupport.write(jdbc, spec.seed(), LocalDate.now(clock));
		jdbc.execute("ANALYZE household");
		jdbc.execute("ANALYZE household_member");
		// After ANALYZE: the official record's per-commune queries need the planner to know the tables' sizes.
		jdbc.execute("ANALYZE poverty_assessment");
		DemoOfficialRecord.write(jdbc, record.getObject(), spec.seed());
		// After the official 2023 and 2024 lists: the 2025 reform leaves them on the old units.
		if (spec.districts() >= 2) {
			DemoReform.apply(jdbc, successions, province, hash);
		}
		openCurrentCampaign(province);
		log.info("Demo province loaded: {} districts, {} communes, {} households in {} ms", spec.districts(),
				communes.size(), spec.households(), (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * This year's periodic review, open for the province's communes (two-level government since 01/07/2025: the
	 * province works with its communes directly), so the review pages and the review API have a campaign to show.
	 * Nothing is reviewed in it: the official figures of earlier years stay exactly as they were.
	 */
	private void openCurrentCampaign(long province) {
		int year = LocalDate.now(clock).getYear();
		var standard = standards.getObject().standards().applicable(PROVINCE_CODE, LocalDate.of(year, 12, 31));
		if (standard.isEmpty()) {
			return;
		}
		jdbc.update("""
				INSERT INTO review_campaign (year, area_id, standard_id, standard_version, starts_on, ends_on, opened_by,
				                             purpose)
				VALUES (?, ?, ?, ?, ?, ?, 'demo', 'ANNUAL')""", year, province, standard.get().id(),
				standard.get().version(), LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 14));
		// Campaign dates are enforced on entry (issue 14, item 3): a demo loaded outside 1/9 – 14/12 still takes
		// reviews, through a late-entry window of the kind a province officer grants.
		LocalDate today = LocalDate.now(clock);
		if (today.isBefore(LocalDate.of(year, 9, 1)) || today.isAfter(LocalDate.of(year, 12, 14))) {
			jdbc.update("""
					INSERT INTO review_late_entry (campaign_id, opens_on, until, reason, granted_by)
					SELECT id, ?, ?, 'Dữ liệu mẫu: cho phép nhập ngoài thời gian của đợt', 'demo' FROM review_campaign
					WHERE year = ? AND area_id = ? AND purpose = 'ANNUAL'""", today, today.plusDays(90), year, province);
		}
	}

	/**
	 * Vacuums the freshly loaded tables so that PostgreSQL's visibility map is set and counts can be answered from
	 * indexes, as autovacuum would do on a working database. VACUUM cannot run inside a transaction, so this is a
	 * separate call after {@link #load}.
	 */
	public void vacuum() {
		jdbc.execute("VACUUM ANALYZE household");
		jdbc.execute("VACUUM ANALYZE household_member");
		// Issue 12: never analysed before, the planner took 764,000 disbursements for 343 and sorted them on disk.
		jdbc.execute("VACUUM ANALYZE support_disbursement");
		jdbc.execute("VACUUM ANALYZE poverty_assessment");
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

	private long insertArea(String code, String name, AreaKind kind, Long parent, AreaType type, boolean difficult) {
		return jdbc.queryForObject("""
				INSERT INTO area (code, name, level, kind, parent_id, area_type, especially_difficult, program_135,
				                  ethnic_minority_region, valid_from)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
				""", Long.class, code, name, kind.level().name(), kind.name(), parent,
				type == null ? null : type.name(), difficult, difficult, type != null, TREE_VALID_FROM);
	}

	private void account(String username, String fullName, String role, Long area, String hash) {
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

	private Connection connection() {
		return DataSourceUtils.getConnection(dataSource);
	}

	/** Copies CSV text into a table through the connection of the current transaction. */
	static void copy(Connection connection, String table, Reader csv) throws SQLException, IOException {
		connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT csv)", csv);
	}

	static void csv(Writer out, Object... values) throws IOException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			Object v = values[i];
			if (v != null) {
				String s = v.toString();
				if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0) {
					out.write('"' + s.replace("\"", "\"\"") + '"');
				}
				else {
					out.write(s);
				}
			}
		}
		out.write('\n');
	}
}

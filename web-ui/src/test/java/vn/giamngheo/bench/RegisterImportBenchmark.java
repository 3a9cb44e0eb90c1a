package vn.giamngheo.bench;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.GiamNgheoApplication;
import vn.giamngheo.demo.DemoData;
import vn.giamngheo.shared.VietnameseText;
import vn.giamngheo.testsupport.TestDatabase;

/**
 * Times the register import of issue 15 over real HTTP: a CSV of
 * {@code -Dbench.importHouseholds} households (default 100,000, about 350,000 people) for
 * the communes of the demo district, posted by the district officer to
 * {@code POST /api/v1/households/import} as a dry run and then as a write (check again,
 * COPY, duplicate search, all in one transaction). In the same run and on the same
 * tables, the same rows are first written by a bare PostgreSQL COPY (then rolled back),
 * the yardstick of the issue: the import must be within 3× of it, and under 60 s. Run it
 * with {@code MAVEN_OPTS=-Xmx512m} so that the whole application, file included, stays in
 * 512 MB of heap; the peak heap after collections is printed.
 */
public final class RegisterImportBenchmark {

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Thạch", "Kim", "Sơn",
			"Danh", "Lâm", "Triệu", "Dương", "Ngô", "Đặng", "Bùi", "Tăng", "Châu", "Lý", "Hồ" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Minh", "Hoàng", "Thanh", "Ngọc", "Hữu", "Kim", "Sa", "Đức",
			"Quốc", "Bảo" };

	private static final String[] GIVEN = { "An", "Ân", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng",
			"Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Nhân", "Phúc", "Phương", "Quang", "Sang",
			"Sóc", "Tâm", "Thảo", "Thành", "Thu", "Trang", "Trí", "Tuấn", "Út", "Vân", "Việt", "Xuân", "Yến", "Rươne",
			"Phol", "Sa Ly", "Chanh", "Kha", "Pha", "Thol", "Sóc Kha", "Đa Ra", "Sà Rinh", "Mồng", "Pếch" };

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	record Place(long communeId, String commune, long villageId, String village) {
	}

	public static void main(String[] args) throws Exception {
		org.apache.catalina.webresources.TomcatURLStreamHandlerFactory.disable();
		int households = Integer.getInteger("bench.importHouseholds", 100_000);
		TestDatabase.Coordinates db = TestDatabase.get();
		ConfigurableApplicationContext app = SpringApplication.run(GiamNgheoApplication.class, "--server.port=0",
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password(), "--giamngheo.demo.enabled=true",
				"--giamngheo.demo.households=2000", "--giamngheo.demo.districts=1", "--logging.level.root=WARN",
				"--logging.level.vn.giamngheo.household=INFO");
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			List<Place> places = jdbc.query("""
					SELECT c.id AS cid, c.code AS ccode, v.id AS vid, v.code AS vcode FROM area c
					JOIN area d ON d.id = c.parent_id AND d.name = 'Trà Cú'
					JOIN area v ON v.parent_id = c.id AND v.level = 'VILLAGE'
					WHERE c.level = 'COMMUNE' ORDER BY v.id""", (rs, i) -> new Place(rs.getLong("cid"),
					rs.getString("ccode"), rs.getLong("vid"), rs.getString("vcode")));
			ByteArrayOutputStream csvBytes = new ByteArrayOutputStream(48 << 20);
			ByteArrayOutputStream copyHouseholds = new ByteArrayOutputStream(24 << 20);
			ByteArrayOutputStream copyMembers = new ByteArrayOutputStream(32 << 20);
			int members;
			try (Writer csv = new OutputStreamWriter(csvBytes, StandardCharsets.UTF_8);
					Writer h = new OutputStreamWriter(copyHouseholds, StandardCharsets.UTF_8);
					Writer m = new OutputStreamWriter(copyMembers, StandardCharsets.UTF_8)) {
				members = generate(households, places, csv, h, m);
			}
			byte[] file = csvBytes.toByteArray();
			csvBytes = null;
			jdbc.execute("ANALYZE");

			// The yardstick: the same rows COPYed into the same tables, rolled back so
			// the import finds them free.
			DataSource dataSource = app.getBean(DataSource.class);
			double copySeconds;
			try (Connection c = dataSource.getConnection()) {
				c.setAutoCommit(false);
				var copy = c.unwrap(PGConnection.class).getCopyAPI();
				long t0 = System.nanoTime();
				copy.copyIn("COPY household (id, code, commune_id, village_id, address, head_name, ethnicity, phone, "
						+ "member_count, search_text, sort_key, created_by, updated_by) FROM STDIN (FORMAT csv)",
						new ByteArrayInputStream(copyHouseholds.toByteArray()));
				copy.copyIn(
						"COPY household_member (household_id, full_name, date_of_birth, sex, ethnicity, citizen_id, "
								+ "relationship, health_insurance_card) FROM STDIN (FORMAT csv)",
						new ByteArrayInputStream(copyMembers.toByteArray()));
				copySeconds = (System.nanoTime() - t0) / 1e9;
				c.rollback();
			}
			copyHouseholds = null;
			copyMembers = null;
			System.gc();
			resetPeaks();

			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			HttpClient client = HttpClient.newHttpClient();
			long t1 = System.nanoTime();
			HttpResponse<String> dry = post(client, base, true, file);
			long t2 = System.nanoTime();
			HttpResponse<String> write = post(client, base, false, file);
			long t3 = System.nanoTime();
			long peak = peakHeap();
			int written = jdbc.queryForObject("SELECT count(*) FROM household WHERE code LIKE 'NK-%'", Integer.class);
			int writtenMembers = jdbc.queryForObject("""
					SELECT count(*) FROM household_member m JOIN household h ON h.id = m.household_id
					WHERE h.code LIKE 'NK-%'""", Integer.class);
			if (dry.statusCode() != 200 || write.statusCode() != 200 || written != households
					|| writtenMembers != members) {
				throw new IllegalStateException("Import failed: " + dry.statusCode() + " " + write.statusCode() + " "
						+ written + "/" + writtenMembers + " "
						+ write.body().substring(0, Math.min(2000, write.body().length())));
			}
			Map<String, Object> duplicates = jdbc
				.queryForMap("SELECT count(*) AS pairs FROM duplicate_candidate WHERE found_by = 'IMPORT'");
			double importSeconds = (t3 - t2) / 1e9;
			System.out.printf("%nRegister import over HTTP (CSV, %,d bytes): %,d households, %,d members%n",
					file.length, households, members);
			System.out.printf("  machine: %d CPUs, %s %s, Java %s, max heap %,d MB, %s%n",
					Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
					System.getProperty("os.arch"), System.getProperty("java.version"),
					Runtime.getRuntime().maxMemory() / (1024 * 1024),
					jdbc.queryForObject("SELECT version()", String.class).split(" on ")[0]);
			System.out.printf("  bare COPY of the same rows         %7.2f s%n", copySeconds);
			System.out.printf("  dry run (read, check)              %7.2f s%n", (t2 - t1) / 1e9);
			System.out.printf("  import (check, COPY, duplicates)   %7.2f s  = %.2f × COPY (targets: < 60 s, < 3×)%n",
					importSeconds, importSeconds / copySeconds);
			System.out.printf("  duplicate pairs raised             %,d%n",
					((Number) duplicates.get("pairs")).longValue());
			System.out.printf("  heap: ran within -Xmx %,d MB; sum of heap pool peaks during the import %,d MB%n",
					Runtime.getRuntime().maxMemory() / (1024 * 1024), peak / (1024 * 1024));
		}
		finally {
			app.close();
		}
	}

	private static HttpResponse<String> post(HttpClient client, String base, boolean dryRun, byte[] file)
			throws Exception {
		String boundary = "----gn" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"so-ho.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		String auth = Base64.getEncoder()
			.encodeToString(("huyen.tracu:" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/households/import?dryRun=" + dryRun))
			.header("Authorization", "Basic " + auth)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The rows as the template has them, and as COPY lines for the yardstick (same
	 * values, ids from 1).
	 */
	private static int generate(int households, List<Place> places, Writer csv, Writer copyHouseholds,
			Writer copyMembers) throws IOException {
		SplittableRandom random = new SplittableRandom(15);
		csv.write("household_code,commune_code,village_code,address,phone,relationship,full_name,date_of_birth,sex,"
				+ "ethnicity,citizen_id,health_insurance_card\n");
		int members = 0;
		long serial = 0;
		long copyId = 900_000_000L;
		for (int h = 0; h < households; h++) {
			Place place = places.get(random.nextInt(places.size()));
			String code = "NK-" + String.format("%06d", h + 1);
			String address = "Tổ " + (1 + random.nextInt(12)) + ", ấp " + (1 + random.nextInt(9));
			String phone = random.nextInt(10) < 7 ? "09" + (10_000_000 + random.nextInt(89_999_999)) : "";
			String ethnicity = random.nextInt(10) < 4 ? "Khmer" : "Kinh";
			int size = 1 + random.nextInt(6); // 1..6, about 3.5 on average
			String family = FAMILY[random.nextInt(FAMILY.length)];
			List<String> names = new ArrayList<>();
			String head = null;
			long id = ++copyId;
			for (int m = 0; m < size; m++) {
				String relationship = m == 0 ? "Chủ hộ" : m == 1 ? "Vợ" : "Con";
				boolean female = m == 1 || (m > 1 && random.nextBoolean());
				String name = (m == 1 ? FAMILY[random.nextInt(FAMILY.length)] : family) + " "
						+ (female ? "Thị" : MIDDLE[random.nextInt(MIDDLE.length)]) + " "
						+ GIVEN[random.nextInt(GIVEN.length)];
				int age = m < 2 ? 20 + random.nextInt(60) : random.nextInt(25);
				LocalDate born = LocalDate.of(2025 - age, 1, 1).plusDays(random.nextInt(365));
				String citizenId = "";
				if (age >= 14) {
					int centurySex = 2 * ((born.getYear() - 1900) / 100) + (female ? 1 : 0);
					citizenId = "084" + centurySex + String.format("%02d", born.getYear() % 100)
							+ String.format("%06d", 500_000 + ++serial);
					if (serial >= 500_000) { // above the demo generator's numbers, which
												// count from 1
						citizenId = "";
					}
				}
				String card = random.nextInt(10) < 8
						? "GD484" + String.format("%010d", random.nextLong(10_000_000_000L)) : "";
				csv.write(new StringBuilder().append(code)
					.append(',')
					.append(place.commune())
					.append(',')
					.append(place.village())
					.append(",\"")
					.append(address)
					.append("\",")
					.append(phone)
					.append(',')
					.append(relationship)
					.append(',')
					.append(name)
					.append(',')
					.append(DATE.format(born))
					.append(',')
					.append(female ? "Nữ" : "Nam")
					.append(',')
					.append(ethnicity)
					.append(',')
					.append(citizenId)
					.append(',')
					.append(card)
					.append('\n')
					.toString());
				copyMembers.write(new StringBuilder().append(id)
					.append(",\"")
					.append(name)
					.append("\",")
					.append(born)
					.append(',')
					.append(female ? "FEMALE" : "MALE")
					.append(',')
					.append(ethnicity.toUpperCase())
					.append(',')
					.append(citizenId)
					.append(',')
					.append(m == 0 ? "HEAD" : m == 1 ? "SPOUSE" : "CHILD")
					.append(',')
					.append(card)
					.append('\n')
					.toString());
				if (m == 0) {
					head = name;
				}
				names.add(name);
				members++;
			}
			String search = VietnameseText.fold(head + " " + code + " " + address + " " + String.join(" ", names));
			copyHouseholds.write(new StringBuilder().append(id)
				.append(",\"")
				.append(code)
				.append("\",")
				.append(place.communeId())
				.append(',')
				.append(place.villageId())
				.append(",\"")
				.append(address)
				.append("\",\"")
				.append(head)
				.append("\",")
				.append(ethnicity.toUpperCase())
				.append(',')
				.append(phone)
				.append(',')
				.append(size)
				.append(",\"")
				.append(search.length() > 600 ? search.substring(0, 600) : search)
				.append("\",\"")
				.append(VietnameseText.sortKey(head))
				.append("\",bench,bench\n")
				.toString());
		}
		return members;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/**
	 * Sum of the heap pools' peaks since the reset (an upper bound of the live heap at
	 * any moment).
	 */
	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}

package vn.giamngheo.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.giamngheo.GiamNgheoApplication;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.demo.DemoData;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.sheet.SheetLayout;
import vn.giamngheo.testsupport.TestDatabase;

/**
 * Times the Excel round trip of issue 4 over real HTTP: a commune sheet of 10,000
 * households (the figure the issue names: checked and written in under 10 s). The demo
 * district of Trà Cú is generated with {@code -Dbench.households} households (default
 * 10,000), all of them are put in Ngãi Xuyên, a fresh campaign is opened, and the commune
 * official downloads the sheet, fills in every household (income and deficiencies),
 * uploads it (dry run) and confirms (one transaction). Run alone with
 * {@code ./mvnw -o -pl web-ui test-compile exec:java -Dexec.mainClass=vn.giamngheo.bench.ReviewSheetBenchmark
 * -Dexec.classpathScope=test}, or with the others through {@code -Pbench}.
 */
public final class ReviewSheetBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

	public static void main(String[] args) throws Exception {
		// The benchmarks run one after another in Maven's JVM; Tomcat may register its
		// URL handler only once per JVM.
		org.apache.catalina.webresources.TomcatURLStreamHandlerFactory.disable();
		int households = Integer.getInteger("bench.households", 10_000);
		TestDatabase.Coordinates db = TestDatabase.get();
		ConfigurableApplicationContext app = SpringApplication.run(GiamNgheoApplication.class, "--server.port=0",
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password(), "--giamngheo.demo.enabled=true",
				"--giamngheo.demo.households=" + households, "--giamngheo.demo.districts=1",
				"--logging.level.root=WARN");
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long commune = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Ngãi Xuyên' AND kind = 'COMMUNE'",
					Long.class);
			long district = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Trà Cú' AND kind = 'DISTRICT'",
					Long.class);
			// One commune's sheet of the whole district's households.
			jdbc.update("""
					UPDATE household SET commune_id = ?, village_id = (SELECT min(id) FROM area WHERE parent_id = ?)""",
					commune, commune);
			jdbc.execute("ANALYZE household");
			int inCommune = jdbc.queryForObject("SELECT count(*) FROM household WHERE commune_id = ?", Integer.class,
					commune);
			var scope = ((AppUser) app.getBean(UserDetailsService.class).loadUserByUsername("huyen.tracu")).getScope();
			long campaign = app.getBean(ReviewService.class)
				.openCampaign(2025, district, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 14), scope,
						"huyen.tracu");
			// Campaign dates are enforced on entry (issue 14): the 2025 campaign takes
			// the sheet through a window.
			vn.giamngheo.testsupport.LateEntryTestData.allowEntry(jdbc, campaign);
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			String sheetBase = base + "/reviews/campaigns/" + campaign + "/communes/" + commune;
			HttpClient client = loggedIn(base, "xa.ngaixuyen");

			long t0 = System.nanoTime();
			byte[] sheet = client
				.send(HttpRequest.newBuilder(URI.create(sheetBase + "/sheet.xlsx")).build(),
						HttpResponse.BodyHandlers.ofByteArray())
				.body();
			long t1 = System.nanoTime();
			byte[] filled = fill(sheet);
			String page = client
				.send(HttpRequest.newBuilder(URI.create(sheetBase + "/upload")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			String csrf = find(CSRF, page);

			long t2 = System.nanoTime();
			String boundary = "----gn" + System.nanoTime();
			String checked = client
				.send(HttpRequest.newBuilder(URI.create(sheetBase + "/upload"))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.header("X-CSRF-TOKEN", csrf)
					.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, filled)))
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
			long t3 = System.nanoTime();
			String token = find(TOKEN, checked);
			HttpResponse<String> confirmed = client
				.send(HttpRequest.newBuilder(URI.create(sheetBase + "/upload/confirm"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&_csrf=" + csrf))
					.build(), HttpResponse.BodyHandlers.ofString());
			long t4 = System.nanoTime();
			int written = jdbc.queryForObject("SELECT count(*) FROM household_review WHERE campaign_id = ?",
					Integer.class, campaign);
			int events = jdbc.queryForObject("""
					SELECT count(*) FROM review_event e JOIN household_review r ON r.id = e.review_id
					WHERE r.campaign_id = ?""", Integer.class, campaign);
			if (written != inCommune || !confirmed.body().contains("Đã ghi kết quả rà soát")) {
				throw new IllegalStateException("Expected " + inCommune + " reviews written, found " + written);
			}
			System.out.printf("%nReview sheet round trip over HTTP, one commune of %,d households%n", inCommune);
			System.out.printf("  download pre-filled sheet      %7.2f s (%,d bytes)%n", (t1 - t0) / 1e9, sheet.length);
			System.out.printf("  upload + dry run (read, check) %7.2f s%n", (t3 - t2) / 1e9);
			System.out.printf("  confirm (write, 1 transaction) %7.2f s (%,d reviews, %,d events)%n", (t4 - t3) / 1e9,
					written, events);
			System.out.printf("  checked and written            %7.2f s (target: under 10 s)%n", (t4 - t2) / 1e9);
		}
		finally {
			app.close();
		}
	}

	/**
	 * Fills every household: an income and X on a few indicators, varied so every
	 * category occurs.
	 */
	private static byte[] fill(byte[] xlsx) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.getSheetAt(0);
			int indicators = sheet.getRow(SheetLayout.HEADER_ROW - 1).getLastCellNum() - SheetLayout.FIRST_INDICATOR;
			for (int r = SheetLayout.FIRST_DATA_ROW - 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				row.getCell(SheetLayout.INCOME).setCellValue(800_000 + (r * 7919L % 40) * 50_000);
				for (int i = 0; i < indicators; i++) {
					row.getCell(SheetLayout.FIRST_INDICATOR + i).setCellValue((r + i) % 4 == 0 ? "X" : "");
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] multipart(String boundary, byte[] file) throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ra-soat.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private static String find(Pattern pattern, String html) {
		Matcher m = pattern.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException(
					"Not found: " + pattern + " in " + html.substring(0, Math.min(html.length(), 2000)));
		}
		return m.group(1);
	}

	private static HttpClient loggedIn(String base, String username) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String form = "username=" + username + "&password="
				+ URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + find(CSRF, login);
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		return client;
	}

}

package vn.giamngheo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.demo.DemoData;

/**
 * Issue 11, finding 7: inputs and races that used to end in HTTP 500, sent over real HTTP
 * in parallel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "giamngheo.demo.enabled=true", "giamngheo.rate-limit.login-per-minute=0" })
class NoServerErrorTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Http loggedIn(String username) throws Exception {
		Http browser = new Http(port);
		assertThat(Http.location(browser.login(username, DemoData.PASSWORD))).endsWith("/");
		return browser;
	}

	@Test
	void tenSimultaneousEditsOfOneHouseholdSaveOnceAndTellTheOthersItChanged() throws Exception {
		Map<String, Object> h = jdbc.queryForMap(
				"""
						SELECT h.id, h.village_id, h.address, h.head_name, h.ethnicity, h.category, h.version
						FROM household h JOIN area c ON c.id = h.commune_id WHERE c.name = 'Hàm Giang' ORDER BY h.id LIMIT 1""");
		long id = ((Number) h.get("id")).longValue();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Http browser = loggedIn("xa.hamgiang");
			String token = Http.csrf(browser.get("/households/" + id + "/edit").body());
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("villageId", h.get("village_id").toString());
			fields.put("address", h.get("address") + " (sửa " + i + ")");
			fields.put("headName", h.get("head_name").toString());
			fields.put("ethnicity", h.get("ethnicity").toString());
			fields.put("category", h.get("category").toString());
			fields.put("version", h.get("version").toString());
			fields.put("_csrf", token);
			answers.add(pool.submit(() -> {
				start.await();
				return browser.postRaw("/households/" + id + "/edit", Http.form(fields));
			}));
		}
		start.countDown();
		int saved = 0;
		for (Future<HttpResponse<String>> answer : answers) {
			HttpResponse<String> response = answer.get();
			assertThat(response.statusCode()).as(response.body()).isIn(200, 302, 409);
			if (response.statusCode() == 302) {
				saved++;
			}
			else {
				assertThat(response.body()).containsAnyOf("vừa được", "vừa sửa", "Dữ liệu vừa được thay đổi");
			}
		}
		pool.shutdown();
		assertThat(saved).isEqualTo(1);
	}

	@Test
	void aHouseholdFormSubmittedTwiceAtOnceRegistersOneHousehold() throws Exception {
		Http browser = loggedIn("xa.hamgiang");
		String page = browser.get("/households/new").body();
		Matcher token = Pattern.compile("name=\"submissionToken\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		long village = jdbc.queryForObject("""
				SELECT h.village_id FROM household h JOIN area c ON c.id = h.commune_id
				WHERE c.name = 'Hàm Giang' ORDER BY h.id LIMIT 1""", Long.class);
		String head = "Thạch Thị Gửi Hai Lần";
		String body = Http.form(Map.of("villageId", "" + village, "address", "Ấp thử", "headName", head, "ethnicity",
				"KHMER", "category", "NOT_REVIEWED", "version", "0", "submissionToken", token.group(1), "_csrf",
				Http.csrf(page)));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return browser.postRaw("/households/new", body);
			}));
		}
		start.countDown();
		String first = Http.location(answers.get(0).get());
		String second = Http.location(answers.get(1).get());
		pool.shutdown();
		assertThat(first).matches(".*/households/\\d+");
		assertThat(second).isEqualTo(first);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM household WHERE head_name = ?", Integer.class, head))
			.isEqualTo(1);
	}

	@Test
	void planFieldsOutOfRangeGetMessagesNotServerErrors() throws Exception {
		Http browser = loggedIn("huyen.tracu");
		long district = jdbc.queryForObject("SELECT id FROM area WHERE name = 'Trà Cú' AND kind = 'DISTRICT'",
				Long.class);
		Map<String, String> plan = new LinkedHashMap<>(Map.of("areaId", "" + district, "year", "3000", "number",
				"01/KH-UBND", "issuedOn", "3000-01-10", "issuer", "UBND huyện", "title", "Kế hoạch"));
		HttpResponse<String> year = browser.post("/plans", "/plans", plan);
		assertThat(year.statusCode()).isEqualTo(302);
		assertThat(browser.get("/plans").body()).contains("Năm kế hoạch phải từ 2016 đến 2100.");

		plan.put("year", "abc");
		HttpResponse<String> notANumber = browser.post("/plans", "/plans", plan);
		// Issue 13: a year that is no number is a message next to the field, with what
		// was typed kept, not a 400 page.
		assertThat(notANumber.statusCode()).isEqualTo(302);
		assertThat(browser.get("/plans").body()).contains("Năm kế hoạch phải từ 2016 đến 2100.")
			.contains("01/KH-UBND")
			.doesNotContain("Exception");

		plan.put("year", "2026");
		plan.put("issuedOn", "2026-01-10");
		plan.put("number", "9".repeat(51));
		assertThat(browser.post("/plans", "/plans", plan).statusCode()).isEqualTo(302);
		assertThat(browser.get("/plans").body()).contains("Nội dung quá dài");
	}

	@Test
	void anUploadOverTwentyMegabytesGetsAVietnamesePage() throws Exception {
		Http browser = loggedIn("xa.hamgiang");
		byte[] big = new byte[21 * 1024 * 1024];
		String boundary = "----giamngheo";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes();
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
		byte[] body = new byte[head.length + big.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, head.length + big.length, tail.length);
		HttpResponse<String> answer = browser
			.send(HttpRequest.newBuilder(URI.create("http://x/reviews/campaigns/1/communes/1/upload"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				// As the page sends it: the server takes larger bodies for the register
				// import, so the sheet's own
				// 20 MB cap answers, after the CSRF check.
				.header("X-CSRF-TOKEN", Http.csrf(browser.get("/households").body()))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("Tệp quá lớn").contains("20 MB");
	}

}

package vn.giamngheo.review.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.giamngheo.demo.DemoData;

/**
 * The review API over a real socket against the demo province: who the caller is, a
 * commune's campaigns with the steps of their approval chain, and one household's review
 * saved through the pages' service; grants and denials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "giamngheo.demo.enabled=true", "giamngheo.rate-limit.login-per-minute=0" })
class ReviewApiHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final ObjectMapper json = new ObjectMapper();

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	HttpResponse<String> get(String path, String user) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (user != null) {
			b.header("Authorization", basic(user));
		}
		return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String user, String body) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (user != null) {
			b.header("Authorization", basic(user));
		}
		return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String basic(String user) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	JsonNode body(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	String code(String commune) {
		return jdbc.queryForObject("""
				SELECT c.code FROM area c JOIN area d ON d.id = c.parent_id JOIN area p ON p.id = d.parent_id
				WHERE c.name = ? AND c.level = 'COMMUNE' AND p.code = '84'""", String.class, commune);
	}

	long household(String commune, int offset) {
		return jdbc.queryForObject("""
				SELECT h.id FROM household h WHERE h.commune_id = (SELECT id FROM area WHERE code = ?)
				ORDER BY h.id OFFSET ? LIMIT 1""", Long.class, code(commune), offset);
	}

	/** The demo's campaign of this year, open for the province's communes. */
	long demoCampaign() {
		return jdbc.queryForObject("""
				SELECT rc.id FROM review_campaign rc JOIN area p ON p.id = rc.area_id
				WHERE p.code = '84' AND rc.year = ? AND rc.purpose = 'ANNUAL' AND rc.opened_by = 'demo'""", Long.class,
				LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
	}

	@Test
	void meNamesACommuneOfficialAndTheirCommune() throws Exception {
		HttpResponse<String> r = get("/api/v1/me", "xa.kimson");
		assertThat(r.statusCode()).isEqualTo(200);
		JsonNode me = body(r);
		assertThat(me.get("username").asString()).isEqualTo("xa.kimson");
		assertThat(me.get("role").asString()).isEqualTo("COMMUNE_OFFICIAL");
		assertThat(me.get("communes")).hasSize(1);
		assertThat(me.get("communes").get(0).get("code").asString()).isEqualTo(code("Kim Sơn"));
		assertThat(me.get("communes").get(0).get("name").asString()).isEqualTo("Kim Sơn");
	}

	@Test
	void meListsADistrictOfficersCommunesInVietnameseOrder() throws Exception {
		JsonNode me = body(get("/api/v1/me", "huyen.caungang"));
		assertThat(me.get("role").asString()).isEqualTo("DISTRICT_OFFICER");
		List<String> names = new ArrayList<>();
		me.get("communes").forEach(c -> names.add(c.get("name").asString()));
		assertThat(names).hasSizeGreaterThan(5).contains("Hiệp Mỹ");
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(Collator.getInstance(Locale.forLanguageTag("vi")));
		assertThat(names).isEqualTo(sorted);
	}

	@Test
	void aProvincialViewerWorksInNoCommuneAndAnAnonymousCallerIsAskedToAuthenticate() throws Exception {
		JsonNode me = body(get("/api/v1/me", "so.travinh"));
		assertThat(me.get("role").asString()).isEqualTo("PROVINCIAL_VIEWER");
		assertThat(me.get("communes")).isEmpty();
		assertThat(get("/api/v1/me", null).statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/communes/" + code("Kim Sơn") + "/campaigns", null).statusCode()).isEqualTo(401);
		assertThat(post("/api/v1/communes/" + code("Kim Sơn") + "/campaigns/" + demoCampaign() + "/reviews", null, "{}")
			.statusCode()).isEqualTo(401);
	}

	@Test
	void aCommunesCampaignShowsTheTwoLevelChainStepByStepWithItsCounts() throws Exception {
		HttpResponse<String> r = get("/api/v1/communes/" + code("Kim Sơn") + "/campaigns", "xa.kimson");
		assertThat(r.statusCode()).isEqualTo(200);
		JsonNode campaign = null;
		for (JsonNode c : body(r)) {
			if (c.get("id").asLong() == demoCampaign()) {
				campaign = c;
			}
		}
		assertThat(campaign).isNotNull();
		assertThat(campaign.get("purpose").asString()).isEqualTo("ANNUAL");
		assertThat(campaign.get("standard").get("id").asString()).isNotBlank();
		assertThat(campaign.get("chain").get("id").asString()).isEqualTo("TWO_LEVEL_2025");
		List<String> steps = new ArrayList<>();
		List<String> actors = new ArrayList<>();
		campaign.get("steps").forEach(s -> {
			steps.add(s.get("step").asString());
			actors.add(s.get("actor").asString());
			assertThat(s.get("deadline").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(s.get("status").asString()).isIn("PENDING", "IN_PROGRESS", "DONE", "OVERDUE");
			assertThat(s.get("actorLabel").asString()).doesNotContain("huyện");
		});
		assertThat(steps).containsExactly("SUBMIT", "POST", "APPROVE", "CONSOLIDATE");
		assertThat(actors).containsExactly("COMMUNE_OFFICIAL", "COMMUNE_OFFICIAL", "COMMUNE_CHAIR", "PROVINCE");
		JsonNode counts = campaign.get("counts");
		long households = jdbc.queryForObject(
				"SELECT count(*) FROM household WHERE commune_id = " + "(SELECT id FROM area WHERE code = ?)",
				Long.class, code("Kim Sơn"));
		assertThat(counts.get("households").asLong()).isEqualTo(households);
		assertThat(counts.get("reviewed").asLong() + counts.get("notReviewed").asLong()).isEqualTo(households);
	}

	@Test
	void anotherCommuneIsForbiddenAnUnknownOneIsNotFoundAndAProvincialViewerSeesNoLists() throws Exception {
		HttpResponse<String> other = get("/api/v1/communes/" + code("Hiệp Hòa") + "/campaigns", "xa.kimson");
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(body(other).get("detail").asString()).contains("không thuộc các xã bạn làm việc");
		assertThat(get("/api/v1/communes/" + code("Kim Sơn") + "/campaigns", "so.travinh").statusCode()).isEqualTo(403);
		HttpResponse<String> unknown = get("/api/v1/communes/99999/campaigns", "xa.kimson");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(body(unknown).get("status").asInt()).isEqualTo(404);
		assertThat(get("/api/v1/communes/" + code("Kim Sơn") + "/campaigns", "huyen.tracu").statusCode())
			.isEqualTo(200);
		assertThat(get("/api/v1/communes/" + code("Kim Sơn") + "/campaigns", "huyen.caungang").statusCode())
			.isEqualTo(403);
	}

	@Test
	void aReviewByIncomeIsSavedAsADraftAndAnsweredWithItsCategoryAndReasons() throws Exception {
		long h = household("Kim Sơn", 3);
		String path = "/api/v1/communes/" + code("Kim Sơn") + "/campaigns/" + demoCampaign() + "/reviews";
		HttpResponse<String> r = post(path, "xa.kimson", """
				{"householdId":%d,"monthlyIncomePerCapita":1000000,
				 "deficiencies":["HEALTH_INSURANCE","SANITATION","HOUSING_AREA"]}""".formatted(h));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		JsonNode result = body(r);
		assertThat(result.get("category").asString()).isEqualTo("POOR");
		assertThat(result.get("categoryLabel").asString()).isEqualTo("Hộ nghèo");
		assertThat(result.get("state").asString()).isEqualTo("DRAFT");
		assertThat(result.get("deficiencyCount").asInt()).isEqualTo(3);
		assertThat(result.get("reasons").toString()).contains("không vượt chuẩn nghèo").contains("Thiếu hụt 3");
		assertThat(
				jdbc.queryForObject("SELECT category FROM household_review WHERE campaign_id = ? AND household_id = ?",
						String.class, demoCampaign(), h))
			.isEqualTo("POOR");

		// A second result for the household must name the version it read: optimistic
		// concurrency as on the page.
		HttpResponse<String> again = post(path, "xa.kimson",
				"{\"householdId\":%d,\"monthlyIncomePerCapita\":3000000}".formatted(h));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(body(again).get("errors").get(0).get("field").asString()).isEqualTo("expectedVersion");
		long version = result.get("version").asLong();
		HttpResponse<String> stale = post(path, "xa.kimson",
				"{\"householdId\":%d,\"monthlyIncomePerCapita\":3000000,\"expectedVersion\":%d}".formatted(h,
						version + 5));
		assertThat(stale.statusCode()).isEqualTo(409);
		HttpResponse<String> edited = post(path, "xa.kimson",
				"{\"householdId\":%d,\"monthlyIncomePerCapita\":3000000,\"expectedVersion\":%d}".formatted(h, version));
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		assertThat(body(edited).get("category").asString()).isEqualTo("NOT_POOR");
		assertThat(body(edited).get("version").asLong()).isEqualTo(version + 1);
	}

	@Test
	void aReviewByFormB1ScoreJudgesTheIncomeByTheStandardsCutOff() throws Exception {
		String path = "/api/v1/communes/" + code("Kim Sơn") + "/campaigns/" + demoCampaign() + "/reviews";
		HttpResponse<String> low = post(path, "xa.kimson",
				"{\"householdId\":%d,\"b1Score\":120,\"areaType\":\"RURAL\",\"deficiencies\":[\"EMPLOYMENT\"]}"
					.formatted(household("Kim Sơn", 4)));
		assertThat(low.statusCode()).as(low.body()).isEqualTo(200);
		assertThat(body(low).get("category").asString()).isEqualTo("NEAR_POOR");
		assertThat(body(low).get("b1Cutoff").asInt()).isEqualTo(140);
		assertThat(body(low).get("reasons").get(0).asString()).contains("Điểm phiếu B1 là 120");
		HttpResponse<String> high = post(path, "xa.kimson",
				"{\"householdId\":%d,\"b1Score\":141,\"areaType\":\"RURAL\"}".formatted(household("Kim Sơn", 5)));
		assertThat(body(high).get("category").asString()).isEqualTo("NOT_POOR");
		assertThat(
				jdbc.queryForObject("SELECT b1_points FROM household_review WHERE campaign_id = ? AND household_id = ?",
						Integer.class, demoCampaign(), household("Kim Sơn", 5)))
			.isEqualTo(141);
	}

	@Test
	void aReviewByFormB1ScoreIsAnsweredWithTheFormB2TotalAndItsPoorThreshold() throws Exception {
		String path = "/api/v1/communes/" + code("Kim Sơn") + "/campaigns/" + demoCampaign() + "/reviews";
		HttpResponse<String> poor = post(path, "xa.kimson", """
				{"householdId":%d,"b1Score":100,"areaType":"RURAL",
				 "deficiencies":["EMPLOYMENT","SANITATION","HOUSING_AREA"]}""".formatted(household("Kim Sơn", 9)));
		assertThat(poor.statusCode()).as(poor.body()).isEqualTo(200);
		assertThat(body(poor).get("category").asString()).isEqualTo("POOR");
		assertThat(body(poor).get("b2Points").asInt()).isEqualTo(30);
		assertThat(body(poor).get("b2PoorThreshold").asInt()).isEqualTo(30);
		assertThat(body(poor).get("reasons").toString()).contains("Tổng điểm phiếu B2 là 30 điểm; hộ nghèo từ 30 điểm");
		HttpResponse<String> byIncome = post(path, "xa.kimson",
				"{\"householdId\":%d,\"monthlyIncomePerCapita\":900000,\"deficiencies\":[\"EMPLOYMENT\"]}"
					.formatted(household("Kim Sơn", 10)));
		assertThat(byIncome.statusCode()).as(byIncome.body()).isEqualTo(200);
		assertThat(body(byIncome).get("b2Points").isNull()).as("no B2 total without a B1 score").isTrue();
		assertThat(body(byIncome).get("reasons").toString()).doesNotContain("phiếu B2");
	}

	@Test
	void everyBadFieldIsNamedAtOnceInVietnamese() throws Exception {
		String path = "/api/v1/communes/" + code("Kim Sơn") + "/campaigns/" + demoCampaign() + "/reviews";
		HttpResponse<String> r = post(path, "xa.kimson", """
				{"householdId":"abc","monthlyIncomePerCapita":-5,"areaType":"SEA",
				 "deficiencies":["FOO", 3],"colour":"blue"}""");
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = body(r);
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(e -> {
			fields.add(e.get("field").asString());
			assertThat(e.get("message").asString()).isNotBlank().isNotEqualTo(e.get("messageEn").asString());
		});
		assertThat(fields).containsExactlyInAnyOrder("householdId", "areaType", "monthlyIncomePerCapita",
				"deficiencies[0]", "deficiencies[1]", "colour");
		assertThat(problem.get("detail").asString()).contains("Thu nhập bình quân đầu người không được âm");

		HttpResponse<String> neither = post(path, "xa.kimson",
				"{\"householdId\":%d}".formatted(household("Kim Sơn", 6)));
		assertThat(body(neither).get("errors").get(0).get("field").asString()).isEqualTo("monthlyIncomePerCapita");
		HttpResponse<String> malformed = post(path, "xa.kimson", "{not json");
		assertThat(malformed.statusCode()).isEqualTo(400);
	}

	@Test
	void aHouseholdOfAnotherCommuneOrAnUnknownCampaignIsRefused() throws Exception {
		String kimSon = "/api/v1/communes/" + code("Kim Sơn") + "/campaigns/";
		HttpResponse<String> foreign = post(kimSon + demoCampaign() + "/reviews", "xa.kimson",
				"{\"householdId\":%d,\"monthlyIncomePerCapita\":1000000}".formatted(household("Hiệp Hòa", 0)));
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(body(foreign).get("errors").get(0).get("field").asString()).isEqualTo("householdId");
		assertThat(post(kimSon + "987654321/reviews", "xa.kimson", "{}").statusCode()).isEqualTo(404);
		assertThat(post(kimSon + "abc/reviews", "xa.kimson", "{}").statusCode()).isEqualTo(404);
		// Another commune's official may not write into Kim Sơn's list.
		assertThat(post(kimSon + demoCampaign() + "/reviews", "xa.hiephoa",
				"{\"householdId\":%d,\"monthlyIncomePerCapita\":1000000}".formatted(household("Kim Sơn", 7)))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void aPageSessionReadsTheApiButItsWritesNeedTheCsrfToken() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String base = "http://localhost:" + port;
		String login = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		assertThat(m.find()).isTrue();
		String form = "username=xa.kimson&password=" + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
		browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> me = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("xa.kimson");
		HttpResponse<String> write = browser.send(HttpRequest
			.newBuilder(URI
				.create(base + "/api/v1/communes/" + code("Kim Sơn") + "/campaigns/" + demoCampaign() + "/reviews"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"householdId\":%d,\"monthlyIncomePerCapita\":1000000}".formatted(household("Kim Sơn", 8))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(write.statusCode()).isEqualTo(403);
		// The endpoints are in the OpenAPI description, which sits behind the login.
		JsonNode paths = json
			.readTree(
					browser
						.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).GET().build(),
								HttpResponse.BodyHandlers.ofString())
						.body())
			.get("paths");
		assertThat(paths.has("/api/v1/me")).isTrue();
		assertThat(paths.has("/api/v1/communes/{code}/campaigns")).isTrue();
		assertThat(paths.get("/api/v1/communes/{code}/campaigns/{id}/reviews").has("post")).isTrue();
		JsonNode result = json
			.readTree(
					browser
						.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).GET().build(),
								HttpResponse.BodyHandlers.ofString())
						.body())
			.at("/components/schemas/ReviewResult/properties");
		assertThat(result.has("b2Points")).as("the B2 total is documented").isTrue();
		assertThat(result.get("b2Points").toString()).contains("B2");
	}

}

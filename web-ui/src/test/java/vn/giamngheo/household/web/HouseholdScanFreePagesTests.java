package vn.giamngheo.household.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.giamngheo.GiamNgheoApplication;
import vn.giamngheo.demo.DemoData;
import vn.giamngheo.testsupport.TestDatabase;

/**
 * Issue 12: no request of the landing pages and of the household list's first page reads
 * the household table to show a total. The app runs over real HTTP on its own database
 * with a demo province of 60,000 households (large enough that PostgreSQL's planner
 * prefers an index only where the query lets it, and that a count of a district's 30,000
 * households stands out); every statement the request issues is captured at the
 * DataSource and run again under {@code EXPLAIN (ANALYZE, FORMAT JSON)}. A statement
 * fails the test if its plan has a sequential scan of household, or reads more than
 * {@link #MAX_ROWS} household rows (rows returned plus rows removed by a filter, over all
 * loops), which is what counting a district live (the code before V40) does.
 */
class HouseholdScanFreePagesTests {

	static final int MAX_ROWS = 2_000;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern HOUSEHOLD_TABLE = Pattern.compile("\\bhousehold\\b(?!_)");

	static final List<Captured> captured = Collections.synchronizedList(new ArrayList<>());

	static ConfigurableApplicationContext app;

	static String base;

	record Captured(String sql, List<ParameterSetOperation> parameters) {
	}

	@BeforeAll
	static void startAppWithLargeProvince() throws Exception {
		// A database of its own: 60,000 households would change what the other tests'
		// demo province adds up to.
		String url = TestDatabase.get().url().replaceAll("/[^/?]+(\\?.*)?$", "/") + "giamngheo_plans_"
				+ ProcessHandle.current().pid();
		// Other tests of the run may have started an embedded Tomcat in this JVM already.
		org.apache.catalina.webresources.TomcatURLStreamHandlerFactory.disable();
		SpringApplication application = new SpringApplication(GiamNgheoApplication.class);
		application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name("plans").afterQuery((exec, queries) -> {
						for (QueryInfo query : queries) {
							List<ParameterSetOperation> first = query.getParametersList().isEmpty() ? List.of()
									: query.getParametersList().get(0);
							captured.add(new Captured(query.getQuery(), first));
						}
					}).build();
				}
				return bean;
			}
		}));
		app = application.run("--server.port=0", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + TestDatabase.get().username(),
				"--spring.datasource.password=" + TestDatabase.get().password(), "--giamngheo.demo.enabled=true",
				"--giamngheo.demo.households=60000", "--giamngheo.demo.districts=2", "--logging.level.root=WARN");
		base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	static void stopAndDropDatabase() throws Exception {
		if (app != null) {
			String url = app.getEnvironment().getProperty("spring.datasource.url");
			app.close();
			try (Connection c = new org.postgresql.Driver().connect(url.replaceAll("/[^/]+$", "/postgres"),
					credentials())) {
				c.createStatement()
					.execute("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
			}
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "xa.ngaixuyen, /", "xa.ngaixuyen, /households", "huyen.tracu, /", "huyen.tracu, /households",
			"huyen.tracu, /summary", "so.travinh, /", "so.travinh, /summary",
			// Sorted the other way by name (issue 13): the same index, walked backwards.
			"huyen.tracu, /households?sort=name&dir=desc" })
	void landingPagesAndTheHouseholdListReadNoHouseholdTableToShowATotal(String username, String path)
			throws Exception {
		// "/" sends each role on to its start page: follow it, so that page's statements
		// are checked too.
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(loggedIn(username))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		captured.clear();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		List<Captured> statements;
		synchronized (captured) {
			statements = List.copyOf(captured);
		}
		List<Captured> onHouseholds = statements.stream()
			.filter(s -> HOUSEHOLD_TABLE.matcher(s.sql()).find() && s.sql().trim().matches("(?is)(select|with)\\b.*"))
			.toList();
		if (path.equals("/households")) {
			assertThat(onHouseholds).as("the list reads its page from household").isNotEmpty();
		}
		DataSource dataSource = app.getBean(DataSource.class);
		for (Captured statement : onHouseholds) {
			JsonNode plan = explain(dataSource, statement);
			List<String> problems = new ArrayList<>();
			inspect(plan.get(0).get("Plan"), problems);
			assertThat(problems).as("plan of %s", statement.sql()).isEmpty();
		}
	}

	/**
	 * The campaign progress page of a district (fifteen communes, 30,000 reviews) reads
	 * the working counts the database keeps (V71), in a fixed number of statements
	 * whatever the number of communes: before, it asked four questions per commune, each
	 * grouping that commune's reviews and counting its households.
	 */
	@org.junit.jupiter.api.Test
	void campaignProgressReadsStoredCountsInAFixedNumberOfStatements() throws Exception {
		org.springframework.jdbc.core.JdbcTemplate jdbc = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
		long campaign = jdbc
			.queryForObject("SELECT id FROM review_campaign WHERE opened_by = 'demo' ORDER BY id LIMIT 1", Long.class);
		// Every household of the province reviewed as a draft, a fifth of them poor: one
		// statement, as a sheet would.
		int reviews = jdbc.update("""
				INSERT INTO household_review (campaign_id, kind, household_id, commune_id, year, state, area_type,
				    monthly_income_per_capita, previous_category, category, outcome, standard_id, standard_version,
				    income_line, created_by, updated_by)
				SELECT c.id, 'PERIODIC', h.id, h.commune_id, c.year, 'DRAFT', 'RURAL', 0, h.category,
				       CASE WHEN h.id % 5 = 0 THEN 'POOR' ELSE 'NOT_POOR' END, 'UNCHANGED', c.standard_id,
				       c.standard_version, 1, 'test', 'test'
				FROM review_campaign c CROSS JOIN household h WHERE c.id = ?
				ON CONFLICT DO NOTHING""", campaign);
		assertThat(reviews).isGreaterThan(50_000);
		jdbc.execute("ANALYZE household_review");
		HttpClient client = HttpClient.newBuilder().cookieHandler(loggedIn("huyen.tracu")).build();
		captured.clear();
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(URI.create(base + "/reviews/campaigns/" + campaign)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		List<Captured> statements;
		synchronized (captured) {
			statements = List.copyOf(captured);
		}
		long communes = response.body().split("data-commune-row", -1).length - 1;
		assertThat(communes).as("communes on the page").isGreaterThan(10);
		// Four per commune before (nineteen communes: about eighty); now a fixed handful
		// per service call, with the
		// row-security scope of each transaction (V76) and the campaign's communes (V74)
		// among them.
		assertThat(statements).as("statements for %d communes", communes).hasSizeLessThan(2 * (int) communes);
		// The reviews of the communes on the page, counted live, are what the page's
		// total row says.
		List<Long> shown = new ArrayList<>();
		Matcher link = Pattern.compile("/reviews/campaigns/" + campaign + "/communes/(\\d+)\"")
			.matcher(response.body());
		while (link.find()) {
			shown.add(Long.parseLong(link.group(1)));
		}
		assertThat(shown).hasSize((int) communes);
		long reviewed = jdbc.queryForObject(
				"SELECT count(*) FROM household_review WHERE campaign_id = ? AND " + "commune_id = ANY (?)", Long.class,
				campaign, shown.toArray(Long[]::new));
		String total = response.body().substring(response.body().indexOf("data-testid=\"total-row\""));
		assertThat(total).contains(">" + String.format(java.util.Locale.GERMANY, "%,d", reviewed) + "<");
		DataSource dataSource = app.getBean(DataSource.class);
		for (Captured statement : statements) {
			if (REVIEW_OR_HOUSEHOLD.matcher(statement.sql()).find()
					&& statement.sql().trim().matches("(?is)(select|with)\\b.*")) {
				List<String> problems = new ArrayList<>();
				inspect(explain(dataSource, statement).get(0).get("Plan"), problems);
				assertThat(problems).as("plan of %s", statement.sql()).isEmpty();
			}
		}
	}

	private static final Pattern REVIEW_OR_HOUSEHOLD = Pattern.compile("\\bhousehold(_review)?\\b(?!_)");

	/**
	 * Collects each household node that scans the table or reads more than
	 * {@link #MAX_ROWS} rows.
	 */
	static void inspect(JsonNode node, List<String> problems) {
		String relation = node.path("Relation Name").asString("");
		if (relation.equals("household") || relation.equals("household_review")) {
			String type = node.path("Node Type").asString("");
			long rows = (node.path("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong()
					+ node.path("Rows Removed by Index Recheck").asLong())
					* Math.max(1, node.path("Actual Loops").asLong());
			if (type.equals("Seq Scan")) {
				problems.add("sequential scan of " + relation);
			}
			if (rows > MAX_ROWS) {
				problems.add(type + " reads " + rows + " " + relation + " rows");
			}
		}
		for (JsonNode child : node.path("Plans")) {
			inspect(child, problems);
		}
	}

	private static JsonNode explain(DataSource dataSource, Captured statement) throws Exception {
		try (Connection c = dataSource.getConnection();
				PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, FORMAT JSON) " + statement.sql())) {
			for (ParameterSetOperation p : statement.parameters()) {
				p.getMethod().invoke(ps, p.getArgs());
			}
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return JsonMapper.builder().build().readTree(rs.getString(1));
			}
		}
	}

	private static CookieManager loggedIn(String username) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher m = CSRF.matcher(login);
		assertThat(m.find()).as("CSRF token on the login page").isTrue();
		String form = "username=" + username + "&password="
				+ URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + m.group(1);
		HttpResponse<Void> done = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(done.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return cookies;
	}

	private static java.util.Properties credentials() {
		java.util.Properties p = new java.util.Properties();
		p.setProperty("user", TestDatabase.get().username());
		p.setProperty("password", TestDatabase.get().password());
		return p;
	}

}

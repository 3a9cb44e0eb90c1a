package vn.giamngheo.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.GiamNgheoApplication;
import vn.giamngheo.demo.DemoData;
import vn.giamngheo.testsupport.TestDatabase;

/**
 * Issue 12: with {@code GIAMNGHEO_SESSION_STORE=jdbc} two app nodes on two ports share
 * one PostgreSQL and its sessions, so a user logged in on node A is logged in on node B
 * (a round-robin load balancer needs no sticky sessions). Both nodes run in this JVM as
 * separate Spring applications with their own Tomcat, pools and caches; they share
 * nothing but the database.
 */
class TwoNodeSessionTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static String dbUrl;

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodesOnOneDatabase() {
		org.apache.catalina.webresources.TomcatURLStreamHandlerFactory.disable();
		dbUrl = TestDatabase.get().url().replaceAll("/[^/?]+(\\?.*)?$", "/") + "giamngheo_nodes_"
				+ ProcessHandle.current().pid();
		nodeA = node();
		nodeB = node();
	}

	private static ConfigurableApplicationContext node() {
		return SpringApplication.run(GiamNgheoApplication.class, "--server.port=0", "--spring.datasource.url=" + dbUrl,
				"--spring.datasource.username=" + TestDatabase.get().username(),
				"--spring.datasource.password=" + TestDatabase.get().password(), "--giamngheo.session.store=jdbc",
				"--giamngheo.demo.enabled=true", "--giamngheo.demo.households=200", "--giamngheo.demo.districts=2",
				"--logging.level.root=WARN");
	}

	@AfterAll
	static void stopNodesAndDropDatabase() throws Exception {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeA, nodeB }) {
			if (node != null) {
				node.close();
			}
		}
		Properties credentials = new Properties();
		credentials.setProperty("user", TestDatabase.get().username());
		credentials.setProperty("password", TestDatabase.get().password());
		try (Connection c = new org.postgresql.Driver().connect(dbUrl.replaceAll("/[^/]+$", "/postgres"),
				credentials)) {
			c.createStatement()
				.execute("DROP DATABASE IF EXISTS " + dbUrl.substring(dbUrl.lastIndexOf('/') + 1) + " WITH (FORCE)");
		}
	}

	@Test
	void aUserLoggedInOnNodeAIsLoggedInOnNodeBWithTheSameCookie() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String a = base(nodeA);
		String b = base(nodeB);
		String login = browser
			.send(HttpRequest.newBuilder(URI.create(a + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(login);
		assertThat(csrf.find()).isTrue();
		HttpResponse<Void> loggedIn = browser.send(HttpRequest.newBuilder(URI.create(a + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=huyen.tracu&password="
					+ URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

		HttpCookie session = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("SESSION"))
			.findFirst()
			.orElseThrow(
					() -> new AssertionError("no Spring Session cookie: " + cookies.getCookieStore().getCookies()));
		assertThat(new JdbcTemplate(nodeA.getBean(javax.sql.DataSource.class))
			.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = 'huyen.tracu'", Long.class))
			.isEqualTo(1);

		// Node B has never seen this user: only the cookie from node A, sent by hand.
		HttpClient other = HttpClient.newBuilder().build();
		HttpResponse<String> onB = other.send(HttpRequest.newBuilder(URI.create(b + "/households"))
			.header("Cookie", "SESSION=" + session.getValue())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("data-testid=\"total\"");

		HttpResponse<String> withoutCookie = other.send(HttpRequest.newBuilder(URI.create(b + "/households")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withoutCookie.statusCode()).as("node B still requires a login").isEqualTo(302);
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
	}

}

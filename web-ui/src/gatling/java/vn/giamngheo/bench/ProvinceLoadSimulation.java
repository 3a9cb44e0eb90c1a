package vn.giamngheo.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.demo.DemoData;

/**
 * Issue 12's load test: the demo province at 1,000,000 households (or 10,000,000 with
 * {@code -Dbench.scale=10m}), first every page once per role by a single user (none may
 * take over 1 s), then each page in turn with 50 concurrent logged-in users for
 * {@link LoadScale#seconds()} seconds. Assertions hold the 95th-percentile
 * targets; {@link LoadReport} prints p50/p95/p99 and requests/s per scenario at the end.
 *
 * <p>
 * Run:
 * {@code ./mvnw -B -pl web-ui -am -Pbench -DskipTests verify -Dbench.classic.skip=true}
 * (add {@code -Dbench.reuse=true} to keep and reuse the generated province,
 * {@code -Dbench.base.url=http://host:port} to load a server that is already running).
 */
public class ProvinceLoadSimulation extends Simulation {

	private final BenchApp app = BenchApp.fromSystemProperties();

	private final HttpProtocolBuilder protocol = http.baseUrl(app.baseUrl())
		.acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
		.acceptLanguageHeader("vi")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("giamngheo-load-test")
		.shareConnections()
		.disableCaching();

	{
		List<LoadPage> pages = LoadPage.all();
		List<Assertion> assertions = new ArrayList<>();
		PopulationBuilder chain = singleUser(pages).injectOpen(atOnceUsers(1));
		for (LoadPage page : pages) {
			assertions.add(details("single user", page.name()).responseTime().max().lt(1000));
		}
		List<PopulationBuilder> loads = new ArrayList<>();
		for (LoadPage page : pages) {
			loads.add(underLoad(page).injectOpen(rampUsers(LoadScale.users()).during(Duration.ofSeconds(2))));
			if (page.p95TargetMs() != LoadPage.NO_TARGET) {
				assertions.add(details("load", page.name()).responseTime().percentile(95.0).lt(page.p95TargetMs()));
			}
			assertions.add(details("load", page.name()).failedRequests().percent().lt(1.0));
		}
		for (PopulationBuilder load : loads) {
			chain = chain.andThen(load);
		}
		setUp(chain).protocols(protocol).assertions(assertions);
	}

	@Override
	public void before() {
		try {
			app.start();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the app under load", ex);
		}
		System.out.printf("Province load test: %,d households, %d users per scenario, %d s each, against %s%n",
				LoadScale.households(), LoadScale.users(), LoadScale.seconds(), app.baseUrl());
	}

	@Override
	public void after() {
		LoadReport.print();
		try {
			app.stop();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Every page once per role in a row (three times, the first two not counted), timed
	 * one request at a time.
	 */
	private static ScenarioBuilder singleUser(List<LoadPage> pages) {
		ChainBuilder all = exec(session -> session);
		for (String user : new String[] { LoadPage.COMMUNE, LoadPage.DISTRICT, LoadPage.PROVINCE }) {
			ChainBuilder visits = login(user).exitHereIfFailed();
			if (pages.stream().anyMatch(p -> user.equals(p.user()) && p.needsCampaign())) {
				visits = visits.exec(findCampaign());
			}
			for (LoadPage page : pages) {
				if (user.equals(page.user()) || (page.user() == null && user.equals(LoadPage.COMMUNE))) {
					visits = visits.exec(repeat(2).on(exec(request("warm-up " + page.name(), page))))
						.group("single user")
						.on(measured("single user / " + page.name(), page));
				}
			}
			all = all.exec(visits).exec(flushCookieJar());
		}
		return scenario("single user").exec(all);
	}

	/**
	 * 50 users log in as the page's role, wait until all have (logins are bcrypt and are
	 * not what is measured), then ask for the page as fast as it answers for the
	 * scenario's window.
	 */
	private static ScenarioBuilder underLoad(LoadPage page) {
		// A user whose login failed stops: its pages would only measure the login form.
		ChainBuilder start = page.user() == null ? exec(session -> session) : login(page.user()).exitHereIfFailed();
		if (page.needsCampaign()) {
			start = start.exec(findCampaign()).exitHereIfFailed();
		}
		return scenario(page.name()).exec(start)
			.pause(Duration.ofSeconds(4))
			.during(Duration.ofSeconds(LoadScale.seconds()))
			.on(group("load").on(measured("load / " + page.name(), page)));
	}

	/** The request, its time recorded for {@link LoadReport}, failed or not. */
	private static ChainBuilder measured(String series, LoadPage page) {
		return exec(request(page.name(), page)).exec(session -> {
			LoadStats.record(series, session.contains("rt") ? session.getLong("rt") : 0, !session.isFailed());
			return session.markAsSucceeded().remove("rt");
		});
	}

	private static io.gatling.javaapi.http.HttpRequestActionBuilder request(String name, LoadPage page) {
		List<CheckBuilder> checks = new ArrayList<>();
		if (page.redirectsTo() != null) {
			// "/" only sends each role on to its start page, which has its own scenario.
			checks.add(responseTimeInMillis().saveAs("rt"));
			checks.add(status().is(302));
			checks.add(header("Location").transform(l -> l.endsWith(page.redirectsTo())).is(true));
			return http(name).get(page.path()).disableFollowRedirect().check(checks);
		}
		checks.add(responseTimeInMillis().saveAs("rt"));
		checks.add(status().is(200));
		checks.add(page.marker() != null ? substring(page.marker()) : header("Content-Type").exists());
		return http(name).get(page.path()).check(checks);
	}

	/**
	 * The first campaign's link on the review page, saved as {@code campaign} for
	 * {@link LoadPage#FIRST_CAMPAIGN}.
	 */
	static ChainBuilder findCampaign() {
		return exec(http("find campaign").get("/reviews")
			.check(css("a[href*='/reviews/campaigns/']", "href").saveAs("campaign")));
	}

	/**
	 * The form login with the page's CSRF token, checked to have landed on a page that is
	 * not the login form.
	 */
	static ChainBuilder login(String username) {
		return exec(http("login form").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http("login submit").post("/login")
				.formParam("username", username)
				.formParam("password", DemoData.PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), substring("name=\"password\"").notExists()));
	}

}

package vn.giamngheo.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giamngheo.demo.DemoData;

/** What the HTTP benchmarks share: logging in as a demo account through the real form, and printing timings. */
final class BenchHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private BenchHttp() {
	}

	/** A client with the session of a demo account, logged in with the login page's CSRF token. */
	static HttpClient loggedIn(String base, String username) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
		String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = CSRF.matcher(login);
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=" + username + "&password=" + URLEncoder.encode(DemoData.PASSWORD,
				StandardCharsets.UTF_8) + "&_csrf=" + m.group(1);
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		return client;
	}

	/** Prints median, 95th percentile and maximum of sorted durations in nanoseconds. */
	static void report(String scenario, long[] sorted) {
		System.out.printf("  %-45s median %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", scenario,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
				sorted[sorted.length - 1] / 1e6);
	}
}

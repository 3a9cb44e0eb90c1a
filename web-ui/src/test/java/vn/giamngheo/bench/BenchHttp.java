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

/**
 * What the HTTP benchmarks share: logging in as a demo account through the real form, and
 * printing timings.
 */
final class BenchHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private BenchHttp() {
	}

	/**
	 * A client with the session of a demo account, logged in with the login page's CSRF
	 * token.
	 */
	static HttpClient loggedIn(String base, String username) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher m = CSRF.matcher(login);
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=" + username + "&password="
				+ URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + m.group(1);
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

	/**
	 * Times one GET: 30 warm-up requests, then 100 timed ones, each checked for status
	 * 200 and, for HTML pages, for a marker that shows the real page rendered (not the
	 * login page or an error). Returns the sorted durations in ns.
	 */
	static long[] time(HttpClient client, String url, String htmlMarker) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
		for (int i = 0; i < 30; i++) {
			check(client.send(request, HttpResponse.BodyHandlers.ofByteArray()), htmlMarker);
		}
		long[] nanos = new long[100];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			check(client.send(request, HttpResponse.BodyHandlers.ofByteArray()), htmlMarker);
			nanos[i] = System.nanoTime() - start;
		}
		java.util.Arrays.sort(nanos);
		return nanos;
	}

	private static void check(HttpResponse<byte[]> response, String htmlMarker) {
		boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
		String body = html ? new String(response.body(), StandardCharsets.UTF_8) : "";
		if (response.statusCode() != 200 || (html && !body.contains(htmlMarker))) {
			java.nio.file.Path saved = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
					"bench-failure.html");
			try {
				java.nio.file.Files.writeString(saved, body);
			}
			catch (java.io.IOException ignored) {
				// the message below says enough
			}
			throw new IllegalStateException("Unexpected response " + response.statusCode() + " from " + response.uri()
					+ " (body in " + saved + ")");
		}
	}

}

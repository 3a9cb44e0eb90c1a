package vn.giamngheo.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client over a real socket: its own cookies, CSRF token taken from
 * the page, no redirects.
 */
final class Http {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	Http(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form from the page at {@code formPage}, with that page's CSRF token. */
	HttpResponse<String> post(String formPage, String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		String page = get(formPage).body();
		Matcher m = CSRF.matcher(page);
		String token = m.find() ? m.group(1) : "";
		String body = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&")) + "&_csrf=" + enc(token);
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts the given body with the CSRF token already in it (for a form sent twice). */
	HttpResponse<String> postRaw(String path, String body) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return client.send(request.uri(URI.create(base + request.build().uri().getPath())).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		return m.find() ? m.group(1) : "";
	}

	static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
		return post("/login", "/login", Map.of("username", username, "password", password));
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}

package vn.giamngheo.help.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.giamngheo.BrowserTest;
import vn.giamngheo.DocumentText;
import vn.giamngheo.RawCode;
import vn.giamngheo.demo.DemoData;

/**
 * Crawls the application as each demo role over real HTTP, from the home page along every
 * link it shows (a few pages of each kind), and reads every page and every PDF and Excel
 * file it links to as a person would: no CONSTANT_CASE code, no unresolved message key,
 * no year written "2.026" (issue 13, item 6). Every page links to its section of the user
 * guide, and that section exists (item 7). Extends {@link BrowserTest} only to share its
 * running application.
 */
class PagesWithoutCodesTests extends BrowserTest {

	private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)(?:#[^\"]*)?\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern SKIP = Pattern.compile(
			"/logout.*|/login.*|.*[?&]lang=.*|/api/.*|/actuator.*|/swagger.*|/v3/.*|/webjars/.*|/css/.*|/js/.*|/img/.*|/help/images/.*|.*\\.csv.*");

	/** Pages of one kind (the path with its numbers as N) visited at most this often. */
	private static final int PER_KIND = 2;

	private static final int MAX_PAGES = 90;

	private static final int MAX_DOCUMENTS = 12;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "xa.ngaixuyen", "huyen.tracu", "so.travinh", "admin", "baove.dulieu" })
	void noPageOrDocumentARoleReachesShowsACodeAndEachLinksToItsHelp(String username) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		login(http, username);

		// Besides the links: the pages issue 13 found codes on (a standard that drops
		// INFORMATION_ACCESS, the
		// coverage heading of a year).
		Deque<String> queue = new ArrayDeque<>(List.of("/", "/help", "/help/14-van-ban-bao-cao",
				"/poverty/what-if?standard=VN-2027-2030:1", "/support/coverage?year=2026", "/poverty/standards"));
		Set<String> seen = new LinkedHashSet<>(queue);
		Map<String, Integer> kinds = new HashMap<>();
		List<String> documents = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		Map<String, String> helpPages = new HashMap<>();
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES) {
			String path = queue.poll();
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			pages++;
			assertThat(response.statusCode()).as("%s as %s", path, username).isLessThan(500);
			if (response.statusCode() != 200
					|| !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			String html = response.body();
			for (String f : RawCode.in(RawCode.visible(html))) {
				findings.add(path + ": " + f);
			}
			Matcher help = Pattern.compile("<a [^>]*data-testid=\"help-link\"[^>]*>").matcher(html);
			if (help.find()) {
				Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(help.group());
				assertThat(href.find()).isTrue();
				checkHelp(http, href.group(1).replace("&amp;", "&"), helpPages, path);
			}
			else {
				findings.add(path + ": no help link");
			}
			Matcher links = HREF.matcher(html);
			while (links.find()) {
				String link = links.group(1).replace("&amp;", "&");
				if (SKIP.matcher(link).matches() || !seen.add(link)) {
					continue;
				}
				if (link.matches(".*\\.(xlsx|pdf)(\\?.*)?")) {
					documents.add(link);
					continue;
				}
				String kind = link.replaceAll("\\d+", "N").replaceAll("\\?.*", "");
				if (kinds.merge(kind, 1, Integer::sum) <= PER_KIND) {
					queue.add(link);
				}
			}
		}
		for (String document : documents.stream().limit(MAX_DOCUMENTS).toList()) {
			HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(url(document))).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (file.statusCode() != 200) {
				continue; // e.g. a certificate refused (409) for a review not yet
							// recognised: a page, scanned above
			}
			String text = document.contains(".pdf") ? DocumentText.pdf(file.body()) : DocumentText.xlsx(file.body());
			for (String f : RawCode.in(text)) {
				findings.add(document + ": " + f);
			}
		}
		System.out.printf("%s: %d pages, %d of %d documents read%n", username, pages,
				Math.min(documents.size(), MAX_DOCUMENTS), documents.size());
		assertThat(pages).as("pages crawled as %s", username).isGreaterThan(3);
		assertThat(findings).as("what %s would read that is a code, a key or a help gap", username).isEmpty();
	}

	/** The help link opens a page of the guide that has the section it points to. */
	private void checkHelp(HttpClient http, String href, Map<String, String> helpPages, String from) throws Exception {
		int hash = href.indexOf('#');
		String page = hash < 0 ? href : href.substring(0, hash);
		String html = helpPages.get(page);
		if (html == null) {
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(page))).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(r.statusCode()).as("help %s of %s", page, from).isEqualTo(200);
			html = r.body();
			helpPages.put(page, html);
		}
		if (hash >= 0) {
			assertThat(html).as("help section %s of %s", href, from)
				.contains("id=\"" + href.substring(hash + 1) + "\"");
		}
	}

	private void login(HttpClient http, String username) throws Exception {
		String form = http
			.send(HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(form);
		assertThat(token.find()).isTrue();
		String body = "username=" + enc(username) + "&password=" + enc(DemoData.PASSWORD) + "&_csrf="
				+ enc(token.group(1));
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.uri().getPath()).as("logged in as %s", username).doesNotStartWith("/login");
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}

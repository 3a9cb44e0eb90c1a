package vn.giamngheo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must never reach a person (issue 13, item 6) in the text of a page or
 * document: identifiers in CONSTANT_CASE (enum constants such as HEALTH_INSURANCE),
 * unresolved message keys (Thymeleaf's "??key_vi_VN??" or a key of the bundle printed as
 * is, "poverty.indicator.NUTRITION"), and years with a thousands separator ("năm 2.026").
 */
public final class RawCode {

	private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b");

	private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");

	private static final Pattern DOTTED = Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_-]+)+\\b");

	private static final Pattern GROUPED_YEAR = Pattern.compile("(?i)\\b(?:năm|year)\\s+(?:19|20)\\.\\d{3}\\b");

	private static final Set<String> KEYS = keys();

	private RawCode() {
	}

	/**
	 * What the text shows that it should not, each finding with a little context; empty
	 * when clean.
	 */
	public static List<String> in(String text) {
		List<String> found = new ArrayList<>();
		collect(CONSTANT.matcher(text), text, found);
		collect(UNRESOLVED.matcher(text), text, found);
		collect(GROUPED_YEAR.matcher(text), text, found);
		Matcher dotted = DOTTED.matcher(text);
		while (dotted.find()) {
			if (KEYS.contains(dotted.group())) {
				found.add(context(text, dotted));
			}
		}
		return found;
	}

	/**
	 * The text a person reads on an HTML page: scripts, styles and tags removed
	 * (attribute values are not shown, except titles, placeholders and labels for
	 * assistive technology), entities decoded.
	 */
	public static String visible(String html) {
		// Code shown as code (<code>, <pre>: file columns and settings in the user guide)
		// is meant to be read as such.
		String s = html.replaceAll("(?is)<(script|style|template|code|pre)\\b.*?</\\1>", " ");
		StringBuilder shown = new StringBuilder();
		Matcher attr = Pattern.compile("(?i)\\s(?:title|placeholder|aria-label|alt)=\"([^\"]*)\"").matcher(s);
		while (attr.find()) {
			shown.append(' ').append(attr.group(1));
		}
		s = s.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]+>", " ");
		return (s + shown).replace("&nbsp;", " ")
			.replace("&amp;", "&")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'");
	}

	private static void collect(Matcher m, String text, List<String> found) {
		while (m.find()) {
			found.add(context(text, m));
		}
	}

	private static String context(String text, Matcher m) {
		int from = Math.max(0, m.start() - 40);
		int to = Math.min(text.length(), m.end() + 40);
		return m.group() + "  …" + text.substring(from, to).replaceAll("\\s+", " ") + "…";
	}

	private static Set<String> keys() {
		Properties p = new Properties();
		try (InputStream in = RawCode.class.getResourceAsStream("/messages_vi.properties")) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(p.stringPropertyNames().stream().filter(k -> k.contains(".")).toList());
	}

}

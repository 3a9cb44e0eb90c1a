package vn.giamngheo.help.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The user guide (src-docs/user-guide, copied into the jar under help/ by the build)
 * rendered from Markdown to HTML with commonmark, once per page. Links between pages
 * become /help/{page}, pictures /help/images/{file}; every heading gets an id from its
 * words without diacritics ("Giấy chứng nhận" → giay-chung-nhan), so a page of the
 * application can link to its section.
 */
@Component
public class UserGuide {

	public static final Pattern PAGE = Pattern.compile("[A-Za-z0-9-]+");

	/**
	 * A rendered page: its title (first heading), its HTML and the ids of its headings.
	 * Wording that depends on the reader's province is written in the Markdown as
	 * {@code <span data-tier="Sở">huyện</span>}: GitHub and a reader whose province has
	 * districts see the span's text, a reader of a two-level province (no district since
	 * 01/07/2025) the attribute's ({@link #forTwoLevel}).
	 */
	public record Page(String name, String title, String html, List<String> anchors) {

		/** The page as a reader of a province without districts reads it. */
		public Page forTwoLevel() {
			return new Page(name, title,
					TIER.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1))), anchors);
		}

		/**
		 * The page as a reader of a province with districts reads it (the spans' own
		 * text).
		 */
		public Page withDistricts() {
			return new Page(name, title,
					TIER.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2))), anchors);
		}
	}

	/**
	 * {@code <span data-tier="two-level wording">district wording</span>}, as commonmark
	 * passes it through.
	 */
	static final Pattern TIER = Pattern.compile("<span data-tier=\"([^\"]*)\">(.*?)</span>", Pattern.DOTALL);

	private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	private final Map<String, Optional<Page>> cache = new ConcurrentHashMap<>();

	public Optional<Page> page(String name, String contextPath) {
		if (!PAGE.matcher(name).matches()) {
			return Optional.empty();
		}
		return cache.computeIfAbsent(contextPath + "|" + name, k -> load(name, contextPath));
	}

	/** The pages in the jar, by file name without ".md". */
	public List<String> pages() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:help/*.md");
			return java.util.Arrays.stream(found)
				.map(Resource::getFilename)
				.filter(n -> n != null)
				.map(n -> n.substring(0, n.length() - 3))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private Optional<Page> load(String name, String contextPath) {
		String markdown;
		try (InputStream in = UserGuide.class.getResourceAsStream("/help/" + name + ".md")) {
			if (in == null) {
				return Optional.empty();
			}
			markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Node document = parser.parse(markdown);
		String[] title = { name };
		List<String> anchors = new java.util.ArrayList<>();
		Map<Node, String> ids = new HashMap<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				String text = text(heading);
				if (anchors.isEmpty() && title[0].equals(name)) {
					title[0] = text;
				}
				String id = slug(text);
				String unique = id;
				for (int n = 2; anchors.contains(unique); n++) {
					unique = id + "-" + n;
				}
				anchors.add(unique);
				ids.put(heading, unique);
				visitChildren(heading);
			}

			@Override
			public void visit(Link link) {
				link.setDestination(rewrite(link.getDestination(), contextPath));
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				String d = image.getDestination();
				if (!d.contains("://")) {
					image.setDestination(contextPath + "/help/images/" + d.substring(d.lastIndexOf('/') + 1));
				}
				visitChildren(image);
			}
		});
		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(List.of(TablesExtension.create()))
			.attributeProviderFactory(context -> (node, tag, attributes) -> {
				if (ids.containsKey(node)) {
					attributes.put("id", ids.get(node));
				}
				if (node instanceof Image) {
					attributes.put("class", "img-fluid border rounded my-2");
					attributes.put("loading", "lazy");
				}
				if (tag.equals("table")) {
					attributes.put("class", "table table-sm table-bordered");
				}
			})
			.build();
		return Optional.of(new Page(name, title[0], renderer.render(document), List.copyOf(anchors)));
	}

	/**
	 * "09-ra-soat-excel.md#a" → "/help/09-ra-soat-excel#a"; other links (web, anchors)
	 * unchanged.
	 */
	static String rewrite(String destination, String contextPath) {
		if (destination.contains("://") || destination.startsWith("#") || destination.startsWith("mailto:")) {
			return destination;
		}
		int hash = destination.indexOf('#');
		String file = hash < 0 ? destination : destination.substring(0, hash);
		String anchor = hash < 0 ? "" : destination.substring(hash);
		if (!file.endsWith(".md")) {
			return destination;
		}
		String page = file.substring(file.lastIndexOf('/') + 1, file.length() - 3);
		return contextPath + "/help" + (page.equals("README") ? "" : "/" + page) + anchor;
	}

	static String text(Node node) {
		StringBuilder out = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				out.append(text.getLiteral());
			}

			@Override
			public void visit(org.commonmark.node.Code code) {
				out.append(code.getLiteral());
			}
		});
		return out.toString();
	}

	/**
	 * Lower case without diacritics, words joined by "-": "9.5. Giấy chứng nhận" →
	 * "9-5-giay-chung-nhan".
	 */
	public static String slug(String text) {
		String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(java.util.Locale.ROOT);
		return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

}

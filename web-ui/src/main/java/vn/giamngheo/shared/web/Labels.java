package vn.giamngheo.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words for codes, for templates ({@code ${@labels.indicators(list)}}): no enum constant
 * or developer note reaches a person. The built-in standards' "unconfirmed" notes are
 * written for developers in English in national-standards.properties; the page shows
 * their translation ({@code standard.note.<id>.<n>}), and a note an administrator typed
 * as it was typed.
 */
@Component("labels")
public class Labels {

	private final MessageSource messages;

	/** Built-in note text → its message key. */
	private final Map<String, String> noteKeys = new HashMap<>();

	public Labels(MessageSource messages) {
		this.messages = messages;
		Properties p = new Properties();
		try (InputStream in = Labels.class.getResourceAsStream("/vn/giamngheo/poverty/national-standards.properties")) {
			if (in != null) {
				p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String key : p.stringPropertyNames()) {
			int at = key.indexOf(".unconfirmed.");
			if (at > 0) {
				noteKeys.put(p.getProperty(key).trim(),
						"standard.note." + key.substring(0, at) + "." + key.substring(at + ".unconfirmed.".length()));
			}
		}
	}

	/** "Bảo hiểm y tế, Nguồn nước sinh hoạt" for [HEALTH_INSURANCE, DOMESTIC_WATER]. */
	public String indicators(Collection<String> codes) {
		return codes.stream().map(this::indicator).collect(Collectors.joining(", "));
	}

	public String indicator(String code) {
		return messages.getMessage("poverty.indicator." + code, null, code, LocaleContextHolder.getLocale());
	}

	/**
	 * A code as recorded by the audit (category, funding source, review action or state,
	 * role, indicator).
	 */
	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern
		.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

	private static final String[] CODE_PREFIXES = { "category.", "review.action.", "review.state.", "support.source.",
			"role.", "poverty.indicator.", "audit.action." };

	/**
	 * An audit entry's detail as a person reads it: the codes it recorded (a request's
	 * parameters, "category NOT_POOR NEAR_POOR cause APPROVE") replaced by their words;
	 * the record itself keeps the codes, for exports and search.
	 */
	public String auditDetail(String detail) {
		if (detail == null || detail.isEmpty()) {
			return detail;
		}
		java.util.Locale locale = LocaleContextHolder.getLocale();
		java.util.regex.Matcher m = CODE.matcher(detail.replace('\t', ' '));
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String code = m.group();
			String word = null;
			for (String prefix : CODE_PREFIXES) {
				word = messages.getMessage(prefix + code, null, null, locale);
				if (word != null) {
					break;
				}
			}
			m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
					word != null ? "«" + word + "»" : code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
		}
		m.appendTail(out);
		return out.toString();
	}

	public String note(String note) {
		String key = noteKeys.get(note.trim());
		return key == null ? note : messages.getMessage(key, null, note, LocaleContextHolder.getLocale());
	}

}

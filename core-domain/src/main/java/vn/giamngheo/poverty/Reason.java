package vn.giamngheo.poverty;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Why an indicator came out as it did, as a message key plus arguments so the UI can show
 * it in Vietnamese (the language of the review forms) or English. Bundles:
 * {@code vn/giamngheo/poverty/reasons_vi.properties} and {@code reasons_en.properties},
 * read as UTF-8 (the default for properties bundles since Java 9).
 */
public record Reason(String key, List<Object> args) {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final String BUNDLE = "vn.giamngheo.poverty.reasons";

	// No fallback to the JVM default locale: an unsupported locale must give Vietnamese,
	// not whatever the server runs.
	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	public Reason {
		Objects.requireNonNull(key, "key");
		args = List.copyOf(args);
	}

	public static Reason of(String key, Object... args) {
		return new Reason(key, List.of(args));
	}

	public String vietnamese() {
		return format(VIETNAMESE);
	}

	public String english() {
		return format(Locale.ENGLISH);
	}

	public String format(Locale locale) {
		ResourceBundle bundle = bundle(locale);
		String pattern;
		try {
			pattern = bundle.getString(key);
		}
		catch (MissingResourceException e) {
			return key + args;
		}
		// Enum arguments (a water source, a latrine type) are shown by their label in the
		// reader's language.
		Object[] shown = args.stream().map(arg -> arg instanceof Enum<?> e ? label(bundle, e) : arg).toArray();
		return new MessageFormat(pattern, bundle.getLocale()).format(shown);
	}

	private static String label(ResourceBundle bundle, Enum<?> value) {
		String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
		return bundle.containsKey(key) ? bundle.getString(key) : value.name();
	}

	private static ResourceBundle bundle(Locale locale) {
		try {
			return ResourceBundle.getBundle(BUNDLE, locale, Reason.class.getClassLoader(), CONTROL);
		}
		catch (MissingResourceException e) {
			return ResourceBundle.getBundle(BUNDLE, VIETNAMESE, Reason.class.getClassLoader(), CONTROL);
		}
	}

	@Override
	public String toString() {
		return vietnamese();
	}
}

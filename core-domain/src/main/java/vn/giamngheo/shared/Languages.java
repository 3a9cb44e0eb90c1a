package vn.giamngheo.shared;

import java.util.Locale;

/**
 * The application's first language. It lives here rather than in the web configuration so
 * that a feature's API or message helper can name it without depending on the
 * application's wiring (issue 10: no feature depends on {@code config}).
 */
public final class Languages {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private Languages() {
	}

}

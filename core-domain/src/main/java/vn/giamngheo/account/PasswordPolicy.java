package vn.giamngheo.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: 10 to 128 characters, not one of the common passwords
 * shipped with the application, and not the user name. NIST SP 800-63B §5.1.1.2 asks for
 * a length floor and a block-list rather than rules about character classes, which people
 * meet with "Password1!".
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	/**
	 * Why a password was refused; each has a message {@code password.<name>} in the
	 * bundles.
	 */
	public enum Problem {

		TOO_SHORT, TOO_LONG, COMMON, SAME_AS_USERNAME

	}

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	public static Optional<Problem> check(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of(Problem.TOO_LONG);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of(Problem.SAME_AS_USERNAME);
		}
		// "matkhau2026!" is as weak as "matkhau": drop the digits and symbols people add
		// at the end.
		String stem = lower.replaceAll("[^\\p{L}]+$", "");
		if (COMMON.contains(lower) || COMMON.contains(stem) || isOneRepeatedCharacter(lower)) {
			return Optional.of(Problem.COMMON);
		}
		return Optional.empty();
	}

	private static boolean isOneRepeatedCharacter(String s) {
		return s.chars().distinct().count() <= 2;
	}

	private static Set<String> load() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("common-passwords.txt is missing from the classpath");
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(l -> l.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

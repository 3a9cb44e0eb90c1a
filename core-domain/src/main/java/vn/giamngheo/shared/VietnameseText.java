package vn.giamngheo.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search and builds sort keys, so that "nguyen van a" finds
 * "Nguyễn Văn A" and a list sorts by given name (tên) the way commune officials read
 * their registers.
 */
public final class VietnameseText {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	/**
	 * Lower case, no diacritics, "đ" as "d", single spaces. Null becomes the empty
	 * string.
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		// đ/Đ are letters of their own, not d plus a mark, so NFD leaves them alone.
		String withoutD = text.replace('đ', 'd').replace('Đ', 'D');
		String decomposed = Normalizer.normalize(withoutD, Normalizer.Form.NFD);
		String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
		return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	/**
	 * Vietnamese registers are ordered by given name, then by family and middle names:
	 * "Nguyễn Văn An" sorts as "An Nguyễn Văn". The database compares these keys with an
	 * ICU Vietnamese collation.
	 */
	public static String sortKey(String fullName) {
		String name = normalizeName(fullName);
		int lastSpace = name.lastIndexOf(' ');
		if (lastSpace < 0) {
			return name;
		}
		return name.substring(lastSpace + 1) + " " + name.substring(0, lastSpace);
	}

	/**
	 * Trims, collapses inner spaces and composes the text (NFC), as typed names arrive in
	 * either form.
	 */
	public static String normalizeName(String name) {
		if (name == null) {
			return "";
		}
		return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ").trim();
	}

	/**
	 * Vietnamese alphabetical order for names sorted in Java (the database sorts with its
	 * ICU "vietnamese" collation): "Đ" after "D", "Ô" after "O", tones as secondary
	 * differences, so "Định An" follows "Đôn Xuân" only where the alphabet says so. A
	 * fresh comparator each call: Collator is not thread-safe.
	 */
	public static Comparator<String> order() {
		Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
		collator.setStrength(Collator.TERTIARY);
		return (a, b) -> collator.compare(normalizeName(a), normalizeName(b));
	}

}

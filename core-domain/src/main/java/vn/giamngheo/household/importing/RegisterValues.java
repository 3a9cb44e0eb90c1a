package vn.giamngheo.household.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Sex;
import vn.giamngheo.shared.VietnameseText;

/**
 * Reads the cells of the import template as registers write them: relationships and sexes
 * in Vietnamese, ethnic groups by their Vietnamese names (or their statistics codes),
 * dates as dd/MM/yyyy. Compared without case or diacritics, since files typed without
 * Vietnamese input say "Chu ho" and "Nu".
 */
public final class RegisterValues {

	private static final Pattern KEY_SEPARATORS = Pattern.compile("[\\s\\-'’/]+");

	private static final Pattern DIGIT_SEPARATORS = Pattern.compile("[\\s.\\-()]");

	/**
	 * The few spellings a file uses, each folded once rather than on each of its 350,000
	 * rows.
	 */
	private static final Map<String, Optional<Relationship>> SEEN_RELATIONSHIPS = new java.util.concurrent.ConcurrentHashMap<>();

	private static final Map<String, Optional<Ethnicity>> SEEN_ETHNICITIES = new java.util.concurrent.ConcurrentHashMap<>();

	private static final int MAX_SEEN = 10_000;

	private static final Map<String, Relationship> RELATIONSHIPS = new HashMap<>();

	private static final Map<String, Ethnicity> ETHNICITIES = new HashMap<>();

	static {
		relationship(Relationship.HEAD, "chủ hộ", "chu ho");
		relationship(Relationship.SPOUSE, "vợ", "chồng", "vợ/chồng", "vo chong");
		relationship(Relationship.CHILD, "con", "con đẻ", "con nuôi", "con trai", "con gái");
		relationship(Relationship.PARENT, "cha", "mẹ", "bố", "cha/mẹ", "bố/mẹ", "cha mẹ");
		relationship(Relationship.GRANDCHILD, "cháu", "cháu nội", "cháu ngoại", "chắt");
		relationship(Relationship.GRANDPARENT, "ông", "bà", "ông/bà", "ông bà", "ông nội", "bà nội", "ông ngoại",
				"bà ngoại");
		relationship(Relationship.SIBLING, "anh", "chị", "em", "anh/chị/em", "anh chị em");
		relationship(Relationship.CHILD_IN_LAW, "con dâu", "con rể", "con dâu/con rể");
		relationship(Relationship.OTHER_RELATIVE, "họ hàng khác", "họ hàng", "cô", "dì", "chú", "bác", "cậu", "mợ",
				"thím");
		relationship(Relationship.OTHER, "khác", "người ở nhờ");
		for (Ethnicity e : Ethnicity.values()) {
			ETHNICITIES.put(key(e.vietnameseName()), e);
			ETHNICITIES.put(e.code(), e);
		}
		ETHNICITIES.put(key("Khơ-me"), Ethnicity.KHMER);
		ETHNICITIES.put(key("Khơ me"), Ethnicity.KHMER);
		ETHNICITIES.put(key("H'Mông"), Ethnicity.HMONG);
		ETHNICITIES.put(key("Hmông"), Ethnicity.HMONG);
		ETHNICITIES.put(key("Ê-đê"), Ethnicity.E_DE);
		ETHNICITIES.put(key("Bru Vân Kiều"), Ethnicity.BRU_VAN_KIEU);
	}

	private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private RegisterValues() {
	}

	private static void relationship(Relationship r, String... names) {
		Arrays.stream(names).forEach(n -> RELATIONSHIPS.put(key(n), r));
	}

	/**
	 * Folded, and without the spaces, hyphens and slashes that files put in names
	 * differently.
	 */
	private static String key(String text) {
		return KEY_SEPARATORS.matcher(VietnameseText.fold(text)).replaceAll("");
	}

	public static Optional<Relationship> relationship(String text) {
		Optional<Relationship> seen = SEEN_RELATIONSHIPS.get(text);
		if (seen == null) {
			seen = Optional.ofNullable(RELATIONSHIPS.get(key(text)));
			if (SEEN_RELATIONSHIPS.size() < MAX_SEEN) {
				SEEN_RELATIONSHIPS.put(text, seen);
			}
		}
		return seen;
	}

	public static Optional<Sex> sex(String text) {
		if ("Nam".equals(text)) {
			return Optional.of(Sex.MALE);
		}
		if ("Nữ".equals(text)) {
			return Optional.of(Sex.FEMALE);
		}
		return switch (VietnameseText.fold(text)) {
			case "nam", "male", "m" -> Optional.of(Sex.MALE);
			case "nu", "female", "f" -> Optional.of(Sex.FEMALE);
			default -> Optional.empty();
		};
	}

	public static Optional<Ethnicity> ethnicity(String text) {
		Optional<Ethnicity> seen = SEEN_ETHNICITIES.get(text);
		if (seen == null) {
			String k = key(text);
			seen = Optional.ofNullable(ETHNICITIES.get(k.length() == 1 ? "0" + k : k));
			if (SEEN_ETHNICITIES.size() < MAX_SEEN) {
				SEEN_ETHNICITIES.put(text, seen);
			}
		}
		return seen;
	}

	/**
	 * dd/MM/yyyy (also d/M/yyyy, with dots or hyphens), or yyyy-MM-dd as some exports
	 * write it.
	 */
	public static Optional<LocalDate> date(String text) {
		String t = text.strip();
		try {
			Matcher m = DATE.matcher(t);
			if (m.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(1))));
			}
			m = ISO_DATE.matcher(t);
			if (m.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3))));
			}
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/**
	 * Digits only, as the register stores it: "0912 345 678" and "0912.345.678" become
	 * "0912345678".
	 */
	public static String digits(String text) {
		return text.isEmpty() ? text : DIGIT_SEPARATORS.matcher(text).replaceAll("");
	}

}

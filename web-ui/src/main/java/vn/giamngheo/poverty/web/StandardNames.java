package vn.giamngheo.poverty.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;

/**
 * A poverty standard as people name it, "chuẩn nghèo đa chiều giai đoạn 2022–2025"
 * (Decree 07/2021/NĐ-CP), for pages and documents: identifiers such as "VN-2022-2025 v1"
 * are for the database, never for a reader. A provincial standard says so; a later
 * version of the same period adds "(sửa đổi lần n)".
 */
@Component("standardNames")
@NamedInterface("calculator")
public class StandardNames {

	private final PovertyStandardCatalog catalog;

	private final MessageSource messages;

	public StandardNames(PovertyStandardCatalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	public String name(String id, int version, Locale locale) {
		return catalog.standards()
			.find(id, version)
			.map(s -> name(s, locale))
			.orElseGet(() -> messages.getMessage("standard.name.unknown", null, locale));
	}

	/**
	 * The period the standard is named after: the years in a national identifier
	 * ("VN-2022-2025" stays 2022–2025 although Decree 07 was extended to 2026), else its
	 * validity.
	 */
	public static Object[] period(String id, java.time.LocalDate from, java.time.LocalDate to) {
		var m = java.util.regex.Pattern.compile("^[A-Z]{2}-(\\d{4})-(\\d{4})$").matcher(id);
		if (m.matches()) {
			return new Object[] { m.group(1), m.group(2) };
		}
		return new Object[] { from == null ? "" : String.valueOf(from.getYear()),
				to == null ? "" : String.valueOf(to.getYear()) };
	}

	public String name(PovertyStandard s, Locale locale) {
		return name(s, messages, locale);
	}

	/**
	 * For code without this bean (a workbook writer built by hand in tests); keys default
	 * to themselves.
	 */
	public static String name(PovertyStandard s, MessageSource messages, Locale locale) {
		if (s.validFrom() == null) {
			return messages.getMessage("standard.name.unknown", null, "standard.name.unknown", locale);
		}
		String base = messages.getMessage(s.isNational() ? "standard.name.national" : "standard.name.provincial",
				period(s.id(), s.validFrom(), s.validTo()), s.id(), locale);
		return s.version() > 1
				? base + " "
						+ messages.getMessage("standard.name.amended", new Object[] { s.version() - 1 }, "", locale)
				: base;
	}

}

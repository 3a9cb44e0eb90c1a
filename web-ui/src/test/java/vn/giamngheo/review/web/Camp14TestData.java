package vn.giamngheo.review.web;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.poverty.StandardStatus;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;

/**
 * Campaigns of 2031 and 2032 in the demo province (the years of the camp14 tests). No
 * national standard reaches them yet, so Trà Vinh gets its own for the two years, a copy
 * of the 2027–2030 national one: nothing earlier changes.
 */
final class Camp14TestData {

	static final String STANDARD = "TV-2031-2032";

	private Camp14TestData() {
	}

	static synchronized void ensureStandard(PovertyStandardCatalog catalog) {
		// Another test context (same database) may have stored it since this context's
		// catalog was cached.
		catalog.refresh();
		if (catalog.find(STANDARD, 1).isPresent()) {
			return;
		}
		var national = catalog.standards().find("VN-2027-2030", 1).orElseThrow();
		catalog.save(national.toBuilder(STANDARD, 1)
			.jurisdiction("84")
			.validFrom(LocalDate.of(2031, 1, 1))
			.validTo(LocalDate.of(2032, 12, 31))
			.status(StandardStatus.ACTIVE)
			.build(), "test");
	}

	static long province(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT id FROM area WHERE code = '84' AND level = 'PROVINCE'", Long.class);
	}

	/** A commune of Trà Cú (before the 2025 reform's district tier went) by name. */
	static long commune(JdbcTemplate jdbc, String name) {
		return jdbc.queryForObject("""
				SELECT c.id FROM area c JOIN area d ON d.id = c.parent_id
				WHERE c.name = ? AND c.level = 'COMMUNE' AND d.name = 'Trà Cú'""", Long.class, name);
	}

	static String code(JdbcTemplate jdbc, long commune) {
		return jdbc.queryForObject("SELECT code FROM area WHERE id = ?", String.class, commune);
	}

}

package vn.giamngheo.poverty.persistence;

import java.time.Instant;
import vn.giamngheo.poverty.PovertyStandard;

/**
 * One standard of the catalogue with where it comes from: shipped with the code (built
 * in, read-only) or added by an administrator (stored, with author and time).
 */
public record CatalogEntry(PovertyStandard standard, boolean builtIn, String createdBy, Instant createdAt) {

	/** "ID:VERSION", the form a page uses to name a standard in a link or a select. */
	public String key() {
		return key(standard);
	}

	public static String key(PovertyStandard standard) {
		return standard.id() + ":" + standard.version();
	}
}

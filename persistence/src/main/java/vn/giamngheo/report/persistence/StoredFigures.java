package vn.giamngheo.report.persistence;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giamngheo.shared.persistence.CacheConfiguration;

/**
 * What the reports read from the stored figures (the official record, the working sums,
 * the areas and their crosswalk), kept in Spring's cache
 * {@value CacheConfiguration#REPORT_FIGURES} under the figures' stamp (V88). Every
 * statement that writes one of those tables moves the stamp on in the same transaction,
 * so an entry is never read after the figures it was made from have changed: the next
 * reader finds no entry under the new stamp and reads the tables again. Entries under an
 * old stamp are never asked for again and age out of the bounded cache.
 *
 * <p>
 * A reader that overlaps a write may store what it read under the stamp it saw before the
 * write; it read that stamp first, so what it stored is at least as new as the stamp
 * says, and readers after the write's commit use the new stamp. The figures read this way
 * name no person and are not under row-level security, so one entry serves every caller
 * that asks for the same communes (each caller's scope decides which communes it may ask
 * for).
 */
@Component
public class StoredFigures {

	private final JdbcTemplate jdbc;

	private final Cache cache;

	public StoredFigures(JdbcTemplate jdbc, CacheManager caches) {
		this.jdbc = jdbc;
		this.cache = caches.getCache(CacheConfiguration.REPORT_FIGURES);
	}

	/** The stored figures' current stamp (one row, read by its key). */
	long stamp() {
		Long stamp = jdbc.queryForObject("SELECT version FROM report_figures_stamp WHERE id = 1", Long.class);
		return stamp == null ? 0 : stamp;
	}

	/**
	 * The value for {@code key} under the current stamp, read by {@code reader} when it
	 * is not cached.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(List<?> key, Supplier<T> reader) {
		return cache == null ? reader.get() : (T) cache.get(new Key(stamp(), key), reader::get);
	}

	record Key(long stamp, List<?> key) {
	}

}

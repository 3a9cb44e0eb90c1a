package vn.giamngheo.shared.persistence;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's cache abstraction over Caffeine (bounded, see
 * {@code spring.cache.caffeine.spec}) for what every page reads and hardly ever changes:
 * the area tree and the pick-lists built from it ({@link #AREAS}, {@link #AREA_OPTIONS})
 * and the poverty standards ({@link #STANDARDS}). The writes that change them evict them;
 * the expiry in the spec is a safety net for a change made outside the application (SQL
 * by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CacheConfiguration {

	/** One area by id. */
	public static final String AREAS = "areas";

	/** The communes and villages a scope may pick from. */
	public static final String AREA_OPTIONS = "areaOptions";

	/**
	 * The area tree of {@code AreaTree} (which communes lie under which area, with
	 * validity dates), one entry checked against {@code area_tree_stamp} (V83) at every
	 * question, so no writer has to remember to evict it.
	 */
	public static final String AREA_TREE = "areaTree";

	/**
	 * The poverty standards: the built-in ones merged with those stored
	 * ({@code PovertyStandardCatalog}).
	 */
	public static final String STANDARDS = "povertyStandards";

	/**
	 * Support totals by filter and scope, evicted when disbursements change
	 * ({@code SupportTotalsCache}); unlike the others it expires after a minute, which
	 * bounds a figure put back by a reader that overlapped a write.
	 */
	public static final String SUPPORT_TOTALS = "supportTotals";

	/**
	 * Report rows and years read from the stored figures, keyed by the figures' stamp
	 * ({@code StoredFigures}, V88): a write of the figures makes every older entry
	 * unreachable at once, so no eviction is needed; the size bounds it.
	 */
	public static final String REPORT_FIGURES = "reportFigures";

	@org.springframework.context.annotation.Bean
	org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer<org.springframework.cache.caffeine.CaffeineCacheManager> shortLivedCaches() {
		return manager -> {
			manager.registerCustomCache(SUPPORT_TOTALS,
					com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
						.maximumSize(2_000)
						.expireAfterWrite(java.time.Duration.ofMinutes(1))
						.build());
			manager.registerCustomCache(REPORT_FIGURES,
					com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
						.maximumSize(5_000)
						.expireAfterAccess(java.time.Duration.ofMinutes(30))
						.build());
		};
	}

}

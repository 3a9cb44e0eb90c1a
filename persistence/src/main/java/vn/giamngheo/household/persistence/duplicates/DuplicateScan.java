package vn.giamngheo.household.persistence.duplicates;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly scan of the whole register for duplicate households, which catches what
 * entry and import checks could not (two communes' lists after the 2025 mergers). Its
 * schedule is {@code giamngheo.duplicates.scan-cron}
 * ({@code GIAMNGHEO_DUPLICATE_SCAN_CRON}); "-" turns it off, as the tests do. Tests run
 * it by calling {@link #scan}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class DuplicateScan {

	private static final Logger log = LoggerFactory.getLogger(DuplicateScan.class);

	private final DuplicateFinder finder;

	public DuplicateScan(DuplicateFinder finder) {
		this.finder = finder;
	}

	@Scheduled(cron = "${giamngheo.duplicates.scan-cron:-}", zone = "Asia/Ho_Chi_Minh")
	public int scan() {
		long start = System.nanoTime();
		int pairs = finder.scanAll();
		log.info("Duplicate scan: {} pairs raised or refreshed in {} ms", pairs,
				(System.nanoTime() - start) / 1_000_000);
		return pairs;
	}

}

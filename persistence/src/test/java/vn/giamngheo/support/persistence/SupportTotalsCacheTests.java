package vn.giamngheo.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import vn.giamngheo.household.event.HouseholdsMerged;
import vn.giamngheo.shared.persistence.CacheConfiguration;
import vn.giamngheo.support.event.SupportRecordsChanged;

/**
 * The cached support totals are dropped by support's own writes and by a household merge,
 * which moves grants from one household to another; the register publishes
 * {@link HouseholdsMerged} and knows nothing of the cache.
 */
@SpringBootTest
class SupportTotalsCacheTests {

	@Autowired
	CacheManager caches;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aHouseholdMergeDropsTheTotals() {
		Cache totals = cachedTotals();
		events.publishEvent(new HouseholdsMerged(1, 2, 3));
		assertThat(totals.get("district 7")).isNull();
	}

	@Test
	void aDisbursementDropsTheTotals() {
		Cache totals = cachedTotals();
		events.publishEvent(new SupportRecordsChanged("disbursement"));
		assertThat(totals.get("district 7")).isNull();
	}

	@Test
	void anotherEventLeavesThemAlone() {
		Cache totals = cachedTotals();
		events.publishEvent("something else");
		assertThat(totals.get("district 7")).isNotNull();
	}

	private Cache cachedTotals() {
		Cache totals = caches.getCache(CacheConfiguration.SUPPORT_TOTALS);
		totals.put("district 7", "totals");
		assertThat(totals.get("district 7")).isNotNull();
		return totals;
	}

}

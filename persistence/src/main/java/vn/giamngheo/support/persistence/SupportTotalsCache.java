package vn.giamngheo.support.persistence;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.giamngheo.household.event.HouseholdsMerged;
import vn.giamngheo.shared.persistence.CacheConfiguration;
import vn.giamngheo.support.event.SupportRecordsChanged;

/**
 * Issue 12: the support totals of a province count every disbursement of the period
 * (three quarters of a million a year for a million households, about 0.6 s of PostgreSQL
 * each time), and fifty officers asking for them at once would each pay it. They are kept
 * in {@link CacheConfiguration#SUPPORT_TOTALS} and dropped twice when disbursements are
 * written: at once, so the writing transaction itself reads its own records, and when it
 * ends (committed or rolled back), so that figures read meanwhile do not outlive it. A
 * reader whose transaction began before that commit may still put the old figures back;
 * the cache's one-minute expiry bounds that, and a change made outside the application
 * (SQL by hand). A household merge moves grants too ({@link HouseholdsMerged}, published
 * by the register, which knows nothing of these totals).
 */
@Component
class SupportTotalsCache {

	@EventListener
	@CacheEvict(cacheNames = CacheConfiguration.SUPPORT_TOTALS, allEntries = true)
	public void dropAtOnce(SupportRecordsChanged changed) {
		// the annotation does the work
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
	@CacheEvict(cacheNames = CacheConfiguration.SUPPORT_TOTALS, allEntries = true)
	public void dropWhenTheWriteEnds(SupportRecordsChanged changed) {
		// the annotation does the work
	}

	@EventListener
	@CacheEvict(cacheNames = CacheConfiguration.SUPPORT_TOTALS, allEntries = true)
	public void dropAtOnce(HouseholdsMerged merged) {
		// the annotation does the work
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
	@CacheEvict(cacheNames = CacheConfiguration.SUPPORT_TOTALS, allEntries = true)
	public void dropWhenTheWriteEnds(HouseholdsMerged merged) {
		// the annotation does the work
	}

}

package vn.giamngheo.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Campaign dates are enforced on review entry (issue 14, item 3). Tests that review
 * households in campaigns of past or future years let the campaign take entries today
 * through a late-entry window of the whole campaign, as its owner would grant one:
 * written directly, opening on 01/01/2000 and lasting to 31/12/2100, whatever the test
 * clock.
 */
public final class LateEntryTestData {

	private LateEntryTestData() {
	}

	/**
	 * Lets every commune of the campaign enter reviews on any day; does nothing when the
	 * test did so already.
	 */
	public static long allowEntry(JdbcTemplate jdbc, long campaignId) {
		jdbc.update("""
				INSERT INTO review_late_entry (campaign_id, opens_on, until, reason, granted_by)
				SELECT ?, DATE '2000-01-01', DATE '2100-12-31', 'Kiểm thử: nhập ngoài thời gian của đợt', 'test'
				WHERE NOT EXISTS (SELECT 1 FROM review_late_entry WHERE campaign_id = ? AND granted_by = 'test')""",
				campaignId, campaignId);
		return campaignId;
	}

}

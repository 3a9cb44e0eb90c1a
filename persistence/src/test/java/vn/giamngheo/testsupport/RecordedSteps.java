package vn.giamngheo.testsupport;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.account.Scope;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.persistence.ReviewStepRecords;

/**
 * Records what a list must have before it is marked posted (Decision 24/2021/QĐ-TTg, Art.
 * 4(3)–(4)): a village meeting on the campaign's first day where everyone present agreed,
 * and a posting of a week from that day. For tests whose subject is a later step; the
 * steps themselves are tested in ReviewStepRecordsTests.
 */
public final class RecordedSteps {

	private RecordedSteps() {
	}

	public static void meetingAndPosting(JdbcTemplate jdbc, ReviewStepRecords records, long campaign, long commune,
			Scope official, String user) {
		LocalDate start = jdbc.queryForObject("SELECT starts_on FROM review_campaign WHERE id = ?", LocalDate.class,
				campaign);
		Integer posted = jdbc.queryForObject(
				"SELECT count(*) FROM review_posting WHERE campaign_id = ? AND commune_id = ?", Integer.class, campaign,
				commune);
		if (posted > 0) {
			return;
		}
		records.recordMeeting(campaign, commune, new StepRules.Meeting(start, "Ấp 1", 40, 40, 0), null, official, user);
		// Seven days in a row hold five working days, more than the three the posting
		// needs.
		records.recordPosting(campaign, commune, new StepRules.Posting(start, start.plusDays(6), "Nhà văn hóa ấp"), -1,
				official, user);
	}

}

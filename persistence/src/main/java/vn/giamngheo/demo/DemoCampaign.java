package vn.giamngheo.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;

/**
 * This year's periodic review, open for the province's communes (two-level government
 * since 01/07/2025: the province works with its communes directly), so the review pages
 * and the review API have a campaign to show. Nothing is reviewed in it: the official
 * figures of earlier years stay exactly as they were.
 */
final class DemoCampaign {

	private DemoCampaign() {
	}

	static void open(JdbcTemplate jdbc, PovertyStandardCatalog standards, Clock clock, long province) {
		int year = LocalDate.now(clock).getYear();
		var standard = standards.standards().applicable(DemoData.PROVINCE_CODE, LocalDate.of(year, 12, 31));
		if (standard.isEmpty()) {
			return;
		}
		jdbc.update(
				"""
						INSERT INTO review_campaign (year, area_id, standard_id, standard_version, starts_on, ends_on, opened_by,
						                             purpose)
						VALUES (?, ?, ?, ?, ?, ?, 'demo', 'ANNUAL')""",
				year, province, standard.get().id(), standard.get().version(), LocalDate.of(year, 9, 1),
				LocalDate.of(year, 12, 14));
		// Campaign dates are enforced on entry (issue 14, item 3): a demo loaded outside
		// 1/9 – 14/12 still takes
		// reviews, through a late-entry window of the kind a province officer grants.
		LocalDate today = LocalDate.now(clock);
		if (today.isBefore(LocalDate.of(year, 9, 1)) || today.isAfter(LocalDate.of(year, 12, 14))) {
			jdbc.update("""
					INSERT INTO review_late_entry (campaign_id, opens_on, until, reason, granted_by)
					SELECT id, ?, ?, 'Dữ liệu mẫu: cho phép nhập ngoài thời gian của đợt', 'demo' FROM review_campaign
					WHERE year = ? AND area_id = ? AND purpose = 'ANNUAL'""", today, today.plusDays(90), year,
					province);
		}
	}

}

package vn.giamngheo.review.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A commune's review list was approved by the chair's decision (Decision 24/2021/QĐ-TTg,
 * Art. 4 §1 đ): its households' categories for the period are now official. Published
 * inside the approving transaction; listeners that keep derived data (recognised
 * categories, official snapshots, report sums, audit) run in that same transaction.
 */
public record CommuneListApproved(long campaignId, int year, long communeId, String decisionNumber,
		LocalDate decisionDate, String signer, String approvedBy, Instant approvedAt) {
}

package vn.giamngheo.review.event;

import java.time.Instant;

/**
 * An approved commune list was reopened with a recorded reason. The official record of
 * the approval stays readable; a later approval produces a new version of it. Published
 * inside the reopening transaction.
 */
public record CommuneListReopened(long campaignId, int year, long communeId, String reason, String reopenedBy,
		Instant reopenedAt) {
}

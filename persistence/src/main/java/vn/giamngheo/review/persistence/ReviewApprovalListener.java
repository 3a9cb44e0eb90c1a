package vn.giamngheo.review.persistence;

/**
 * Told when approved figures of a commune change (a list approved or reopened), so that stored sums for reports can
 * be refreshed in the same transaction.
 */
@FunctionalInterface
public interface ReviewApprovalListener {

	void reviewsChanged(int year, long communeId);
}

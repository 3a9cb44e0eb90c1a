package vn.giamngheo.review.steps.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.steps.ApplicationForm;
import vn.giamngheo.review.steps.ComplaintOutcome;
import vn.giamngheo.review.steps.RegularDeadline;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;

/** Read models of the recorded steps and the deadlines. */
public final class StepsRecords {

	private StepsRecords() {
	}

	/**
	 * A Form 01 or 04 as received, with what the review made of it when one was decided.
	 */
	public record Application(long id, ApplicationForm form, long householdId, String householdCode, String headName,
			String village, LocalDate receivedOn, PovertyCategory decidedCategory, LocalDate decidedOn,
			String decisionNumber, RegularDeadline deadline, RegularDeadline.Status status) {

		/**
		 * Decided, and not recognised poor or near-poor: the household gets a written
		 * refusal with reasons.
		 */
		public boolean refused() {
			return decidedCategory != null && decidedCategory != PovertyCategory.POOR
					&& decidedCategory != PovertyCategory.NEAR_POOR;
		}
	}

	/**
	 * One household of the preliminary list (danh sách sơ bộ): the category the review
	 * proposes.
	 */
	public record PreliminaryRow(long reviewId, String householdCode, String headName, String village,
			PovertyCategory category, ReviewState state) {
	}

	public record Meeting(long id, StepRules.Meeting record, boolean hasMinutes, String minutesName,
			String recordedBy) {
	}

	public record Posting(StepRules.Posting record, long version, String recordedBy) {
	}

	public record Complaint(long id, String householdCode, String headName, String complainant, LocalDate receivedOn,
			String content, ComplaintOutcome outcome, LocalDate settledOn, String recheckNote, long version) {

		public boolean settled() {
			return outcome != null;
		}
	}

	public record Decision(String number, LocalDate date, String signer, boolean hasScan, String scanName) {
	}

	/** Everything recorded for a commune's list in a campaign, in the order of Art. 4. */
	public record ListSteps(Campaign campaign, long communeId, String communeName, boolean mayWrite, boolean locked,
			List<Application> applications, List<PreliminaryRow> preliminary, List<Meeting> meetings, Posting posting,
			List<Complaint> complaints, Decision decision, List<String> villages) {

		public boolean agreedMeeting() {
			return meetings.stream().anyMatch(m -> m.record().agreed());
		}

		public long unsettledComplaints() {
			return complaints.stream().filter(c -> !c.settled()).count();
		}
	}

	/** A stored scan to send back: minutes or a decision. */
	public record Scan(byte[] content, String contentType, String fileName) {
	}

	/**
	 * A commune's count of regular reviews on application that are open and overdue, for
	 * the overdue lists.
	 */
	public record OverdueCount(long communeId, String communeName, String parentName, long open, long overdue,
			long oldestDaysLate) {
	}

	/** A review sent back to the commune, for the commune official's work queue. */
	public record Returned(long reviewId, String householdCode, String headName, String communeName, String reason,
			Long campaignId, Integer year) {
	}

	/**
	 * The commune official's work queue: returned reviews and regular reviews overdue or
	 * nearly due.
	 */
	public record WorkQueue(List<Returned> returned, List<Application> deadlines) {

		public boolean isEmpty() {
			return returned.isEmpty() && deadlines.isEmpty();
		}
	}

	/**
	 * What the letter of refusal states (Decision 24/2021/QĐ-TTg, Art. 5: "trả lời bằng
	 * văn bản, nêu rõ lý do").
	 */
	public record RefusalLetter(long applicationId, ApplicationForm form, String communeName, String headName,
			String householdCode, String address, String village, LocalDate receivedOn, PovertyCategory category,
			long incomePerCapita, long incomeLine, int deficiencyCount, String decisionNumber, LocalDate decisionDate,
			Map<String, Object> extra) {
	}

}

package vn.giamngheo.review;

import java.time.LocalDate;

/**
 * The commune chair's decision recognising a commune's list (Decision 24/2021/QĐ-TTg,
 * Art. 4(5)): its number, its date and who signed it, as printed on the decision.
 */
public record ListDecision(String number, LocalDate date, String signer) {

	/**
	 * The stored columns' lengths (commune_review_list.decision_number, decision_signer).
	 */
	public static final int NUMBER_LENGTH = 50;

	public static final int SIGNER_LENGTH = 100;

	public ListDecision {
		number = number == null ? null : number.strip();
		signer = signer == null ? null : signer.strip();
	}

	/**
	 * Refuses a decision that cannot be signed: missing parts, longer than the register
	 * keeps, dated in the future (an official cannot sign tomorrow's decision today) or
	 * outside the campaign's period.
	 */
	void check(LocalDate today, LocalDate periodStart, LocalDate periodEnd) {
		checkNumber();
		if (signer == null || signer.isEmpty()) {
			throw new ReviewRefused("decisionSigner", "review.decision.signerRequired");
		}
		if (signer.length() > SIGNER_LENGTH) {
			throw new ReviewRefused("decisionSigner", "review.decision.signerTooLong");
		}
		checkDate(today);
		if (periodStart != null && (date.isBefore(periodStart) || periodEnd != null && date.isAfter(periodEnd))) {
			throw new ReviewRefused("decisionDate", "review.decision.dateOutsideCampaign");
		}
	}

	/**
	 * The decision on one household's regular review (Art. 5): a number and a date that
	 * is not in the future.
	 */
	public void checkRegular(LocalDate today) {
		checkNumber();
		checkDate(today);
	}

	private void checkNumber() {
		if (number == null || number.isEmpty()) {
			throw new ReviewRefused("decisionNumber", "review.decision.numberRequired");
		}
		if (number.length() > NUMBER_LENGTH) {
			throw new ReviewRefused("decisionNumber", "review.decision.numberTooLong");
		}
	}

	private void checkDate(LocalDate today) {
		if (date == null) {
			throw new ReviewRefused("decisionDate", "review.decision.dateRequired");
		}
		if (date.isAfter(today)) {
			throw new ReviewRefused("decisionDate", "review.decision.dateInFuture");
		}
	}
}

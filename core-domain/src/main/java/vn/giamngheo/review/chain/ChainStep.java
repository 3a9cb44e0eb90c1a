package vn.giamngheo.review.chain;

import java.time.LocalDate;
import java.util.Objects;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.ReviewState;

/**
 * One step of an approval chain: the action, who performs it, the state the list must be
 * in and the state it leaves it in, its legal reference and its deadline.
 *
 * @param deadlineDays days after the campaign's last day (negative: before it) by which
 * the step is due; the periodic review ends on 14 December (Decision 24/2021/QĐ-TTg, Art.
 * 3), the intermediate offsets are planning defaults a province can adjust, not legal
 * dates
 * @param needsDecision the step records a decision (number, date, signer) and is refused
 * without one
 */
public record ChainStep(ReviewAction action, ChainActor actor, ReviewState from, ReviewState to, String legalReference,
		int deadlineDays, boolean needsDecision) {

	public ChainStep {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(legalReference, "legalReference");
	}

	public LocalDate deadline(LocalDate campaignEnd) {
		return campaignEnd.plusDays(deadlineDays);
	}

	public ChainStep withDeadlineDays(int days) {
		return new ChainStep(action, actor, from, to, legalReference, days, needsDecision);
	}
}

package vn.giamngheo.review;

/**
 * A step of the review procedure was refused: the message key names why, the field where
 * the web layer shows it. A refusal is an expected answer (a locked list, a decision
 * dated in the future), so it carries no stack trace.
 */
public class ReviewRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	public ReviewRefused(String field, String messageKey) {
		super(field + ": " + messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}

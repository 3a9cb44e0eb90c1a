package vn.giamngheo.shared.persistence;

/**
 * A business rule refused a value of a form: the web layer shows the message key next to
 * the field, in the user's language. A refusal is an expected answer, so it carries no
 * stack trace.
 */
public class FieldProblem extends RuntimeException {

	private final String field;

	private final String messageKey;

	public FieldProblem(String field, String messageKey) {
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

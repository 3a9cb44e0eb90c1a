package vn.giamngheo.shared.persistence;

/**
 * The account asked for data outside its areas; the web layer answers 403 and logs the
 * attempt.
 */
public class OutOfScopeException extends RuntimeException {

	public OutOfScopeException(String message) {
		super(message);
	}

}

package vn.giamngheo.shared.persistence;

/**
 * Someone else saved the record after this user opened it; the form is shown again with a
 * conflict message.
 */
public class ConcurrentEditException extends RuntimeException {

	private final String lastEditor;

	public ConcurrentEditException(String lastEditor) {
		super("Edited concurrently by " + lastEditor);
		this.lastEditor = lastEditor;
	}

	public String lastEditor() {
		return lastEditor;
	}

}

package vn.giamngheo.household.persistence.importing;

import java.util.List;

/**
 * The file as a whole cannot be read (not a spreadsheet, an encoding that cannot be
 * trusted, too large): a message key.
 */
public class UnreadableFileException extends RuntimeException {

	private final String key;

	private final List<Object> args;

	public UnreadableFileException(String key, Object... args) {
		super(key);
		this.key = key;
		this.args = List.of(args);
	}

	public String key() {
		return key;
	}

	public List<Object> args() {
		return args;
	}

}

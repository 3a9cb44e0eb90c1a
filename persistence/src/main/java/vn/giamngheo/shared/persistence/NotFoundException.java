package vn.giamngheo.shared.persistence;

/** Something asked for by id does not exist; the web layer answers 404. */
public class NotFoundException extends RuntimeException {

	private final String what;

	private final Object id;

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
		this.what = what;
		this.id = id;
	}

	/** What was asked for ("household", "review", ...). */
	public String what() {
		return what;
	}

	public Object id() {
		return id;
	}

}

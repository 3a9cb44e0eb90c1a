package vn.giamngheo.shared.persistence;

/** Something asked for by id does not exist; the web layer answers 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}
}

package vn.giamngheo.review.persistence.sheet;

/** Told how far a long upload has come, for the progress bar. */
@FunctionalInterface
public interface SheetProgress {

	SheetProgress NONE = (phase, done, total) -> {
	};

	/**
	 * @param phase "check" or "write"
	 */
	void at(String phase, int done, int total);

}

package vn.giamngheo.household.persistence.importing;

/** Told how far an import has come, for the progress bar. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (phase, done, total) -> {
	};

	/**
	 * @param phase "check", "write" or "duplicates"
	 * @param total 0 while not yet known (the first reading of the file)
	 */
	void at(String phase, int done, int total);

}

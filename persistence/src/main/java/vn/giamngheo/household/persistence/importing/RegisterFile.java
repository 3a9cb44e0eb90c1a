package vn.giamngheo.household.persistence.importing;

import java.util.List;

/**
 * An uploaded register, read row by row so that a file of 100,000 households never sits
 * in memory as rows. It can be read more than once: the import reads it to check it and
 * again to write it.
 */
public interface RegisterFile {

	/** Told each row in turn, the header row first; cells as text, stripped. */
	@FunctionalInterface
	interface RowHandler {

		/**
		 * @param row the row number as the official sees it in Excel (the header is row
		 * 1)
		 */
		void row(int row, List<String> cells);

	}

	/** "CSV" or "XLSX", as kept in the audit table. */
	String format();

	/**
	 * Something the official should know about how the file was read (e.g. its encoding),
	 * as a message key, or null.
	 */
	default String note() {
		return null;
	}

	void read(RowHandler handler) throws UnreadableFileException;

}

package vn.giamngheo.household.persistence.importing;

import java.util.List;

/**
 * What an import found or did.
 *
 * @param importId the audit record of the file
 * @param rows person rows in the file (the header and blank rows not counted)
 * @param errors the errors listed (at most {@link ImportCheck#MAX_LISTED});
 * {@code errorCount} counts them all
 * @param written whether the households were written; never when there is any error
 * @param candidates suspected duplicates the import raised in the queue
 * @param note how the file was read, as a message key, or null
 * @param headersToMap the file's headers when a column of the template was not found: the
 * mapping step, else empty
 */
public record ImportResult(long importId, int rows, int households, int members, List<ImportError> errors,
		int errorCount, boolean written, int candidates, String note, List<String> headersToMap) {

	public boolean ok() {
		return errorCount == 0;
	}
}

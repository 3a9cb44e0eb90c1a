package vn.giamngheo.review.persistence.sheet;

import java.util.List;

/**
 * One bad cell of an uploaded sheet: its Excel row (0 for the sheet as a whole), its
 * column letter ("" for a whole row or sheet), the message key of the column's header,
 * and the problem as a message key with arguments, rendered in the user's language.
 */
public record CellError(int row, String column, String headerKey, String messageKey, List<Object> args) {

	public CellError(int row, String column, String headerKey, String messageKey, Object... args) {
		this(row, column, headerKey, messageKey, List.of(args));
	}
}

package vn.giamngheo.area.persistence;

import java.util.List;

/**
 * One bad cell of an uploaded file: its row (as the user counts it, header = row 1), its
 * column and a message key with arguments, rendered in the user's language next to the
 * row.
 */
public record RowError(int row, String column, String messageKey, List<Object> args) {

	public RowError(int row, String column, String messageKey, Object... args) {
		this(row, column, messageKey, List.of(args));
	}
}

package vn.giamngheo.household.importing;

import java.util.List;

/**
 * One bad cell of an import row: the column (null for the row as a whole) and the problem
 * as a message key with its arguments, shown to the official in their language.
 */
public record RowProblem(RegisterColumn column, String key, List<Object> args) {

	public RowProblem(RegisterColumn column, String key, Object... args) {
		this(column, key, List.of(args));
	}
}

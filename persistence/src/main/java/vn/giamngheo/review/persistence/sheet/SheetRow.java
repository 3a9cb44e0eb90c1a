package vn.giamngheo.review.persistence.sheet;

import java.util.List;

/**
 * One row of an uploaded sheet as text, cell by cell in the order of {@link SheetLayout}
 * (a missing cell is ""), with its Excel row number. Numbers are given as Excel shows
 * them without grouping ("2500000").
 */
public record SheetRow(int row, List<String> cells) {

	public SheetRow {
		cells = List.copyOf(cells);
	}

	public String cell(int column) {
		return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
	}

	public boolean blank() {
		return cells.stream().allMatch(c -> c == null || c.isBlank());
	}
}

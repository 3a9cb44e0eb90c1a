package vn.giamngheo.report.web;

import java.util.List;

/**
 * A report as officers send it upward: a title, column headings, rows of formatted cells and a total row. The same
 * table is shown as a page, written to Excel and to PDF, so the three never disagree. {@code chart} is an optional
 * Chart.js configuration (JSON) drawn by {@code report-charts.js}.
 */
public record ReportTable(String id, String title, List<String> headers, List<List<String>> rows, List<String> total,
		String chart) {

	public ReportTable {
		headers = List.copyOf(headers);
		rows = rows.stream().map(List::copyOf).toList();
		total = total == null ? null : List.copyOf(total);
	}

	/** Columns from the second on hold numbers and are right-aligned. */
	public boolean numeric(int column) {
		return column > 0;
	}
}

package vn.giamngheo.report.web;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A report as officers send it upward: a title, column headings, rows of formatted cells
 * and a total row. The same table is shown as a page, written to Excel and to PDF, so the
 * three never disagree. {@code chart} is an optional Chart.js configuration (JSON) drawn
 * by {@code report-charts.js}.
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

	/**
	 * The body rows as escaped HTML, as the page's template would write them cell by
	 * cell. Issue 12: a province's table has a hundred and forty communes and a dozen
	 * columns, and Thymeleaf processing each of those cells as an element (loop, status,
	 * class and text) was most of the report page's CPU under load.
	 */
	public String bodyHtml() {
		StringBuilder html = new StringBuilder(rows.size() * 160);
		for (List<String> row : rows) {
			html.append("<tr>");
			cells(html, row);
			html.append("</tr>\n");
		}
		return html.toString();
	}

	/** The total row's cells as escaped HTML; empty without a total. */
	public String totalHtml() {
		StringBuilder html = new StringBuilder();
		if (total != null) {
			cells(html, total);
		}
		return html.toString();
	}

	private void cells(StringBuilder html, List<String> row) {
		for (int i = 0; i < row.size(); i++) {
			String cell = row.get(i);
			html.append(numeric(i) ? "<td class=\"num\">" : "<td>")
				.append(cell == null ? "" : HtmlUtils.htmlEscape(cell, "UTF-8"))
				.append("</td>");
		}
	}
}

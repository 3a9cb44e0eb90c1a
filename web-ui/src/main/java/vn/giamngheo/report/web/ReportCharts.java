package vn.giamngheo.report.web;

import java.util.List;
import vn.giamngheo.poverty.measures.Ratio;
import vn.giamngheo.report.AreaFigures;
import vn.giamngheo.report.Figure;
import vn.giamngheo.report.persistence.ReportTrend;
import vn.giamngheo.report.persistence.ReportQueries;
import vn.giamngheo.report.persistence.ReportQueries.AreaRow;

/**
 * The Chart.js configurations of the report page, as JSON text: the rates per area, the
 * poor lacking each indicator, and the rates over the years. Labels come translated;
 * every string is escaped so that it is safe inside a {@code <script>} element.
 */
final class ReportCharts {

	private ReportCharts() {
	}

	/** Poor and near-poor rates per area, as bars. */
	static String rates(ReportQueries.Report report, String poorLabel, String nearPoorLabel) {
		StringBuilder labels = new StringBuilder();
		StringBuilder poor = new StringBuilder();
		StringBuilder near = new StringBuilder();
		for (AreaRow row : report.rows()) {
			String sep = labels.isEmpty() ? "" : ",";
			labels.append(sep).append(json(row.name()));
			poor.append(sep).append(rateNumber(row.figures().get(Figure.POOR), row.figures().get(Figure.HOUSEHOLDS)));
			near.append(sep)
				.append(rateNumber(row.figures().get(Figure.NEAR_POOR), row.figures().get(Figure.HOUSEHOLDS)));
		}
		return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":" + json(poorLabel)
				+ ",\"data\":[" + poor + "]},{\"label\":" + json(nearPoorLabel) + ",\"data\":[" + near + "]}]}}";
	}

	/** How many poor households of the total lack each indicator, as horizontal bars. */
	static String lacking(AreaFigures total, List<String> indicatorLabels, String label) {
		StringBuilder labels = new StringBuilder();
		StringBuilder data = new StringBuilder();
		for (int i = 0; i < indicatorLabels.size(); i++) {
			labels.append(i == 0 ? "" : ",").append(json(indicatorLabels.get(i)));
			data.append(i == 0 ? "" : ",").append(i < total.indicatorCount() ? total.poorLacking(i) : 0);
		}
		return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":" + json(label)
				+ ",\"data\":[" + data + "]}]},\"options\":{\"indexAxis\":\"y\"}}";
	}

	/** Poor and near-poor rates year by year, as lines. */
	static String trend(List<ReportTrend.YearTotal> years, String poorLabel, String nearPoorLabel) {
		StringBuilder labels = new StringBuilder();
		StringBuilder poor = new StringBuilder();
		StringBuilder near = new StringBuilder();
		for (var y : years) {
			AreaFigures f = y.figures();
			String sep = labels.isEmpty() ? "" : ",";
			labels.append(sep).append('"').append(y.year()).append('"');
			poor.append(sep).append(rateNumber(f.get(Figure.POOR), f.get(Figure.HOUSEHOLDS)));
			near.append(sep).append(rateNumber(f.get(Figure.NEAR_POOR), f.get(Figure.HOUSEHOLDS)));
		}
		return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":" + json(poorLabel)
				+ ",\"data\":[" + poor + "]},{\"label\":" + json(nearPoorLabel) + ",\"data\":[" + near + "]}]}}";
	}

	static String rateNumber(long part, long whole) {
		return whole == 0 ? "0" : Ratio.of(part, whole).toPercent(2).toPlainString();
	}

	static String json(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '<' -> out.append("\\u003c");
				case '>' -> out.append("\\u003e");
				case '&' -> out.append("\\u0026");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}

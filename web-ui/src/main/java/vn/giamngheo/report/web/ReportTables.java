package vn.giamngheo.report.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.poverty.measures.Ratio;
import vn.giamngheo.report.AreaFigures;
import vn.giamngheo.report.Figure;
import vn.giamngheo.report.ReportStatus;
import vn.giamngheo.report.persistence.ReportBreakdowns;
import vn.giamngheo.report.persistence.ReportTrend;
import vn.giamngheo.report.persistence.ReportQueries;
import vn.giamngheo.report.persistence.ReportQueries.AreaRow;
import vn.giamngheo.shared.Vnd;

/**
 * Builds the report tables (page, Excel and PDF alike) from stored sums, in the user's
 * language; their charts are {@link ReportCharts}.
 */
@Component
class ReportTables {

	private final MessageSource messages;

	ReportTables(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The district summary: households, poor and near-poor counts and rates, flows and
	 * groups, per area.
	 */
	ReportTable summary(String id, String title, ReportQueries.Report report, Locale locale) {
		List<String> headers = List.of(m("report.col.area", locale), m("report.col.households", locale),
				m("report.col.poor", locale), m("report.col.poorRate", locale), m("report.col.nearPoor", locale),
				m("report.col.nearPoorRate", locale), m("report.col.escaped", locale),
				m("report.col.newlyPoor", locale), m("report.col.rePoor", locale), m("report.col.poorMinority", locale),
				m("report.col.poorKhmer", locale), m("report.col.poorNoLabour", locale),
				m("report.col.poorMerit", locale), m("report.col.source", locale));
		Function<AreaFigures, List<String>> cells = f -> List.of(n(f, Figure.HOUSEHOLDS), n(f, Figure.POOR),
				Vnd.percent(f.get(Figure.POOR), f.get(Figure.HOUSEHOLDS), 2), n(f, Figure.NEAR_POOR),
				Vnd.percent(f.get(Figure.NEAR_POOR), f.get(Figure.HOUSEHOLDS), 2), n(f, Figure.ESCAPED),
				n(f, Figure.NEWLY_POOR), n(f, Figure.RE_POOR), n(f, Figure.POOR_MINORITY), n(f, Figure.POOR_KHMER),
				n(f, Figure.POOR_NO_LABOUR), n(f, Figure.POOR_MERIT));
		List<List<String>> rows = new ArrayList<>();
		for (AreaRow row : report.rows()) {
			List<String> r = new ArrayList<>();
			r.add(row.name());
			r.addAll(cells.apply(row.figures()));
			r.add(m("report.source." + row.source(), locale));
			rows.add(r);
		}
		List<String> total = new ArrayList<>();
		total.add(m("report.total", locale));
		total.addAll(cells.apply(report.total()));
		total.add("");
		return new ReportTable(id, title, headers, rows, total,
				ReportCharts.rates(report, m("report.col.poorRate", locale), m("report.col.nearPoorRate", locale)));
	}

	ReportTable ethnicity(List<ReportBreakdowns.EthnicityRow> rows, Locale locale) {
		List<String> headers = List.of(m("report.col.ethnicity", locale), m("report.col.households", locale),
				m("report.col.poor", locale), m("report.col.poorRate", locale), m("report.col.nearPoor", locale),
				m("report.col.nearPoorRate", locale));
		List<List<String>> out = new ArrayList<>();
		long h = 0;
		long p = 0;
		long np = 0;
		for (var r : rows) {
			out.add(List.of(m("ethnicity." + r.ethnicity(), locale), Vnd.grouped(r.households()), Vnd.grouped(r.poor()),
					Vnd.percent(r.poor(), r.households(), 2), Vnd.grouped(r.nearPoor()),
					Vnd.percent(r.nearPoor(), r.households(), 2)));
			h += r.households();
			p += r.poor();
			np += r.nearPoor();
		}
		return new ReportTable(
				"ethnicity", m("report.ethnicity.title", locale), headers, out, List.of(m("report.total", locale),
						Vnd.grouped(h), Vnd.grouped(p), Vnd.percent(p, h, 2), Vnd.grouped(np), Vnd.percent(np, h, 2)),
				null);
	}

	/** How many poor households lack each indicator: the support each area needs. */
	ReportTable indicators(ReportQueries.Report report, Locale locale) {
		List<String> headers = new ArrayList<>();
		headers.add(m("report.col.area", locale));
		headers.add(m("report.col.poor", locale));
		for (String code : report.indicatorCodes()) {
			headers.add(m("poverty.indicator." + code, locale));
		}
		List<List<String>> rows = new ArrayList<>();
		for (AreaRow row : report.rows()) {
			rows.add(lackingRow(row.name(), row.figures(), report.indicatorCodes().size()));
		}
		AreaFigures t = report.total();
		String chart = ReportCharts.lacking(t,
				report.indicatorCodes().stream().map(code -> m("poverty.indicator." + code, locale)).toList(),
				m("report.indicators.chart", locale));
		return new ReportTable("indicators", m("report.indicators.title", locale), headers, rows,
				lackingRow(m("report.total", locale), t, report.indicatorCodes().size()), chart);
	}

	private static List<String> lackingRow(String name, AreaFigures f, int d) {
		List<String> r = new ArrayList<>();
		r.add(name);
		r.add(n(f, Figure.POOR));
		for (int i = 0; i < d; i++) {
			r.add(i < f.indicatorCount() ? Vnd.grouped(f.poorLacking(i)) : "0");
		}
		return r;
	}

	/**
	 * Alkire–Foster headcount H, intensity A and adjusted headcount M0 per area, from
	 * exact sums.
	 */
	ReportTable mpi(ReportQueries.Report report, Locale locale) {
		List<String> headers = List.of(m("report.col.area", locale), m("report.col.mpiHouseholds", locale),
				m("report.col.mpiPoor", locale), m("report.col.h", locale), m("report.col.a", locale),
				m("report.col.m0", locale));
		List<List<String>> rows = new ArrayList<>();
		for (AreaRow row : report.rows()) {
			rows.add(mpiRow(row.name(), row.figures()));
		}
		return new ReportTable("mpi",
				m("report.mpi.title", locale, report.minDeficiencies(), report.indicatorCodes().size()), headers, rows,
				mpiRow(m("report.total", locale), report.total()), null);
	}

	private static List<String> mpiRow(String name, AreaFigures f) {
		return List.of(name, n(f, Figure.MPI_HOUSEHOLDS), n(f, Figure.MPI_POOR_HOUSEHOLDS), pct(f.headcount()),
				pct(f.intensity()), decimal(f.adjustedHeadcount().toBigDecimal(4)));
	}

	ReportTable trend(List<ReportTrend.YearTotal> years, Locale locale) {
		List<String> headers = List.of(m("report.col.year", locale), m("report.col.households", locale),
				m("report.col.poor", locale), m("report.col.poorRate", locale), m("report.col.nearPoor", locale),
				m("report.col.nearPoorRate", locale), m("report.col.escaped", locale),
				m("report.col.newlyPoor", locale));
		List<List<String>> rows = new ArrayList<>();
		for (var y : years) {
			AreaFigures f = y.figures();
			String label = y.status() == ReportStatus.OFFICIAL ? String.valueOf(y.year())
					: m("report.year.provisional", locale, String.valueOf(y.year()));
			rows.add(List.of(label, n(f, Figure.HOUSEHOLDS), n(f, Figure.POOR),
					Vnd.percent(f.get(Figure.POOR), f.get(Figure.HOUSEHOLDS), 2), n(f, Figure.NEAR_POOR),
					Vnd.percent(f.get(Figure.NEAR_POOR), f.get(Figure.HOUSEHOLDS), 2), n(f, Figure.ESCAPED),
					n(f, Figure.NEWLY_POOR)));
		}
		String chart = ReportCharts.trend(years, m("report.col.poorRate", locale),
				m("report.col.nearPoorRate", locale));
		return new ReportTable("trend", m("report.trend.title", locale), headers, rows, null, chart);
	}

	/**
	 * The movement tables of the areas (poor, then near-poor): start of the period (the
	 * previous period's official end), the increases and decreases, and the end; each row
	 * and the total reconcile exactly.
	 */
	ReportTable movement(String id, ReportQueries.Report report, boolean nearPoor, Locale locale) {
		List<String> headers = List.of(m("report.col.area", locale), m("report.movement.start", locale),
				m("report.movement.escaped", locale),
				m(nearPoor ? "report.movement.toPoor" : "report.movement.toNearPoor", locale),
				m("report.movement.otherOut", locale),
				m(nearPoor ? "report.movement.newlyNearPoor" : "report.movement.newlyPoor", locale),
				m(nearPoor ? "report.movement.reNearPoor" : "report.movement.rePoor", locale),
				m("report.movement.otherIn", locale), m("report.movement.end", locale), m("report.col.source", locale));
		Function<vn.giamngheo.report.MovementTally.Tables, List<String>> cells = t -> {
			vn.giamngheo.report.Movement mv = nearPoor ? t.nearPoor() : t.poor();
			return List.of(Vnd.grouped(mv.start()), Vnd.grouped(mv.escaped()), Vnd.grouped(mv.toNearPoor()),
					Vnd.grouped(mv.otherOut()), Vnd.grouped(mv.newlyPoor()), Vnd.grouped(mv.rePoor()),
					Vnd.grouped(mv.otherIn()), Vnd.grouped(mv.end()));
		};
		List<List<String>> rows = new ArrayList<>();
		for (AreaRow row : report.rows()) {
			List<String> r = new ArrayList<>();
			r.add(row.name());
			r.addAll(cells.apply(row.movement()));
			r.add(m("report.source." + row.source(), locale));
			rows.add(r);
		}
		List<String> total = new ArrayList<>();
		total.add(m("report.total", locale));
		total.addAll(cells.apply(report.movement()));
		total.add("");
		return new ReportTable(id,
				m(nearPoor ? "report.movement.nearPoor.title" : "report.movement.poor.title", locale), headers, rows,
				total, null);
	}

	ReportTable ranking(List<AreaRow> rows, Locale locale) {
		return ranking(rows, "report.col.district", locale);
	}

	/**
	 * @param parentKey the heading of the parent column: "Huyện", or its two-level
	 * wording after 01/07/2025
	 */
	ReportTable ranking(List<AreaRow> rows, String parentKey, Locale locale) {
		List<String> headers = List.of(m("report.col.rank", locale), m("report.col.commune", locale),
				m(parentKey, locale), m("report.col.households", locale), m("report.col.poor", locale),
				m("report.col.poorRate", locale), m("report.col.nearPoorRate", locale));
		List<List<String>> out = new ArrayList<>();
		int rank = 1;
		for (AreaRow r : rows) {
			AreaFigures f = r.figures();
			out.add(List.of(String.valueOf(rank++), r.name(), r.parentName(), n(f, Figure.HOUSEHOLDS),
					n(f, Figure.POOR), Vnd.percent(f.get(Figure.POOR), f.get(Figure.HOUSEHOLDS), 2),
					Vnd.percent(f.get(Figure.NEAR_POOR), f.get(Figure.HOUSEHOLDS), 2)));
		}
		return new ReportTable("ranking", m("report.ranking.title", locale), headers, out, null, null);
	}

	/**
	 * Support totals by program for the year (disbursements of issue 5): recipients,
	 * grants, amounts.
	 */
	ReportTable support(List<ReportBreakdowns.SupportTotal> totals, Locale locale) {
		List<String> headers = List.of(m("report.col.program", locale), m("report.col.recipients", locale),
				m("report.col.grants", locale), m("report.col.amount", locale), m("report.col.quantity", locale));
		List<List<String>> rows = new ArrayList<>();
		long amount = 0;
		long grants = 0;
		for (var t : totals) {
			rows.add(List.of(t.code() + " " + t.name(), Vnd.grouped(t.recipients()), Vnd.grouped(t.grants()),
					Vnd.format(t.amount()), t.quantity().signum() == 0 ? ""
							: decimal(t.quantity().stripTrailingZeros()) + " " + m("report.unit." + t.unit(), locale)));
			amount += t.amount();
			grants += t.grants();
		}
		return new ReportTable("support", m("report.support.title", locale), headers, rows,
				List.of(m("report.total", locale), "", Vnd.grouped(grants), Vnd.format(amount), ""), null);
	}

	private static String n(AreaFigures f, Figure figure) {
		return Vnd.grouped(f.get(figure));
	}

	private static String pct(Ratio r) {
		return decimal(r.toPercent(2)) + "%";
	}

	static String decimal(BigDecimal value) {
		return value.toPlainString().replace('.', ',');
	}

	String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}

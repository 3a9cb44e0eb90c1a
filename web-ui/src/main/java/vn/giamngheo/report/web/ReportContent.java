package vn.giamngheo.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.report.persistence.AreaSummaries;
import vn.giamngheo.report.persistence.ReportBreakdowns;
import vn.giamngheo.report.persistence.ReportQueries;
import vn.giamngheo.report.persistence.ReportTrend;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.web.documents.OfficialDocument;

/**
 * What a report page and its Excel and PDF files are made of, so that the page and the
 * files never disagree: the tables of a view, the heading, the notice of a provisional
 * year, the issuer and the years to choose from.
 */
@org.springframework.stereotype.Component
class ReportContent {

	private final ReportQueries reports;

	private final ReportTrend trend;

	private final ReportBreakdowns breakdowns;

	private final AreaSummaries summaries;

	private final ReportTables tables;

	private final AreaQueries areas;

	private final Clock clock;

	private final vn.giamngheo.review.web.TierLabels tier;

	ReportContent(ReportQueries reports, ReportTrend trend, ReportBreakdowns breakdowns, AreaSummaries summaries,
			ReportTables tables, AreaQueries areas, Clock clock, vn.giamngheo.review.web.TierLabels tier) {
		this.reports = reports;
		this.trend = trend;
		this.breakdowns = breakdowns;
		this.summaries = summaries;
		this.tables = tables;
		this.areas = areas;
		this.clock = clock;
		this.tier = tier;
	}

	List<ReportTable> build(String view, int year, Scope scope, Locale locale) {
		List<ReportTable> out = new ArrayList<>();
		switch (view) {
			case "communes" -> {
				out.add(tables.summary("communes", tables.m("report.communes.title", locale),
						reports.byCommune(year, scope), locale));
				out.add(tables.ethnicity(breakdowns.byEthnicity(year, scope), locale));
				ReportQueries.Report communes = reports.byCommune(year, scope);
				out.add(tables.movement("movement-poor", communes, false, locale));
				out.add(tables.movement("movement-near-poor", communes, true, locale));
			}
			case "indicators" -> out.add(tables.indicators(reports.byCommune(year, scope), locale));
			case "mpi" -> out.add(tables.mpi(reports.byCommune(year, scope), locale));
			case "support" -> out.add(tables.support(breakdowns.supportTotals(year, scope), locale));
			case "province" -> {
				out.add(tables.summary("districts", tables.m(tier.keyOn("report.districts.title", dayOf(year)), locale),
						reports.byDistrict(year, scope), locale));
				ReportQueries.Report districts = reports.byDistrict(year, scope);
				out.add(tables.movement("movement-poor", districts, false, locale));
				out.add(tables.movement("movement-near-poor", districts, true, locale));
				out.add(tables.trend(trend.trend(scope), locale));
				out.add(tables.ranking(trend.ranking(year, scope), tier.keyOn("report.col.district", dayOf(year)),
						locale));
			}
			default -> throw new NotFoundException("report", view);
		}
		return out;
	}

	/**
	 * The status line every export carries: official, or provisional with the coverage
	 * and the missing communes.
	 */
	String notice(ReportQueries.Report report, Locale locale) {
		var c = report.coverage();
		if (c.complete()) {
			return tables.m("report.official", locale, c.approved(), c.communes());
		}
		String missing = c.missing()
			.stream()
			.map(vn.giamngheo.report.Coverage.Missing::name)
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
		return tables.m("report.provisional", locale, c.approved(), c.communes(), missing);
	}

	/**
	 * The day a year's figures speak for: its last day, or today for the current year.
	 * The province tab says "theo huyện" only where the caller's province still had
	 * districts then (issue 14: none since 01/07/2025).
	 */
	LocalDate dayOf(int year) {
		LocalDate today = LocalDate.now(clock);
		return year >= today.getYear() ? today : LocalDate.of(year, 12, 31);
	}

	java.util.Map<String, String> tabKeys(int year) {
		java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
		ReportController.VIEWS.forEach(v -> keys.put(v, tier.keyOn("report.tab." + v, dayOf(year))));
		return keys;
	}

	int year(Integer year, Scope scope) {
		if (year != null) {
			return year;
		}
		List<Integer> years = trend.years(scope);
		return years.isEmpty() ? summaries.registerYear() : years.get(0);
	}

	List<Integer> years(Scope scope, int selected) {
		List<Integer> years = new ArrayList<>(trend.years(scope));
		if (!years.contains(selected)) {
			years.add(selected);
		}
		int now = LocalDate.now(clock).getYear();
		if (!years.contains(now)) {
			years.add(now);
		}
		years.sort((a, b) -> b - a);
		return years;
	}

	/**
	 * Who issues the report: the commune's People's Committee for a commune official, the
	 * district's (before 1 Jul 2025) or the provincial department for a district officer,
	 * the provincial department for the province.
	 */
	OfficialDocument.Issuer issuer(Scope scope, LocalDate date, Locale locale) {
		if (scope.role() == Role.PROVINCIAL_VIEWER) {
			return OfficialDocument.Issuer.province(areas.get(scope.provinceId()).name(), date);
		}
		var commune = areas.get(scope.communeIds().iterator().next());
		if (scope.role() != Role.DISTRICT_OFFICER) {
			return OfficialDocument.Issuer.commune(kind(commune, locale), commune.name());
		}
		var parent = commune.parentId() == null ? null : areas.get(commune.parentId());
		if (parent == null || parent.level() == vn.giamngheo.area.AreaLevel.PROVINCE) {
			return OfficialDocument.Issuer.province(parent == null ? commune.name() : parent.name(), date);
		}
		var province = parent.parentId() == null ? null : areas.get(parent.parentId());
		return OfficialDocument.Issuer.districtOrProvince(kind(parent, locale), parent.name(),
				province == null ? null : province.name(), date);
	}

	String kind(vn.giamngheo.area.AreaView area, Locale locale) {
		return area.kind() == null ? ""
				: tables.m("kind." + area.kind(), Locale.forLanguageTag("vi")).toLowerCase(Locale.forLanguageTag("vi"));
	}

	String heading(Scope scope, int year, Locale locale) {
		String area;
		if (scope.role() == Role.PROVINCIAL_VIEWER) {
			area = areas.get(scope.provinceId()).name();
		}
		else if (scope.communeIds().size() == 1) {
			area = areas.get(scope.communeIds().iterator().next()).name();
		}
		else {
			area = scope.communeIds()
				.stream()
				.map(id -> areas.get(id).parentId())
				.distinct()
				.map(id -> areas.get(id).name())
				.sorted()
				.reduce((a, b) -> a + ", " + b)
				.orElse("");
		}
		return tables.m("report.heading", locale, area, year);
	}

}

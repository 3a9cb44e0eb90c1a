package vn.giamngheo.report.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.report.persistence.AreaSummaries;
import vn.giamngheo.report.persistence.ReportQueries;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.shared.web.documents.OfficialDocument;

/**
 * The reports officers send upward, for any year with stored sums, as a page, Excel and PDF: the summary by commune,
 * the indicator breakdown, the multidimensional poverty figures and the province view (districts side by side, total,
 * trend, ranking of communes). Areas only: no report names a person.
 */
@Controller
class ReportController {

	static final List<String> VIEWS = List.of("communes", "indicators", "mpi", "support", "province");

	private final ReportQueries reports;

	private final AreaSummaries summaries;

	private final ReportTables tables;

	private final AreaQueries areas;

	private final Clock clock;

	private final vn.giamngheo.review.web.TierLabels tier;

	ReportController(ReportQueries reports, AreaSummaries summaries, ReportTables tables, AreaQueries areas,
			Clock clock, vn.giamngheo.review.web.TierLabels tier) {
		this.tier = tier;
		this.reports = reports;
		this.summaries = summaries;
		this.tables = tables;
		this.areas = areas;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String index(Scope scope) {
		return scope.role() == Role.PROVINCIAL_VIEWER ? "redirect:/reports/province"
				: "redirect:/reports/communes";
	}

	@GetMapping("/reports/{view:[a-z]+}")
	String page(@PathVariable String view, @RequestParam(required = false) Integer year, Model model, Locale locale,
			Scope scope) {
		int y = year(year, scope);
		model.addAttribute("view", view);
		model.addAttribute("views", VIEWS);
		model.addAttribute("tabKeys", tabKeys(y));
		model.addAttribute("year", y);
		model.addAttribute("years", years(scope, y));
		model.addAttribute("heading", heading(scope, y, locale));
		model.addAttribute("tables", build(view, y, scope, locale));
		ReportQueries.Report whole = reports.byCommune(y, scope);
		model.addAttribute("refreshedAt", whole.refreshedAt());
		model.addAttribute("coverage", whole.coverage());
		model.addAttribute("official", whole.status() == vn.giamngheo.report.ReportStatus.OFFICIAL);
		model.addAttribute("approvedAt", whole.rows().stream().map(ReportQueries.AreaRow::approvedAt)
			.filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder()).orElse(null));
		model.addAttribute("mayRefresh", scope.mayRefreshReports());
		return "reports/index";
	}

	@GetMapping("/reports/{view:[a-z]+}.{format:xlsx|pdf}")
	ResponseEntity<byte[]> export(@PathVariable String view, @PathVariable String format,
			@RequestParam(required = false) Integer year, Locale locale, Scope scope,
			AppUser caller) throws IOException {
		int y = year(year, scope);
		String heading = heading(scope, y, locale);
		String notice = notice(reports.byCommune(y, scope), locale);
		List<ReportTable> built = build(view, y, scope, locale);
		boolean excel = format.equals("xlsx");
		byte[] body = excel ? ReportExport.excel(heading, notice, built)
				: ReportExport.pdf(heading, notice, built, issuer(scope, LocalDate.now(clock), locale), LocalDate.now(clock),
						caller.getFullName());
		String filename = "bao-cao-" + view + "-" + y + "." + format;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.contentType(excel ? MediaType.parseMediaType(
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") : MediaType.APPLICATION_PDF)
			.body(body);
	}

	/** A district officer recomputes the stored sums of their communes for a year (e.g. after editing households). */
	@PostMapping("/reports/refresh")
	String refresh(@RequestParam int year, @RequestParam(defaultValue = "communes") String view,
			RedirectAttributes redirect, Scope scope) {
		if (!scope.mayRefreshReports()) {
			throw new OutOfScopeException("role " + scope.role() + " may not recompute report sums");
		}
		for (long commune : scope.communeIds()) {
			summaries.refresh(year, commune);
		}
		redirect.addFlashAttribute("flash", "report.refreshed");
		return "redirect:/reports/" + (VIEWS.contains(view) ? view : "communes") + "?year=" + year;
	}

	List<ReportTable> build(String view, int year, Scope scope, Locale locale) {
		List<ReportTable> out = new ArrayList<>();
		switch (view) {
			case "communes" -> {
				out.add(tables.summary("communes", tables.m("report.communes.title", locale),
						reports.byCommune(year, scope), locale));
				out.add(tables.ethnicity(reports.byEthnicity(year, scope), locale));
				ReportQueries.Report communes = reports.byCommune(year, scope);
				out.add(tables.movement("movement-poor", communes, false, locale));
				out.add(tables.movement("movement-near-poor", communes, true, locale));
			}
			case "indicators" -> out.add(tables.indicators(reports.byCommune(year, scope), locale));
			case "mpi" -> out.add(tables.mpi(reports.byCommune(year, scope), locale));
			case "support" -> out.add(tables.support(reports.supportTotals(year, scope), locale));
			case "province" -> {
				out.add(tables.summary("districts", tables.m(tier.keyOn("report.districts.title", dayOf(year)), locale),
						reports.byDistrict(year, scope), locale));
				ReportQueries.Report districts = reports.byDistrict(year, scope);
				out.add(tables.movement("movement-poor", districts, false, locale));
				out.add(tables.movement("movement-near-poor", districts, true, locale));
				out.add(tables.trend(reports.trend(scope), locale));
				out.add(tables.ranking(reports.ranking(year, scope),
						tier.keyOn("report.col.district", dayOf(year)), locale));
			}
			default -> throw new NotFoundException("report", view);
		}
		return out;
	}

	/** The status line every export carries: official, or provisional with the coverage and the missing communes. */
	String notice(ReportQueries.Report report, Locale locale) {
		var c = report.coverage();
		if (c.complete()) {
			return tables.m("report.official", locale, c.approved(), c.communes());
		}
		String missing = c.missing().stream().map(vn.giamngheo.report.Coverage.Missing::name)
			.reduce((a, b) -> a + ", " + b).orElse("");
		return tables.m("report.provisional", locale, c.approved(), c.communes(), missing);
	}

	/**
	 * The day a year's figures speak for: its last day, or today for the current year. The province tab says "theo
	 * huyện" only where the caller's province still had districts then (issue 14: none since 01/07/2025).
	 */
	private LocalDate dayOf(int year) {
		LocalDate today = LocalDate.now(clock);
		return year >= today.getYear() ? today : LocalDate.of(year, 12, 31);
	}

	private java.util.Map<String, String> tabKeys(int year) {
		java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
		VIEWS.forEach(v -> keys.put(v, tier.keyOn("report.tab." + v, dayOf(year))));
		return keys;
	}

	private int year(Integer year, Scope scope) {
		if (year != null) {
			return year;
		}
		List<Integer> years = reports.years(scope);
		return years.isEmpty() ? summaries.registerYear() : years.get(0);
	}

	private List<Integer> years(Scope scope, int selected) {
		List<Integer> years = new ArrayList<>(reports.years(scope));
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
	 * Who issues the report: the commune's People's Committee for a commune official, the district's (before 1 Jul
	 * 2025) or the provincial department for a district officer, the provincial department for the province.
	 */
	private OfficialDocument.Issuer issuer(Scope scope, LocalDate date, Locale locale) {
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

	private String kind(vn.giamngheo.area.AreaView area, Locale locale) {
		return area.kind() == null ? ""
				: tables.m("kind." + area.kind(), Locale.forLanguageTag("vi")).toLowerCase(Locale.forLanguageTag("vi"));
	}

	private String heading(Scope scope, int year, Locale locale) {
		String area;
		if (scope.role() == Role.PROVINCIAL_VIEWER) {
			area = areas.get(scope.provinceId()).name();
		}
		else if (scope.communeIds().size() == 1) {
			area = areas.get(scope.communeIds().iterator().next()).name();
		}
		else {
			area = scope.communeIds().stream().map(id -> areas.get(id).parentId()).distinct()
				.map(id -> areas.get(id).name()).sorted().reduce((a, b) -> a + ", " + b).orElse("");
		}
		return tables.m("report.heading", locale, area, year);
	}
}

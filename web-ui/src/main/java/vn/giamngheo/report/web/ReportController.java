package vn.giamngheo.report.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.report.persistence.AreaSummaries;
import vn.giamngheo.report.persistence.ReportQueries;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * The reports officers send upward, for any year with stored sums, as a page, Excel and
 * PDF: the summary by commune, the indicator breakdown, the multidimensional poverty
 * figures and the province view (districts side by side, total, trend, ranking of
 * communes). Areas only: no report names a person.
 */
@Controller
class ReportController {

	static final List<String> VIEWS = List.of("communes", "indicators", "mpi", "support", "province");

	private final ReportContent content;

	private final ReportQueries reports;

	private final AreaSummaries summaries;

	ReportController(ReportContent content, ReportQueries reports, AreaSummaries summaries) {
		this.content = content;
		this.reports = reports;
		this.summaries = summaries;
	}

	@GetMapping("/reports")
	String index(Scope scope) {
		return scope.role() == Role.PROVINCIAL_VIEWER ? "redirect:/reports/province" : "redirect:/reports/communes";
	}

	@GetMapping("/reports/{view:[a-z]+}")
	String page(@PathVariable String view, @RequestParam(required = false) Integer year, Model model, Locale locale,
			Scope scope) {
		int y = content.year(year, scope);
		model.addAttribute("view", view);
		model.addAttribute("views", VIEWS);
		model.addAttribute("tabKeys", content.tabKeys(y));
		model.addAttribute("year", y);
		model.addAttribute("years", content.years(scope, y));
		model.addAttribute("heading", content.heading(scope, y, locale));
		model.addAttribute("tables", content.build(view, y, scope, locale));
		ReportQueries.Report whole = reports.byCommune(y, scope);
		model.addAttribute("refreshedAt", whole.refreshedAt());
		model.addAttribute("coverage", whole.coverage());
		model.addAttribute("official", whole.status() == vn.giamngheo.report.ReportStatus.OFFICIAL);
		model.addAttribute("approvedAt",
				whole.rows()
					.stream()
					.map(ReportQueries.AreaRow::approvedAt)
					.filter(java.util.Objects::nonNull)
					.max(java.util.Comparator.naturalOrder())
					.orElse(null));
		model.addAttribute("mayRefresh", scope.mayRefreshReports());
		return "reports/index";
	}

	/**
	 * A district officer recomputes the stored sums of their communes for a year (e.g.
	 * after editing households).
	 */
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

}

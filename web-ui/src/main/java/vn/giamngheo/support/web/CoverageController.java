package vn.giamngheo.support.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.support.persistence.SupportQueries;
import vn.giamngheo.shared.web.CurrentUser;

/** Coverage of poor and near-poor households in the caller's communes, and who got nothing this year. */
@Controller
@RequestMapping("/support/coverage")
class CoverageController {

	static final int LIST_LIMIT = 500;

	private final SupportQueries queries;

	private final Clock clock;

	CoverageController(SupportQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping
	String coverage(@RequestParam(required = false) Long commune, @RequestParam(required = false) Integer year,
			Model model) {
		int y = year == null || year < 2016 || year > 2100 ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("year", y);
		model.addAttribute("commune", commune);
		model.addAttribute("communes", queries.communes(CurrentUser.scope()));
		model.addAttribute("coverage", queries.coverage(commune, y, CurrentUser.scope()));
		model.addAttribute("nothing", queries.gotNothing(commune, y, CurrentUser.scope(), LIST_LIMIT));
		return "support/coverage";
	}
}

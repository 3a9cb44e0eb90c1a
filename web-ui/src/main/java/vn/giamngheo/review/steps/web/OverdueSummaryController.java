package vn.giamngheo.review.steps.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.giamngheo.account.Scope;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.persistence.ReviewDeadlines;

/**
 * The overdue list of a province (its viewer) or a district: per commune, how many
 * regular reviews on application are open and how many are past their 15 days (Decision
 * 24/2021/QĐ-TTg, Art. 5). Counts only, no names: a province's viewer never sees lists of
 * named people. Under /summary, which is for district officers and provincial viewers.
 */
@Controller
class OverdueSummaryController {

	private final ReviewDeadlines deadlines;

	OverdueSummaryController(ReviewDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	@GetMapping("/summary/overdue-reviews")
	String overdue(Model model, Scope scope) {
		var counts = deadlines.overdueByCommune(scope);
		model.addAttribute("counts", counts);
		model.addAttribute("totalOverdue", counts.stream().mapToLong(c -> c.overdue()).sum());
		model.addAttribute("totalOpen", counts.stream().mapToLong(c -> c.open()).sum());
		model.addAttribute("days", StepRules.REGULAR_DECISION_DAYS);
		return "reviews/steps/overdue-summary";
	}

}

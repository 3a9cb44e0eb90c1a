package vn.giamngheo.review.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.ReviewSteps;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * The chair's decision that approves and locks a commune's list: the confirmation page
 * and the step itself.
 */
@Controller
@RequestMapping("/reviews")
class ListApprovalController {

	private final ReviewService reviews;

	ListApprovalController(ReviewService reviews) {
		this.reviews = reviews;
	}

	/**
	 * The confirmation before the irreversible step: names what approval locks and asks
	 * about unreviewed households.
	 */
	@GetMapping("/campaigns/{id}/communes/{communeId}/approve")
	String confirmApproval(@PathVariable long id, @PathVariable long communeId,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String decisionDate,
			@RequestParam(required = false) String decisionSigner, Model model, RedirectAttributes redirect,
			Scope scope) {
		var preview = reviews.approvalPreview(id, communeId, scope);
		if (preview.locked()) {
			redirect.addFlashAttribute("problem", "review.list.alreadyApproved");
			return "redirect:/reviews/campaigns/" + id + "/communes/" + communeId;
		}
		return approvalPage(id, communeId, decisionNumber, decisionDate, decisionSigner, null, model, scope);
	}

	@PostMapping("/campaigns/{id}/communes/{communeId}/approve")
	String approve(@PathVariable long id, @PathVariable long communeId,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String decisionDate,
			@RequestParam(required = false) String decisionSigner, @RequestParam(required = false) Boolean carryForward,
			@RequestParam(required = false) Integer unreviewed, Model model, RedirectAttributes redirect, Scope scope,
			AppUser caller) {
		String base = "redirect:/reviews/campaigns/" + id + "/communes/" + communeId;
		if (Boolean.FALSE.equals(carryForward)) {
			redirect.addFlashAttribute("problem", "review.approve.stopped");
			return base;
		}
		try {
			LocalDate date = parseDate(decisionDate);
			int n = reviews.approveList(id, communeId, new ReviewSteps.Approval(decisionNumber, date, decisionSigner,
					Boolean.TRUE.equals(carryForward), unreviewed), scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.review.list.approve");
			redirect.addFlashAttribute("flashArgs", List.of(n));
			return base;
		}
		catch (FieldProblem problem) {
			if (problem.messageKey().equals("review.list.alreadyApproved")
					|| problem.messageKey().equals("review.refused.locked")) {
				redirect.addFlashAttribute("problem", problem.messageKey());
				return base;
			}
			return approvalPage(id, communeId, decisionNumber, decisionDate, decisionSigner, problem, model, scope);
		}
	}

	private String approvalPage(long id, long communeId, String decisionNumber, String decisionDate,
			String decisionSigner, FieldProblem problem, Model model, Scope scope) {
		model.addAttribute("campaign", reviews.campaign(id, scope));
		model.addAttribute("preview", reviews.approvalPreview(id, communeId, scope));
		model.addAttribute("categories", vn.giamngheo.poverty.PovertyCategory.values());
		model.addAttribute("decisionNumber", decisionNumber);
		model.addAttribute("decisionDate", decisionDate);
		model.addAttribute("decisionSigner", decisionSigner);
		model.addAttribute("errorField", problem == null ? null : problem.field());
		model.addAttribute("errorKey", problem == null ? null : problem.messageKey());
		return "reviews/approve";
	}

	/**
	 * dd/MM/yyyy as typed; anything else is the field's own message, never a 400 page.
	 */
	static LocalDate parseDate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")
				.withResolverStyle(java.time.format.ResolverStyle.STRICT));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new FieldProblem("decisionDate", "review.decision.dateRequired");
		}
	}

}

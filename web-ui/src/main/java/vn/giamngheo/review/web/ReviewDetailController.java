package vn.giamngheo.review.web;

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
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.ReviewAction;
import vn.giamngheo.review.ReviewProcedure;
import vn.giamngheo.review.persistence.ReviewRecords.Review;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * One review: its inputs and result, who did what and when, and the steps the caller may
 * take next.
 */
@Controller
@RequestMapping("/reviews/{id}")
class ReviewDetailController {

	private final ReviewService reviews;

	ReviewDetailController(ReviewService reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	String show(@PathVariable long id, Model model, Scope scope) {
		Review review = reviews.review(id, scope);
		model.addAttribute("review", review);
		model.addAttribute("events", reviews.events(id, scope));
		var actions = ReviewProcedure.available(review.state(), scope.role());
		if (review.campaignId() != null) {
			// In the annual review these are steps of the commune's whole list, taken on
			// the list page.
			actions.removeAll(java.util.Set.of(ReviewAction.POST, ReviewAction.APPROVE, ReviewAction.CONSOLIDATE,
					ReviewAction.REOPEN));
		}
		actions.remove(ReviewAction.SAVE);
		model.addAttribute("actions", actions);
		model.addAttribute("editable", review.state().editable());
		model.addAttribute("certifiable", review.state().locked()
				&& (review.category() == PovertyCategory.POOR || review.category() == PovertyCategory.NEAR_POOR));
		return "reviews/detail";
	}

	@PostMapping("/act")
	String act(@PathVariable long id, @RequestParam ReviewAction action, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String decisionDate,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		try {
			reviews.act(id, action, reason, decisionNumber, ListApprovalController.parseDate(decisionDate), scope,
					caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.review.action." + action.name());
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
		}
		catch (ConcurrentEditException conflict) {
			redirect.addFlashAttribute("problem", "review.conflictShort");
		}
		return "redirect:/reviews/" + id;
	}

}

package vn.giamngheo.review.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * The list steps other than approval: submit, posted, consolidate, reopen (with a
 * reason).
 */
@Controller
@RequestMapping("/reviews")
class ListStepController {

	private final ReviewService reviews;

	ListStepController(ReviewService reviews) {
		this.reviews = reviews;
	}

	/** The other list steps: submit, posted, consolidate, reopen (with a reason). */
	@PostMapping("/campaigns/{id}/communes/{communeId}/{step}")
	String listStep(@PathVariable long id, @PathVariable long communeId, @PathVariable String step,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Scope scope, AppUser caller) {
		String user = caller.getUsername();
		try {
			int n = switch (step) {
				case "submit" -> reviews.submitList(id, communeId, scope, user);
				case "post" -> reviews.markPosted(id, communeId, scope, user);
				case "consolidate" -> reviews.consolidate(id, communeId, scope, user);
				case "reopen" -> reviews.reopen(id, communeId, reason, scope, user);
				default -> throw new vn.giamngheo.shared.persistence.NotFoundException("step", step);
			};
			redirect.addFlashAttribute("flash", "flash.review.list." + step);
			redirect.addFlashAttribute("flashArgs", List.of(n));
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
		}
		return "redirect:/reviews/campaigns/" + id + "/communes/" + communeId;
	}

}

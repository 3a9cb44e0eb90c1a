package vn.giamngheo.review.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.review.persistence.LateEntries;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * "Cho phép nhập muộn" (issue 14, item 3): the campaign's owner lets its communes, or one
 * of them, enter reviews outside the campaign's dates until a day, for a reason. A
 * refused field comes back next to its field on the campaign page, with what was typed.
 */
@Controller
class LateEntryController {

	private final LateEntries lateEntries;

	LateEntryController(LateEntries lateEntries) {
		this.lateEntries = lateEntries;
	}

	@PostMapping("/reviews/campaigns/{id}/late-entry")
	String grant(@PathVariable long id, @RequestParam(required = false) Long communeId,
			@RequestParam(required = false) String until, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		try {
			java.time.LocalDate day = parse(until);
			lateEntries.grant(id, communeId, day, reason, scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "camp14.late.granted");
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("lateError", Map.of("field", problem.field(), "key", problem.messageKey()));
			redirect.addFlashAttribute("lateTyped", Map.of("communeId", communeId == null ? "" : communeId.toString(),
					"until", until == null ? "" : until, "reason", reason == null ? "" : reason));
		}
		return "redirect:/reviews/campaigns/" + id + "#late-entry";
	}

	private static java.time.LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			throw new FieldProblem("until", "review.late.untilRequired");
		}
		try {
			return java.time.LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")
				.withResolverStyle(java.time.format.ResolverStyle.STRICT));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new FieldProblem("until", "review.late.untilFormat");
		}
	}

}

package vn.giamngheo.household.duplicates.web;

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
import vn.giamngheo.household.persistence.duplicates.DuplicateQueue;
import vn.giamngheo.household.persistence.duplicates.HouseholdMerger;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * The queue of suspected duplicate households: the list, the two households side by side,
 * and the officer's decision (merge into the one kept, or dismiss with a reason). The
 * merge journal stays readable on the pair's page.
 */
@Controller
@RequestMapping("/households/duplicates")
class DuplicateController {

	private final DuplicateQueue queue;

	private final HouseholdMerger merger;

	DuplicateController(DuplicateQueue queue, HouseholdMerger merger) {
		this.queue = queue;
		this.merger = merger;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "open") String status, Model model, Scope scope) {
		DuplicateQueue.Status wanted = DuplicateQueue.status(status);
		if (wanted == null) {
			wanted = DuplicateQueue.Status.OPEN;
		}
		model.addAttribute("status", wanted.name());
		model.addAttribute("pairs", queue.list(wanted, scope));
		return "households/duplicates";
	}

	@GetMapping("/{id}")
	String pair(@PathVariable long id, Model model, Scope scope) {
		DuplicateQueue.Pair pair = queue.get(id, scope);
		model.addAttribute("pair", pair);
		model.addAttribute("membersA", queue.members(pair.a().householdId()));
		model.addAttribute("membersB", queue.members(pair.b().householdId()));
		model.addAttribute("journal", pair.mergeId() == null ? java.util.List.of() : merger.journal(pair.mergeId()));
		model.addAttribute("mayResolve", scope.role() == vn.giamngheo.account.Role.DISTRICT_OFFICER
				&& pair.status() == DuplicateQueue.Status.OPEN);
		return "households/duplicate";
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long survivor,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Scope scope, AppUser caller) {
		try {
			merger.merge(id, version, survivor == null ? -1 : survivor, reason, scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "duplicate.flash.merged");
		}
		catch (FieldProblem ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("problem", "duplicate.error.concurrent");
		}
		return "redirect:/households/duplicates/" + id;
	}

	@PostMapping("/{id}/dismiss")
	String dismiss(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		try {
			queue.dismiss(id, version, reason, scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "duplicate.flash.dismissed");
		}
		catch (FieldProblem ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("problem", "duplicate.error.concurrent");
		}
		return "redirect:/households/duplicates/" + id;
	}

}

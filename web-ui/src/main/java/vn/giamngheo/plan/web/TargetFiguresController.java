package vn.giamngheo.plan.web;

import static vn.giamngheo.plan.web.PlanForms.blank;
import static vn.giamngheo.plan.web.PlanForms.decimal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.plan.persistence.PlanRecords.AllocationCommand;
import vn.giamngheo.plan.persistence.Plans;
import vn.giamngheo.plan.persistence.TargetActuals;
import vn.giamngheo.plan.persistence.TargetAllocations;
import vn.giamngheo.shared.GroupedNumber;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * The two forms of a target's page: its allocation to communes (the plan's appendix) and
 * a figure as it stood on a day. Both return to the target's page, with a flash message
 * or the refusal's message key.
 */
@Controller
class TargetFiguresController {

	private final Plans plans;

	private final TargetAllocations allocations;

	private final TargetActuals actuals;

	TargetFiguresController(Plans plans, TargetAllocations allocations, TargetActuals actuals) {
		this.plans = plans;
		this.allocations = allocations;
		this.actuals = actuals;
	}

	/**
	 * Saves the allocation table: one {@code value_<communeId>} (and optional
	 * {@code base_}/{@code baseline_}) each.
	 */
	@PostMapping("/plans/{id}/targets/{targetId}/allocations")
	String allocate(@PathVariable long id, @PathVariable long targetId, @RequestParam long version,
			@RequestParam Map<String, String> form, RedirectAttributes redirect, Scope scope, AppUser caller) {
		try {
			List<AllocationCommand> commands = new ArrayList<>();
			for (var commune : plans.communes(id, scope)) {
				String value = form.get("value_" + commune.id());
				if (blank(value)) {
					continue;
				}
				String base = form.get("base_" + commune.id());
				String baseline = form.get("baseline_" + commune.id());
				commands.add(new AllocationCommand(commune.id(), decimal(value, "allocations"),
						blank(base) ? null
								: GroupedNumber.parseWhole(base)
									.orElseThrow(() -> new FieldProblem("allocations", "plan.number.invalid")),
						blank(baseline) ? null : decimal(baseline, "allocations")));
			}
			var check = allocations.allocate(targetId, version, commands, scope, caller.getUsername());
			redirect.addFlashAttribute("flash",
					check.addsUp() ? "plan.allocation.saved" : "plan.allocation.savedMismatch");
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
		}
		catch (ConcurrentEditException conflict) {
			redirect.addFlashAttribute("problem", "plan.conflict");
		}
		return "redirect:/plans/" + id + "/targets/" + targetId;
	}

	@PostMapping("/plans/{id}/targets/{targetId}/actuals")
	String recordActual(@PathVariable long id, @PathVariable long targetId,
			@RequestParam(required = false) Long communeId, @RequestParam String value,
			@RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate asOf,
			@RequestParam(required = false) String note, RedirectAttributes redirect, Scope scope, AppUser caller) {
		try {
			actuals.recordActual(targetId, communeId, decimal(value, "value"), asOf, note, scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "plan.actual.saved");
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
		}
		return "redirect:/plans/" + id + "/targets/" + targetId;
	}

}

package vn.giamngheo.plan.web;

import static vn.giamngheo.plan.web.PlanForms.blank;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.plan.TargetIndicator;
import vn.giamngheo.plan.TargetKind;
import vn.giamngheo.plan.persistence.PlanAccess;
import vn.giamngheo.plan.persistence.PlanProgress;
import vn.giamngheo.plan.persistence.PlanRecords.TargetCommand;
import vn.giamngheo.plan.persistence.PlanRecords.TargetProgress;
import vn.giamngheo.plan.persistence.PlanTargets;
import vn.giamngheo.plan.persistence.Plans;
import vn.giamngheo.plan.persistence.TargetActuals;
import vn.giamngheo.plan.persistence.TargetAllocations;
import vn.giamngheo.shared.GroupedNumber;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * A plan's targets: adding one from the dashboard's form, and a target's page (its
 * progress, its allocation to communes and the figures entered). Refusals of the service
 * ({@link FieldProblem}) come back next to their field.
 */
@Controller
class PlanTargetController {

	private final Plans plans;

	private final PlanTargets targets;

	private final TargetAllocations allocations;

	private final TargetActuals actuals;

	private final PlanProgress progress;

	private final PlanAccess access;

	private final Clock clock;

	PlanTargetController(Plans plans, PlanTargets targets, TargetAllocations allocations, TargetActuals actuals,
			PlanProgress progress, PlanAccess access, Clock clock) {
		this.plans = plans;
		this.targets = targets;
		this.allocations = allocations;
		this.actuals = actuals;
		this.progress = progress;
		this.access = access;
		this.clock = clock;
	}

	@PostMapping("/plans/{id}/targets")
	String addTarget(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect,
			Scope scope, AppUser caller) {
		Map<String, String> errors = new LinkedHashMap<>();
		TargetIndicator indicator = PlanForms.enumOf(TargetIndicator.class, form.get("indicator"));
		if (indicator == null) {
			errors.put("indicator", "plan.target.indicator.required");
		}
		TargetKind kind = PlanForms.enumOf(TargetKind.class, form.get("kind"));
		if (kind == null) {
			errors.put("kind", "plan.target.kind.invalid");
		}
		if (blank(form.get("label"))) {
			errors.put("label", "plan.target.label.required");
		}
		BigDecimal value = GroupedNumber.parse(form.get("value")).orElse(null);
		if (value == null) {
			errors.put("value", "plan.target.value.invalid");
		}
		BigDecimal baseline = blank(form.get("baseline")) ? null
				: GroupedNumber.parse(form.get("baseline")).orElse(null);
		if (!blank(form.get("baseline")) && baseline == null) {
			errors.put("baseline", "plan.target.baseline.invalid");
		}
		if (errors.isEmpty()) {
			try {
				targets.addTarget(id, new TargetCommand(indicator, kind, form.get("label"), value, baseline), scope,
						caller.getUsername());
				redirect.addFlashAttribute("flash", "plan.target.added");
				return "redirect:/plans/" + id;
			}
			catch (FieldProblem problem) {
				errors.put(problem.field(), problem.messageKey());
			}
		}
		PlanForms.keepInput(redirect, form, errors, "indicator", "kind", "label", "value", "baseline");
		return "redirect:/plans/" + id;
	}

	@GetMapping("/plans/{id}/targets/{targetId}")
	String target(@PathVariable long id, @PathVariable long targetId, Model model, Scope scope) {
		var target = targets.target(targetId, scope);
		if (target.planId() != id) {
			throw new OutOfScopeException("target " + targetId + " is not part of plan " + id);
		}
		TargetProgress p = progress.progress(id, scope, LocalDate.now(clock))
			.stream()
			.filter(t -> t.target().id() == targetId)
			.findFirst()
			.orElseThrow();
		model.addAttribute("plan", plans.get(id, scope));
		model.addAttribute("p", p);
		model.addAttribute("coverage", progress.coverage(id, scope));
		model.addAttribute("allocations", allocations.allocations(targetId, scope));
		model.addAttribute("actuals", actuals.actuals(targetId, scope));
		model.addAttribute("communes", plans.communes(id, scope));
		model.addAttribute("mayEdit", access.mayEdit(id, scope));
		model.addAttribute("today", LocalDate.now(clock));
		return "plans/target";
	}

}

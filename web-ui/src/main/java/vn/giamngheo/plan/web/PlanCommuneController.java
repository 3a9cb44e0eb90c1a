package vn.giamngheo.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.giamngheo.account.Scope;
import vn.giamngheo.plan.persistence.PlanAccess;
import vn.giamngheo.plan.persistence.PlanProgress;
import vn.giamngheo.plan.persistence.PlanRecords.CommuneProgress;
import vn.giamngheo.plan.persistence.PlanRecords.TargetProgress;
import vn.giamngheo.plan.persistence.Plans;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * One commune's part of a plan ({@code /plans/{id}/communes/{communeId}}): its allocation
 * of every target, its figures and state.
 */
@Controller
class PlanCommuneController {

	private final Plans plans;

	private final PlanProgress progress;

	private final PlanAccess access;

	private final Clock clock;

	PlanCommuneController(Plans plans, PlanProgress progress, PlanAccess access, Clock clock) {
		this.plans = plans;
		this.progress = progress;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/plans/{id}/communes/{communeId}")
	String commune(@PathVariable long id, @PathVariable long communeId, Model model, Scope scope) {
		var commune = plans.communes(id, scope)
			.stream()
			.filter(c -> c.id() == communeId)
			.findFirst()
			.orElseThrow(() -> new OutOfScopeException("commune " + communeId + " of plan " + id + " not visible"));
		model.addAttribute("plan", plans.get(id, scope));
		model.addAttribute("commune", commune);
		model.addAttribute("rows",
				progress.progress(id, scope, LocalDate.now(clock))
					.stream()
					.map(p -> new CommuneRow(p,
							p.communes().stream().filter(c -> c.communeId() == communeId).findFirst().orElseThrow()))
					.toList());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("owned", access.mayEdit(id, scope));
		return "plans/commune";
	}

	record CommuneRow(TargetProgress target, CommuneProgress commune) {
	}

}

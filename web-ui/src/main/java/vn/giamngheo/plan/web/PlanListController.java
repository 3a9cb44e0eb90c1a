package vn.giamngheo.plan.web;

import static vn.giamngheo.plan.web.PlanForms.blank;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.plan.persistence.PlanAccess;
import vn.giamngheo.plan.persistence.PlanRecords.PlanCommand;
import vn.giamngheo.plan.persistence.Plans;
import vn.giamngheo.shared.GroupedNumber;
import vn.giamngheo.shared.persistence.FieldProblem;

/** The list of plans ({@code /plans}) and making a new one from its form. */
@Controller
class PlanListController {

	private final Plans plans;

	private final PlanAccess access;

	private final AreaQueries areas;

	private final Clock clock;

	PlanListController(Plans plans, PlanAccess access, AreaQueries areas, Clock clock) {
		this.plans = plans;
		this.access = access;
		this.areas = areas;
		this.clock = clock;
	}

	@GetMapping("/plans")
	String list(Model model, Scope scope) {
		model.addAttribute("plans", plans.plans(scope));
		model.addAttribute("mayEdit", access.mayEdit(scope));
		model.addAttribute("areas", areasFor(scope));
		model.addAttribute("thisYear", LocalDate.now(clock).getYear());
		return "plans/list";
	}

	/**
	 * Creates a plan. Every field is checked before the service is asked, so all mistakes
	 * show at once next to their fields; what was typed comes back in the form (issue 13:
	 * one error lost every field).
	 */
	@PostMapping("/plans")
	String create(@RequestParam Map<String, String> form, RedirectAttributes redirect, Scope scope, AppUser caller) {
		Map<String, String> errors = new LinkedHashMap<>();
		Integer year = GroupedNumber.parseWhole(form.get("year")).map(Long::intValue).orElse(null);
		if (year == null) {
			errors.put("year", "plan.year.range");
		}
		if (blank(form.get("number"))) {
			errors.put("number", "plan.number.required");
		}
		LocalDate issuedOn = PlanForms.date(form.get("issuedOn"));
		if (issuedOn == null) {
			errors.put("issuedOn", blank(form.get("issuedOn")) ? "plan.issuedOn.required" : "ux13.date.invalid");
		}
		if (blank(form.get("issuer"))) {
			errors.put("issuer", "ux13.plan.issuer.required");
		}
		Long areaId = GroupedNumber.parseWhole(form.get("areaId")).orElse(null);
		if (areaId == null) {
			errors.put("areaId", "plan.area.required");
		}
		if (errors.isEmpty()) {
			try {
				long id = plans.create(new PlanCommand(areaId, year, form.get("number"), issuedOn, form.get("issuer"),
						form.get("title")), scope, caller.getUsername());
				redirect.addFlashAttribute("flash", "plan.created");
				return "redirect:/plans/" + id;
			}
			catch (FieldProblem problem) {
				errors.put(problem.field(), problem.messageKey());
			}
		}
		PlanForms.keepInput(redirect, form, errors, "areaId", "year", "number", "issuedOn", "issuer", "title");
		return "redirect:/plans";
	}

	/**
	 * The areas the caller may make a plan for: their districts, or the commune that owns
	 * its plan (issue 14).
	 */
	private List<AreaQueries.Option> areasFor(Scope scope) {
		if (scope.role() == Role.COMMUNE_OFFICIAL && access.mayEdit(scope)) {
			return scope.communeIds()
				.stream()
				.sorted()
				.map(id -> areas.get(id))
				.map(a -> new AreaQueries.Option(a.id(), a.name(), 0))
				.toList();
		}
		if (scope.role() != Role.DISTRICT_OFFICER) {
			return List.of();
		}
		return scope.communeIds()
			.stream()
			.map(id -> areas.get(id).parentId())
			.distinct()
			.map(id -> areas.get(id))
			.map(a -> new AreaQueries.Option(a.id(), a.name(), 0))
			.toList();
	}

}

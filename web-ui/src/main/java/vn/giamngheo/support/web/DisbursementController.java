package vn.giamngheo.support.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.persistence.DisbursementRow;
import vn.giamngheo.support.persistence.DuplicateBenefit;
import vn.giamngheo.support.persistence.EligibilityWarning;
import vn.giamngheo.support.persistence.SupportCatalogue;
import vn.giamngheo.support.persistence.SupportQueries;
import vn.giamngheo.support.persistence.Disbursements;
import vn.giamngheo.support.persistence.SupportHouseholds;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.web.Fmt;

/**
 * Recording support one household or person at a time ({@code /support/new}), the latest
 * disbursements ({@code /support}) and what one household received
 * ({@code /support/households/{id}}). Whole lists are
 * {@link BulkDisbursementController}'s.
 */
@Controller
@RequestMapping("/support")
class DisbursementController {

	private static final String FORM = "support/form";

	private final Disbursements disbursements;

	private final SupportHouseholds households;

	private final SupportCatalogue catalogue;

	private final SupportQueries queries;

	private final SupportMessages messages;

	private final Fmt fmt;

	private final Clock clock;

	DisbursementController(Disbursements disbursements, SupportHouseholds households, SupportCatalogue catalogue,
			SupportQueries queries, SupportMessages messages, Fmt fmt, Clock clock) {
		this.disbursements = disbursements;
		this.households = households;
		this.catalogue = catalogue;
		this.queries = queries;
		this.messages = messages;
		this.fmt = fmt;
		this.clock = clock;
	}

	@GetMapping
	String index(@RequestParam(required = false) Long commune, @RequestParam(required = false) Long program,
			Model model, Scope scope) {
		var filter = new SupportQueries.Filter(null, null, commune, program, null);
		model.addAttribute("rows", queries.recent(filter, scope, 50));
		model.addAttribute("communes", queries.communes(scope));
		model.addAttribute("programs", catalogue.all());
		model.addAttribute("filter", filter);
		return "support/index";
	}

	@GetMapping("/households/{id}")
	String household(@PathVariable long id, Model model, Scope scope) {
		model.addAttribute("household", households.household(id, scope));
		model.addAttribute("rows", disbursements.disbursementsOf(id, scope));
		return "support/household";
	}

	@GetMapping("/new")
	String showForm(@RequestParam(required = false) Long household, Model model, Scope scope) {
		DisbursementForm form = new DisbursementForm();
		form.setDisbursedOn(LocalDate.now(clock));
		if (household != null) {
			form.setHouseholdCode(households.household(household, scope).code());
		}
		model.addAttribute("disbursement", form);
		return form(model, household, scope);
	}

	@PostMapping("/new")
	String record(@Valid @ModelAttribute("disbursement") DisbursementForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		Optional<Long> household = households.householdIdByCode(form.getHouseholdCode(), scope);
		if (household.isEmpty() && !result.hasFieldErrors("householdCode")) {
			result.rejectValue("householdCode", "support.household.notFound");
		}
		if (result.hasErrors()) {
			return form(model, household.orElse(null), scope);
		}
		try {
			disbursements.record(form.toCommand(household.get()), scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.support.recorded");
			return "redirect:/support/households/" + household.get();
		}
		catch (EligibilityWarning warning) {
			model.addAttribute("warning", messages.warning(warning.reason()));
		}
		catch (DuplicateBenefit duplicate) {
			DisbursementRow first = duplicate.existing().get(0);
			result.rejectValue("programId", "support.duplicate",
					new Object[] { fmt.date(first.disbursedOn()) + ", " + first.decisionRef() }, null);
			model.addAttribute("duplicates", duplicate.existing());
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
		}
		return form(model, household.get(), scope);
	}

	private String form(Model model, Long householdId, Scope scope) {
		model.addAttribute("programs",
				catalogue.active().stream().filter(p -> p.kind() != vn.giamngheo.support.ProgramKind.CREDIT).toList());
		model.addAttribute("sources", FundingSource.values());
		Map<Long, String> members = householdId == null ? Map.of() : households.members(householdId, scope);
		model.addAttribute("members", members);
		model.addAttribute("householdId", householdId);
		return FORM;
	}

}

package vn.giamngheo.support.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.giamngheo.support.ProgramKind;
import vn.giamngheo.support.persistence.LoanService;
import vn.giamngheo.support.persistence.LoanStatus;
import vn.giamngheo.support.persistence.SupportCatalogue;
import vn.giamngheo.support.persistence.SupportHouseholds;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * VBSP loans of the caller's communes: list with balances by program, record and update.
 */
@Controller
@RequestMapping("/support/loans")
class LoanController {

	private static final String FORM = "support/loan-form";

	private final LoanService loans;

	private final SupportHouseholds households;

	private final SupportCatalogue catalogue;

	private final Clock clock;

	LoanController(LoanService loans, SupportHouseholds households, SupportCatalogue catalogue, Clock clock) {
		this.loans = loans;
		this.households = households;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long commune, Model model, Scope scope) {
		model.addAttribute("loans", loans.list(commune, scope, 200));
		model.addAttribute("balances", loans.balances(commune, scope));
		return "support/loans";
	}

	@GetMapping("/new")
	String showCreate(Model model) {
		LoanForm form = new LoanForm();
		form.setRequestedOn(LocalDate.now(clock));
		model.addAttribute("loan", form);
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("loan") LoanForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		Optional<Long> household = households.householdIdByCode(form.getHouseholdCode(), scope);
		if (household.isEmpty() && !result.hasFieldErrors("householdCode")) {
			result.rejectValue("householdCode", "support.household.notFound");
		}
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			loans.create(form.toCommand(household.get()), scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.support.loan.saved");
			return "redirect:/support/loans";
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return form(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String showEdit(@PathVariable long id, Model model, Scope scope) {
		var loan = loans.get(id, scope);
		model.addAttribute("loan", LoanForm.of(loan, catalogue.byCode(loan.programCode()).id()));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("loan") LoanForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Scope scope, AppUser caller) {
		var loan = loans.get(id, scope);
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			loans.update(id, form.getVersion(), form.toCommand(loan.householdId()), scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.support.loan.saved");
			return "redirect:/support/loans";
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
		}
		catch (ConcurrentEditException conflict) {
			result.reject("support.conflict", new Object[] { conflict.lastEditor() }, null);
		}
		return form(model, id);
	}

	private String form(Model model, Long id) {
		model.addAttribute("loanId", id);
		model.addAttribute("programs",
				catalogue.active().stream().filter(p -> p.kind() == ProgramKind.CREDIT).toList());
		model.addAttribute("statuses", LoanStatus.values());
		return FORM;
	}

}

package vn.giamngheo.support.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.support.Beneficiary;
import vn.giamngheo.support.CoverageRole;
import vn.giamngheo.support.DuplicatePeriod;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.HouseholdFlag;
import vn.giamngheo.support.ProgramKind;
import vn.giamngheo.support.SupportUnit;
import vn.giamngheo.support.persistence.SupportCatalogue;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/** The program catalogue: everyone reads it, district officers keep it. */
@Controller
@RequestMapping("/support/programs")
class ProgramController {

	private static final String FORM = "support/program-form";

	private final SupportCatalogue catalogue;

	ProgramController(SupportCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	String list(Model model, Scope scope) {
		model.addAttribute("programs", catalogue.all());
		model.addAttribute("mayEdit", scope.mayManageSupportCatalogue());
		return "support/programs";
	}

	@GetMapping("/new")
	String showCreate(Model model, Scope scope) {
		requireDistrictOfficer(scope);
		model.addAttribute("program", new ProgramForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("program") ProgramForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			catalogue.create(form.toCommand(), scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.support.program.saved");
			return "redirect:/support/programs";
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return form(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String showEdit(@PathVariable long id, Model model, Scope scope) {
		requireDistrictOfficer(scope);
		model.addAttribute("program", ProgramForm.of(catalogue.get(id)));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("program") ProgramForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Scope scope, AppUser caller) {
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			catalogue.update(id, form.getVersion(), form.toCommand(), scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.support.program.saved");
			return "redirect:/support/programs";
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
		}
		catch (ConcurrentEditException conflict) {
			result.reject("support.conflict", new Object[] { conflict.lastEditor() }, null);
		}
		return form(model, id);
	}

	private static void requireDistrictOfficer(Scope scope) {
		if (!scope.mayManageSupportCatalogue()) {
			throw new OutOfScopeException("only district officers edit the support catalogue");
		}
	}

	private String form(Model model, Long id) {
		model.addAttribute("programId", id);
		model.addAttribute("parents",
				catalogue.all().stream().filter(p -> p.kind() == ProgramKind.NTP_PROJECT).toList());
		model.addAttribute("kinds", ProgramKind.values());
		model.addAttribute("units", SupportUnit.values());
		model.addAttribute("beneficiaries", Beneficiary.values());
		model.addAttribute("categories", HouseholdCategory.values());
		model.addAttribute("flags", HouseholdFlag.values());
		model.addAttribute("periods", DuplicatePeriod.values());
		model.addAttribute("sources", FundingSource.values());
		model.addAttribute("coverageRoles", CoverageRole.values());
		return FORM;
	}

}

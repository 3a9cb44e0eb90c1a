package vn.giamngheo.household.web;

import jakarta.validation.Valid;
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
import vn.giamngheo.household.Disability;
import vn.giamngheo.household.EducationLevel;
import vn.giamngheo.household.Employment;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Schooling;
import vn.giamngheo.household.Sex;
import vn.giamngheo.household.persistence.Household;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;

/** Adds, edits and removes the members of a household. */
@Controller
@RequestMapping("/households/{householdId}/members")
class MemberController {

	private static final String FORM = "households/member-form";

	private final HouseholdService households;

	private final vn.giamngheo.shared.web.TierWording tier;

	MemberController(HouseholdService households, vn.giamngheo.shared.web.TierWording tier) {
		this.households = households;
		this.tier = tier;
	}

	@ModelAttribute
	void pickLists(@PathVariable long householdId, Model model, Scope scope) {
		Household household = households.get(householdId, scope);
		model.addAttribute("household", household);
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("ethnicities", Ethnicity.values());
		model.addAttribute("relationships", Relationship.values());
		model.addAttribute("disabilities", Disability.values());
		model.addAttribute("schoolings", Schooling.values());
		model.addAttribute("educationLevels", EducationLevel.values());
		model.addAttribute("employments", Employment.values());
	}

	@GetMapping("/new")
	String showCreateForm(@ModelAttribute("household") Household household, Model model) {
		MemberForm form = new MemberForm();
		form.setEthnicity(household.getEthnicity());
		form.setVersion(household.getVersion());
		model.addAttribute("form", form);
		return FORM;
	}

	@PostMapping("/new")
	String create(@PathVariable long householdId, @Valid @ModelAttribute("form") MemberForm form, BindingResult result,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			households.addMember(householdId, form.getVersion(), form.toCommand(), scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.member.added");
			return "redirect:/households/" + householdId;
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), tier.key(problem.messageKey()));
		}
		catch (ConcurrentEditException conflict) {
			result.reject("household.conflict", new Object[] { conflict.lastEditor() }, null);
		}
		return FORM;
	}

	@GetMapping("/{memberId}/edit")
	String showEditForm(@PathVariable long householdId, @PathVariable long memberId, Model model, Scope scope) {
		model.addAttribute("memberId", memberId);
		model.addAttribute("form", MemberForm.of(households.member(householdId, memberId, scope)));
		return FORM;
	}

	@PostMapping("/{memberId}/edit")
	String update(@PathVariable long householdId, @PathVariable long memberId,
			@Valid @ModelAttribute("form") MemberForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		model.addAttribute("memberId", memberId);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			households.updateMember(householdId, memberId, form.getVersion(), form.toCommand(), scope,
					caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.member.updated");
			return "redirect:/households/" + householdId;
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), tier.key(problem.messageKey()));
		}
		catch (ConcurrentEditException conflict) {
			result.reject("household.conflict", new Object[] { conflict.lastEditor() }, null);
		}
		return FORM;
	}

	@PostMapping("/{memberId}/delete")
	String delete(@PathVariable long householdId, @PathVariable long memberId, RedirectAttributes redirect, Scope scope,
			AppUser caller) {
		households.removeMember(householdId, memberId, scope, caller.getUsername());
		redirect.addFlashAttribute("flash", "flash.member.removed");
		return "redirect:/households/" + householdId;
	}

}

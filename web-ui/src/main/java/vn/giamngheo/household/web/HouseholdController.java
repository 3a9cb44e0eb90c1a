package vn.giamngheo.household.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.household.persistence.Household;
import vn.giamngheo.household.persistence.HouseholdQueries;
import vn.giamngheo.household.persistence.HouseholdService;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * The household register of the caller's communes: list, search, detail, create and edit.
 */
@Controller
@RequestMapping("/households")
class HouseholdController {

	static final int PAGE_SIZE = 20;

	private static final String FORM = "households/form";

	private final HouseholdService households;

	private final HouseholdQueries queries;

	private final AreaQueries areas;

	private final Clock clock;

	private vn.giamngheo.household.persistence.HouseholdRegistration registration;

	@org.springframework.beans.factory.annotation.Autowired
	void setRegistration(vn.giamngheo.household.persistence.HouseholdRegistration registration) {
		this.registration = registration;
	}

	/**
	 * "liên hệ cán bộ Sở" rather than "Phòng LĐ-TB&XH" where the province has no district
	 * (issue 14).
	 */
	private final vn.giamngheo.shared.web.TierWording tier;

	HouseholdController(HouseholdService households, HouseholdQueries queries, AreaQueries areas, Clock clock,
			vn.giamngheo.shared.web.TierWording tier) {
		this.tier = tier;
		this.households = households;
		this.queries = queries;
		this.areas = areas;
		this.clock = clock;
	}

	@ModelAttribute
	void pickLists(Model model) {
		model.addAttribute("ethnicities", Ethnicity.values());
		model.addAttribute("categories", HouseholdCategory.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) Long commune, @RequestParam(required = false) Long village,
			@RequestParam(required = false) HouseholdCategory category,
			@RequestParam(required = false) Ethnicity ethnicity, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Model model, Scope scope) {
		var filter = new HouseholdQueries.Filter(commune, village, category, ethnicity, q);
		model.addAttribute("filter", filter);
		// Sortable columns (issue 13): a whitelisted key, anything else is the register
		// order by name.
		HouseholdQueries.Sort by = HouseholdQueries.Sort.of(sort);
		boolean descending = "desc".equals(dir);
		model.addAttribute("sortColumn", by.name().toLowerCase(java.util.Locale.ROOT));
		model.addAttribute("sortDir", descending ? "desc" : "asc");
		model.addAttribute("result", queries.find(filter, scope, Math.max(0, page), PAGE_SIZE, by, descending));
		model.addAttribute("communes", areas.communesOf(scope));
		model.addAttribute("villages", areas.villagesOf(scope));
		return "households/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model, Scope scope) {
		Household household = households.get(id, scope);
		model.addAttribute("household", household);
		model.addAttribute("commune", areas.get(household.getCommuneId()));
		model.addAttribute("village", areas.get(household.getVillageId()));
		model.addAttribute("history", households.history(household));
		model.addAttribute("today", LocalDate.now(clock));
		return "households/detail";
	}

	@GetMapping("/new")
	String showCreateForm(Model model, Scope scope) {
		model.addAttribute("form", new HouseholdForm());
		return form(model, null, scope);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") HouseholdForm form, BindingResult result, Model model,
			RedirectAttributes redirect,
			@org.springframework.web.bind.annotation.RequestParam(required = false) java.util.UUID submissionToken,
			Scope scope, AppUser caller) {
		if (result.hasErrors()) {
			return form(model, null, scope);
		}
		try {
			long id = registration.registerOnce(submissionToken, form.toCommand(), scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.household.created");
			return "redirect:/households/" + id;
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), tier.key(problem.messageKey()));
			return form(model, null, scope);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, Model model, Scope scope) {
		model.addAttribute("form", HouseholdForm.of(households.get(id, scope)));
		return form(model, id, scope);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") HouseholdForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Scope scope, AppUser caller) {
		if (result.hasErrors()) {
			return form(model, id, scope);
		}
		try {
			households.update(id, form.getVersion(), form.toCommand(), scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.household.updated");
			return "redirect:/households/" + id;
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), tier.key(problem.messageKey()));
		}
		catch (ConcurrentEditException conflict) {
			result.reject("household.conflict", new Object[] { conflict.lastEditor() }, null);
		}
		return form(model, id, scope);
	}

	private String form(Model model, Long id, Scope scope) {
		model.addAttribute("householdId", id);
		model.addAttribute("villages", areas.villagesOf(scope));
		model.addAttribute("communes", areas.communesOf(scope));
		return FORM;
	}

}

package vn.giamngheo.support.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.persistence.DisbursementRow;
import vn.giamngheo.support.persistence.DuplicateBenefit;
import vn.giamngheo.support.persistence.EligibilityWarning;
import vn.giamngheo.support.persistence.SupportCatalogue;
import vn.giamngheo.support.persistence.SupportQueries;
import vn.giamngheo.support.persistence.SupportService;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.web.CurrentUser;
import vn.giamngheo.shared.web.Fmt;

/** Recording support: one household or person at a time, or a whole list in one step after a preview. */
@Controller
@RequestMapping("/support")
class SupportController {

	private static final String FORM = "support/form";

	private static final String BULK = "support/bulk";

	private final SupportService support;

	private final SupportCatalogue catalogue;

	private final SupportQueries queries;

	private final SupportMessages messages;

	private final Fmt fmt;

	private final Clock clock;

	private final org.springframework.context.MessageSource messageSource;

	SupportController(SupportService support, SupportCatalogue catalogue, SupportQueries queries, SupportMessages messages, Fmt fmt, Clock clock,
			org.springframework.context.MessageSource messageSource) {
		this.messageSource = messageSource;
		this.support = support;
		this.catalogue = catalogue;
		this.queries = queries;
		this.messages = messages;
		this.fmt = fmt;
		this.clock = clock;
	}

	@GetMapping
	String index(@RequestParam(required = false) Long commune, @RequestParam(required = false) Long program,
			Model model) {
		var filter = new SupportQueries.Filter(null, null, commune, program, null);
		model.addAttribute("rows", queries.recent(filter, CurrentUser.scope(), 50));
		model.addAttribute("communes", queries.communes(CurrentUser.scope()));
		model.addAttribute("programs", catalogue.all());
		model.addAttribute("filter", filter);
		return "support/index";
	}

	@GetMapping("/households/{id}")
	String household(@PathVariable long id, Model model) {
		model.addAttribute("household", support.household(id, CurrentUser.scope()));
		model.addAttribute("rows", support.disbursementsOf(id, CurrentUser.scope()));
		return "support/household";
	}

	@GetMapping("/new")
	String showForm(@RequestParam(required = false) Long household, Model model) {
		DisbursementForm form = new DisbursementForm();
		form.setDisbursedOn(LocalDate.now(clock));
		if (household != null) {
			form.setHouseholdCode(support.household(household, CurrentUser.scope()).code());
		}
		model.addAttribute("disbursement", form);
		return form(model, household);
	}

	@PostMapping("/new")
	String record(@Valid @ModelAttribute("disbursement") DisbursementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<Long> household = support.householdIdByCode(form.getHouseholdCode(), CurrentUser.scope());
		if (household.isEmpty() && !result.hasFieldErrors("householdCode")) {
			result.rejectValue("householdCode", "support.household.notFound");
		}
		if (result.hasErrors()) {
			return form(model, household.orElse(null));
		}
		try {
			support.record(form.toCommand(household.get()), CurrentUser.scope(), CurrentUser.username());
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
		return form(model, household.get());
	}

	private String form(Model model, Long householdId) {
		model.addAttribute("programs", catalogue.active().stream()
			.filter(p -> p.kind() != vn.giamngheo.support.ProgramKind.CREDIT).toList());
		model.addAttribute("sources", FundingSource.values());
		Map<Long, String> members = householdId == null ? Map.of() : support.members(householdId, CurrentUser.scope());
		model.addAttribute("members", members);
		model.addAttribute("householdId", householdId);
		return FORM;
	}

	@GetMapping("/bulk")
	String showBulk(Model model) {
		BulkForm form = new BulkForm();
		form.setDisbursedOn(LocalDate.now(clock));
		var communes = queries.communes(CurrentUser.scope());
		if (communes.size() == 1) {
			form.setCommuneId(communes.get(0).id());
		}
		model.addAttribute("bulk", form);
		return bulk(model);
	}

	@PostMapping("/bulk/preview")
	String preview(@Valid @ModelAttribute("bulk") BulkForm form, BindingResult result, Model model,
			java.util.Locale locale) {
		if (result.hasErrors()) {
			return bulk(model);
		}
		try {
			var preview = support.previewBulk(form.toCommand(), CurrentUser.scope());
			form.setSelected(new java.util.LinkedHashSet<>(preview.rows().stream()
				.filter(SupportService.BulkRow::willRecord).map(SupportService.BulkRow::householdId).toList()));
			model.addAttribute("preview", preview);
			// The live summary's pattern: app.js puts the ticked count and total in place of %N% and %T%.
			model.addAttribute("liveSummary", messageSource.getMessage("ux13.bulk.live",
					new Object[] { "%N%", "%T%", fmt.number(preview.skipCount()) }, locale));
			model.addAttribute("warnings", preview.rows().stream().filter(r -> r.warning() != null)
				.collect(java.util.stream.Collectors.toMap(SupportService.BulkRow::householdId,
						r -> messages.warning(r.warning()))));
			return "support/bulk-preview";
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return bulk(model);
		}
	}

	@PostMapping("/bulk/back")
	String back(@ModelAttribute("bulk") BulkForm form, Model model) {
		return bulk(model);
	}

	@PostMapping("/bulk")
	String recordBulk(@Valid @ModelAttribute("bulk") BulkForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return bulk(model);
		}
		try {
			var done = support.recordBulk(form.toCommand(), form.getSelected(), CurrentUser.scope(),
					CurrentUser.username());
			redirect.addFlashAttribute("flash", "flash.support.bulk");
			redirect.addFlashAttribute("flashArgs", List.of(fmt.number(done.recorded()),
					fmt.money(done.totalAmount() == null ? 0L : done.totalAmount()), fmt.number(done.skipped())));
			return "redirect:/support?commune=" + form.getCommuneId() + "&program=" + form.getProgramId();
		}
		catch (FieldProblem problem) {
			if ("selected".equals(problem.field())) {
				result.reject(problem.messageKey());
			}
			else {
				result.rejectValue(problem.field(), problem.messageKey());
			}
			return bulk(model);
		}
	}

	private String bulk(Model model) {
		model.addAttribute("communes", queries.communes(CurrentUser.scope()));
		model.addAttribute("programs", catalogue.active().stream()
			.filter(p -> p.beneficiary() == vn.giamngheo.support.Beneficiary.HOUSEHOLD
					&& p.kind() != vn.giamngheo.support.ProgramKind.CREDIT)
			.toList());
		model.addAttribute("sources", FundingSource.values());
		model.addAttribute("categories", HouseholdCategory.values());
		return BULK;
	}
}

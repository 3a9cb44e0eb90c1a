package vn.giamngheo.support.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.support.Beneficiary;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.ProgramKind;
import vn.giamngheo.support.persistence.BulkDisbursements;
import vn.giamngheo.support.persistence.SupportCatalogue;
import vn.giamngheo.support.persistence.SupportQueries;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.web.Fmt;

/**
 * Recording the same benefit for a whole list of households ({@code /support/bulk}): the
 * form, the preview of who it reaches and who it skips as a duplicate, and the
 * confirmation that records the ticked households.
 */
@Controller
@RequestMapping("/support")
class BulkDisbursementController {

	private static final String BULK = "support/bulk";

	private final BulkDisbursements bulk;

	private final SupportCatalogue catalogue;

	private final SupportQueries queries;

	private final SupportMessages messages;

	private final Fmt fmt;

	private final Clock clock;

	private final MessageSource messageSource;

	BulkDisbursementController(BulkDisbursements bulk, SupportCatalogue catalogue, SupportQueries queries,
			SupportMessages messages, Fmt fmt, Clock clock, MessageSource messageSource) {
		this.bulk = bulk;
		this.catalogue = catalogue;
		this.queries = queries;
		this.messages = messages;
		this.fmt = fmt;
		this.clock = clock;
		this.messageSource = messageSource;
	}

	@GetMapping("/bulk")
	String showBulk(Model model, Scope scope) {
		BulkForm form = new BulkForm();
		form.setDisbursedOn(LocalDate.now(clock));
		var communes = queries.communes(scope);
		if (communes.size() == 1) {
			form.setCommuneId(communes.get(0).id());
		}
		model.addAttribute("bulk", form);
		return page(model, scope);
	}

	@PostMapping("/bulk/preview")
	String preview(@Valid @ModelAttribute("bulk") BulkForm form, BindingResult result, Model model, Locale locale,
			Scope scope) {
		if (result.hasErrors()) {
			return page(model, scope);
		}
		try {
			var preview = bulk.previewBulk(form.toCommand(), scope);
			form.setSelected(new LinkedHashSet<>(preview.rows()
				.stream()
				.filter(BulkDisbursements.BulkRow::willRecord)
				.map(BulkDisbursements.BulkRow::householdId)
				.toList()));
			model.addAttribute("preview", preview);
			// The live summary's pattern: app.js puts the ticked count and total in place
			// of %N% and %T%.
			model.addAttribute("liveSummary", messageSource.getMessage("ux13.bulk.live",
					new Object[] { "%N%", "%T%", fmt.number(preview.skipCount()) }, locale));
			model.addAttribute("warnings", preview.rows()
				.stream()
				.filter(r -> r.warning() != null)
				.collect(Collectors.toMap(BulkDisbursements.BulkRow::householdId, r -> messages.warning(r.warning()))));
			return "support/bulk-preview";
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return page(model, scope);
		}
	}

	@PostMapping("/bulk/back")
	String back(@ModelAttribute("bulk") BulkForm form, Model model, Scope scope) {
		return page(model, scope);
	}

	@PostMapping("/bulk")
	String recordBulk(@Valid @ModelAttribute("bulk") BulkForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		if (result.hasErrors()) {
			return page(model, scope);
		}
		try {
			var done = bulk.recordBulk(form.toCommand(), form.getSelected(), scope, caller.getUsername());
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
			return page(model, scope);
		}
	}

	private String page(Model model, Scope scope) {
		model.addAttribute("communes", queries.communes(scope));
		model.addAttribute("programs",
				catalogue.active()
					.stream()
					.filter(p -> p.beneficiary() == Beneficiary.HOUSEHOLD && p.kind() != ProgramKind.CREDIT)
					.toList());
		model.addAttribute("sources", FundingSource.values());
		model.addAttribute("categories", HouseholdCategory.values());
		return BULK;
	}

}

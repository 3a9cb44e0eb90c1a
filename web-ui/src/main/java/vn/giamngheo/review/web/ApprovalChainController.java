package vn.giamngheo.review.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.AreaView;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.review.chain.ApprovalChain;
import vn.giamngheo.review.persistence.ApprovalChains;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * The administrator chooses each province's approval chain for a period and adjusts its
 * deadlines (issue 14, item 1). Under /areas, so only administrators reach it
 * (SecurityConfiguration); the service checks the role too.
 */
@Controller
@RequestMapping("/areas/approval-chains")
class ApprovalChainController {

	/** A province with the chain it uses today and its recorded choices. */
	record ProvinceRow(AreaView province, ApprovalChain today, List<ApprovalChains.Choice> choices,
			boolean communeOwnsPlan) {
	}

	private final ApprovalChains chains;

	private final AreaQueries areas;

	private final Clock clock;

	ApprovalChainController(ApprovalChains chains, AreaQueries areas, Clock clock) {
		this.chains = chains;
		this.areas = areas;
		this.clock = clock;
	}

	@GetMapping
	String page(Model model) {
		LocalDate today = LocalDate.now(clock);
		List<ProvinceRow> rows = areas.byLevel(AreaLevel.PROVINCE)
			.stream()
			.sorted(java.util.Comparator.comparing(AreaView::code))
			.map(p -> new ProvinceRow(p, chains.chainOf(p.id(), today), chains.choices(p.id()),
					chains.communeOwnsPlan(p.id())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("chainIds", ApprovalChain.shippedIds());
		model.addAttribute("shipped",
				ApprovalChain.shippedIds().stream().map(id -> ApprovalChain.shipped(id).orElseThrow()).toList());
		return "areas/approval-chains";
	}

	@PostMapping
	String choose(@RequestParam long provinceId, @RequestParam String chainId,
			@RequestParam(required = false) String validFrom, @RequestParam(required = false) String validTo,
			@RequestParam(required = false) String deadlineDays,
			@RequestParam(defaultValue = "false") boolean enforceDeadlines, RedirectAttributes redirect, Scope scope,
			AppUser caller) {
		try {
			chains.choose(provinceId, chainId, date(validFrom, "validFrom"), date(validTo, "validTo"), deadlineDays,
					enforceDeadlines, scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.approvalChain.saved");
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
		}
		return "redirect:/areas/approval-chains";
	}

	/**
	 * Whether the province's commune officials own their commune's plan and figures
	 * (V66).
	 */
	@PostMapping("/plan")
	String plan(@RequestParam long provinceId, @RequestParam(defaultValue = "false") boolean communeOwnsPlan,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		AreaView province = areas.find(provinceId)
			.filter(a -> a.level() == AreaLevel.PROVINCE)
			.orElseThrow(() -> new vn.giamngheo.shared.persistence.OutOfScopeException("not a province"));
		chains.setCommuneOwnsPlan(province.id(), communeOwnsPlan, scope, caller.getUsername());
		redirect.addFlashAttribute("flash", "flash.approvalChain.planSaved");
		return "redirect:/areas/approval-chains";
	}

	/** dd/MM/yyyy as typed; anything else is refused with the field's message. */
	private static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")
				.withResolverStyle(java.time.format.ResolverStyle.STRICT));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new FieldProblem(field, "review.chain.dateInvalid");
		}
	}

}

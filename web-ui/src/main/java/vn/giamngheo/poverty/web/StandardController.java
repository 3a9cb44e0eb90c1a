package vn.giamngheo.poverty.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.AreaThresholds;
import vn.giamngheo.poverty.Indicator;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.StandardStatus;
import vn.giamngheo.poverty.persistence.CatalogEntry;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.NotFoundException;

/**
 * The administrator's view of the poverty standards: every standard the engine knows, and
 * a form to add a provincial standard (a province may set a higher one, domain README
 * 1.6) or a new version of an existing one. Built-in national standards cannot be edited:
 * a correction is a new version, so past classifications stay reproducible (README 7.2
 * principle 3).
 */
@Controller
@RequestMapping("/poverty/standards")
class StandardController {

	static final String FORM = "poverty/standard-form";

	private final PovertyStandardCatalog catalog;

	StandardController(PovertyStandardCatalog catalog) {
		this.catalog = catalog;
	}

	@ModelAttribute
	void pickLists(Model model) {
		model.addAttribute("statuses", StandardStatus.values());
		model.addAttribute("catalogue", Indicator.catalogue().stream().map(Indicator::code).toList());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("entries", catalog.entries());
		return "poverty/standards";
	}

	/**
	 * @param from "ID:VERSION" of the standard to start from
	 * @param provincial true to start a provincial standard (new id, blank province),
	 * false for the next version
	 */
	@GetMapping("/new")
	String showForm(@RequestParam String from, @RequestParam(defaultValue = "false") boolean provincial, Model model) {
		PovertyStandard source = find(from).standard();
		StandardForm form = provincial ? StandardForm.copyOf(source, "", 1)
				: StandardForm.copyOf(source, source.id(), catalog.nextVersion(source.id()));
		if (provincial) {
			form.setJurisdiction("");
		}
		model.addAttribute("form", form);
		model.addAttribute("from", from);
		return FORM;
	}

	@PostMapping("/new")
	String save(@Valid @ModelAttribute("form") StandardForm form, BindingResult result,
			@RequestParam(required = false) String from, Model model, RedirectAttributes redirect, AppUser caller) {
		model.addAttribute("from", from);
		if (result.hasErrors()) {
			return FORM;
		}
		PovertyStandard standard = build(form, result);
		if (standard == null) {
			return FORM;
		}
		try {
			catalog.save(standard, caller.getUsername());
		}
		catch (FieldProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return FORM;
		}
		redirect.addFlashAttribute("flash", "flash.poverty.standard.saved");
		redirect.addFlashAttribute("flashArgs", List.of(standard.id(), standard.version()));
		return "redirect:/poverty/standards";
	}

	/**
	 * Builds the standard with the engine, which is where the rules of a consistent
	 * standard live; each refusal is mapped to the field it concerns. Returns null when a
	 * field was refused.
	 */
	static PovertyStandard build(StandardForm f, BindingResult result) {
		AreaThresholds rural = thresholds("rural", f.getRuralAbsolutePoorLine(), f.getRuralIncomeLine(),
				f.getRuralAverageLivingCeiling(), f.getRuralB1Cutoff(), result);
		AreaThresholds urban = thresholds("urban", f.getUrbanAbsolutePoorLine(), f.getUrbanIncomeLine(),
				f.getUrbanAverageLivingCeiling(), f.getUrbanB1Cutoff(), result);
		List<String> codes = f.allIndicatorCodes();
		if (codes.isEmpty()) {
			result.rejectValue("indicatorCodes", "poverty.standard.indicators.required");
		}
		else if (f.getMinDeficiencies() > codes.size()) {
			result.rejectValue("minDeficiencies", "poverty.standard.minDeficiencies.tooMany",
					new Object[] { codes.size() }, null);
		}
		if (f.getValidTo().isBefore(f.getValidFrom())) {
			result.rejectValue("validTo", "poverty.standard.validTo.beforeFrom");
		}
		IndicatorCutoffs cutoffs = cutoffs(f.getCutoffs(), result);
		if (result.hasErrors()) {
			return null;
		}
		vn.giamngheo.poverty.StandardBuilder builder = PovertyStandard.builder(f.getStandardId(), f.getVersion())
			.jurisdiction(f.getJurisdiction())
			.valid(f.getValidFrom(), f.getValidTo())
			.status(f.getStatus())
			.thresholds(AreaType.RURAL, rural)
			.thresholds(AreaType.URBAN, urban)
			.indicators(codes)
			.minDeficiencies(f.getMinDeficiencies())
			.b2PointsPerDeficiency(f.getB2PointsPerDeficiency())
			.cutoffs(cutoffs)
			.legalReference(f.getLegalReference().trim());
		f.unconfirmedList().forEach(builder::unconfirmed);
		try {
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			// Everything the engine checks is checked above with a field message; this is
			// the safety net.
			result.reject("poverty.standard.invalid", new Object[] { ex.getMessage() }, null);
			return null;
		}
	}

	private static AreaThresholds thresholds(String prefix, Long absolute, Long line, Long ceiling, Integer b1,
			BindingResult result) {
		try {
			return new AreaThresholds(absolute, line, ceiling, b1);
		}
		catch (IllegalArgumentException ex) {
			// The engine's refusals (AreaThresholds' constructor) name the threshold they
			// concern.
			String message = ex.getMessage();
			String field = message.startsWith("absolute") ? "AbsolutePoorLine" : message.startsWith("average-living")
					? "AverageLivingCeiling" : message.startsWith("B1") ? "B1Cutoff" : "IncomeLine";
			result.rejectValue(prefix + field, "poverty.standard.threshold." + field);
			return null;
		}
	}

	/** The cut-offs the engine compares with another one; each has its own message. */
	private static final Set<String> RISING = Set.of("workingAgeMax", "adultEducationUpperBarAge",
			"schoolAttendanceAgeLimit");

	/**
	 * The engine's checks between cut-offs (ages that must rise); its refusal starts with
	 * the cut-off's name, so it is shown next to that field.
	 */
	private static IndicatorCutoffs cutoffs(CutoffsForm form, BindingResult result) {
		if (form == null) {
			return IndicatorCutoffs.DECREE_07_2021;
		}
		try {
			return IndicatorCutoffs.of(form.byName(), IndicatorCutoffs.DECREE_07_2021);
		}
		catch (IllegalArgumentException ex) {
			String message = ex.getMessage();
			String name = IndicatorCutoffs.DECREE_07_2021.byName()
				.keySet()
				.stream()
				.filter(message::startsWith)
				.findFirst()
				.orElse("workingAgeMin");
			result.rejectValue("cutoffs." + name, RISING.contains(name)
					? "poverty.standard.cutoffs.inconsistent." + name : "poverty.standard.cutoffs.invalid");
			return null;
		}
	}

	private CatalogEntry find(String key) {
		int colon = key.lastIndexOf(':');
		if (colon < 1) {
			throw new NotFoundException("standard", key);
		}
		try {
			return catalog.find(key.substring(0, colon), Integer.parseInt(key.substring(colon + 1)))
				.orElseThrow(() -> new NotFoundException("standard", key));
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("standard", key);
		}
	}

	/**
	 * Codes to offer as checkboxes: the national catalogue plus any code a stored
	 * standard defines.
	 */
	@ModelAttribute("allCodes")
	List<String> allCodes() {
		Set<String> codes = new LinkedHashSet<>(Indicator.catalogue().stream().map(Indicator::code).toList());
		catalog.entries().forEach(e -> codes.addAll(e.standard().indicatorCodes()));
		return new ArrayList<>(codes);
	}

}

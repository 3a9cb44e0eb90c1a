package vn.giamngheo.poverty.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.IndicatorResult;
import vn.giamngheo.poverty.IndicatorSource;
import vn.giamngheo.poverty.MonthlyIncome;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.DwellingFacts;
import vn.giamngheo.poverty.facts.EducationLevel;
import vn.giamngheo.poverty.facts.EmploymentStatus;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.InformationDevice;
import vn.giamngheo.poverty.facts.LatrineType;
import vn.giamngheo.poverty.facts.MemberFacts;
import vn.giamngheo.poverty.facts.WaterSource;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.poverty.rules.IndicatorRules;

/**
 * The officers' poverty calculator: income, members and dwelling facts in, category, income line and every
 * indicator with its reason out (Decree 07/2021/NĐ-CP Art. 3). The page works by plain form posts; its script posts
 * the same form to {@code /evaluate} as the officer types and swaps in the result fragment. Nothing is stored.
 */
@Controller
@RequestMapping("/poverty/calculator")
class CalculatorController {

	static final String PAGE = "poverty/calculator";

	private final PovertyStandardCatalog catalog;

	private final MessageSource messages;

	private final Clock clock;

	CalculatorController(PovertyStandardCatalog catalog, MessageSource messages, Clock clock) {
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
	}

	/** One indicator as the result table shows it; reasons already in the reader's language. */
	public record IndicatorRow(String code, boolean deficient, boolean entered, List<String> reasons) {
	}

	public record Outcome(Classification classification, PovertyStandard standard, long income, List<IndicatorRow> rows) {
	}

	public record FieldMessage(String field, String message) {
	}

	@ModelAttribute
	void pickLists(Model model) {
		model.addAttribute("areaTypes", AreaType.values());
		model.addAttribute("incomeModes", CalculatorForm.IncomeMode.values());
		model.addAttribute("educationLevels", EducationLevel.values());
		model.addAttribute("employments", EmploymentStatus.values());
		model.addAttribute("waterSources", WaterSource.values());
		model.addAttribute("latrines", LatrineType.values());
		model.addAttribute("devices", InformationDevice.values());
		model.addAttribute("entries", CalculatorForm.Entry.values());
		model.addAttribute("indicatorCodes", indicatorCodes());
	}

	@GetMapping
	String show(Model model) {
		CalculatorForm form = new CalculatorForm();
		form.setReviewDate(LocalDate.now(clock));
		form.getMembers().add(new CalculatorForm.MemberRow());
		model.addAttribute("form", form);
		return PAGE;
	}

	/** Without JavaScript: add or remove a member row, or evaluate and show the whole page. */
	@PostMapping
	String submit(@Valid @ModelAttribute("form") CalculatorForm form, BindingResult result,
			@RequestParam(required = false) String addMember, @RequestParam(required = false) Integer removeMember,
			Model model, Locale locale) {
		if (addMember != null || removeMember != null) {
			if (addMember != null) {
				form.getMembers().add(new CalculatorForm.MemberRow());
			}
			else if (removeMember >= 0 && removeMember < form.getMembers().size()) {
				form.getMembers().remove((int) removeMember);
			}
			// Editing the rows is not a request to evaluate: no error messages yet.
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
			return PAGE;
		}
		model.addAttribute("outcome", evaluate(form, result, locale).orElse(null));
		return PAGE;
	}

	/** For the page's script: the result fragment, carrying the field errors for the script to place. */
	@PostMapping("/evaluate")
	String evaluateFragment(@Valid @ModelAttribute("form") CalculatorForm form, BindingResult result, Model model,
			Locale locale) {
		model.addAttribute("outcome", evaluate(form, result, locale).orElse(null));
		List<FieldMessage> fieldMessages = new ArrayList<>();
		for (FieldError e : result.getFieldErrors()) {
			fieldMessages.add(new FieldMessage(e.getField(), messages.getMessage(e, locale)));
		}
		model.addAttribute("fieldMessages", fieldMessages);
		model.addAttribute("globalMessages",
				result.getGlobalErrors().stream().map(e -> messages.getMessage(e, locale)).toList());
		return PAGE + " :: result";
	}

	Optional<Outcome> evaluate(CalculatorForm f, BindingResult result, Locale locale) {
		if (result.hasErrors()) {
			return Optional.empty();
		}
		Optional<PovertyStandard> applicable = catalog.standards().applicable(f.getProvinceCode(), f.getReviewDate());
		if (applicable.isEmpty()) {
			result.rejectValue("reviewDate", "poverty.calculator.reviewDate.noStandard");
			return Optional.empty();
		}
		PovertyStandard standard = applicable.get();
		Long income = income(f, result);
		Map<String, Boolean> entered = new LinkedHashMap<>();
		f.getEntered().forEach((code, entry) -> {
			if (entry != null && standard.defines(code)) {
				entered.put(code, entry == CalculatorForm.Entry.DEFICIENT);
			}
		});
		HouseholdFacts facts = facts(f, result);
		for (String code : standard.indicatorCodes()) {
			if (entered.containsKey(code)) {
				continue;
			}
			if (IndicatorRules.forCode(code).isEmpty()) {
				result.rejectValue("entered[" + code + "]", "poverty.calculator.indicator.noRule");
			}
			else if (facts == null && !result.hasFieldErrors("members")) {
				result.rejectValue("members", "poverty.calculator.members.required");
			}
		}
		if (result.hasErrors() || income == null) {
			return Optional.empty();
		}
		Classification c;
		try {
			c = standard.classify(f.getArea(), income, facts, entered);
		}
		catch (IllegalArgumentException ex) {
			result.reject("poverty.calculator.invalid", new Object[] { ex.getMessage() }, null);
			return Optional.empty();
		}
		List<IndicatorRow> rows = new ArrayList<>();
		for (IndicatorResult r : c.indicatorResults()) {
			rows.add(new IndicatorRow(r.code(), r.deficient(), r.source() == IndicatorSource.ENTERED,
					r.reasons().stream().map(reason -> reason.format(readerLocale(locale))).toList()));
		}
		return Optional.of(new Outcome(c, standard, income, rows));
	}

	private static Locale readerLocale(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Reason.VIETNAMESE;
	}

	private static Long income(CalculatorForm f, BindingResult result) {
		if (f.getIncomeMode() == CalculatorForm.IncomeMode.PER_CAPITA) {
			if (f.getMonthlyIncomePerCapita() == null) {
				result.rejectValue("monthlyIncomePerCapita", "poverty.calculator.income.required");
			}
			return f.getMonthlyIncomePerCapita();
		}
		if (f.getHouseholdMonthlyIncome() == null) {
			result.rejectValue("householdMonthlyIncome", "poverty.calculator.income.required");
			return null;
		}
		int members = f.getMemberCount() != null ? f.getMemberCount() : f.getMembers().size();
		if (members < 1) {
			result.rejectValue("memberCount", "poverty.calculator.memberCount.required");
			return null;
		}
		// Floored per person (MonthlyIncome): rounding never lifts a household above a line.
		return MonthlyIncome.perCapita(f.getHouseholdMonthlyIncome(), members);
	}

	private HouseholdFacts facts(CalculatorForm f, BindingResult result) {
		if (f.getMembers().isEmpty()) {
			return null;
		}
		if (f.getFloorArea() == null) {
			result.rejectValue("floorArea", "poverty.calculator.floorArea.required");
			return null;
		}
		List<MemberFacts> members = new ArrayList<>();
		for (int i = 0; i < f.getMembers().size(); i++) {
			CalculatorForm.MemberRow m = f.getMembers().get(i);
			String name = m.getFullName() == null || m.getFullName().isBlank()
					? messages.getMessage("poverty.calculator.member.defaultName", new Object[] { i + 1 },
							Reason.VIETNAMESE)
					: m.getFullName().trim();
			MemberFacts.Builder b = MemberFacts.builder(name, m.getDateOfBirth())
				.healthInsuranceCard(m.isHealthInsurance())
				.highestEducation(m.getHighestEducation())
				.employment(m.getEmployment())
				.disabled(m.isDisabled())
				.monthlySocialAllowance(m.isSocialAllowance())
				.malnourished(m.isMalnourished());
			if (m.isAttendingSchool()) {
				b.attending(m.getLevelAttended());
			}
			members.add(b.build());
		}
		return HouseholdFacts.builder(f.getReviewDate())
			.members(members)
			.dwelling(new DwellingFacts(f.isWallsDurable(), f.isFrameDurable(), f.isRoofDurable(), f.getFloorArea()))
			.waterSource(f.getWaterSource())
			.latrine(f.getLatrine())
			.anyoneUsesTelecom(f.isAnyoneUsesTelecom())
			.informationDevices(f.getInformationDevices())
			.receivesLoudspeakerBroadcast(f.isReceivesLoudspeakerBroadcast())
			.wasteTreatedHygienically(f.isWasteTreatedHygienically())
			.build();
	}

	/** Every indicator code of any known standard, so the officer can enter one directly whatever the date. */
	private List<String> indicatorCodes() {
		java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
		vn.giamngheo.poverty.Indicator.catalogue().forEach(i -> codes.add(i.code()));
		catalog.entries().forEach(e -> codes.addAll(e.standard().indicatorCodes()));
		return List.copyOf(codes);
	}
}

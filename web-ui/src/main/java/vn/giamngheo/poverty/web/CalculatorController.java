package vn.giamngheo.poverty.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;

/**
 * The officers' poverty calculator: income, members and dwelling facts in, category,
 * income line and every indicator with its reason out (Decree 07/2021/NĐ-CP Art. 3). The
 * page works by plain form posts; its script posts the same form to {@code /evaluate} as
 * the officer types and swaps in the result fragment. Nothing is stored.
 */
@Controller
@RequestMapping("/poverty/calculator")
class CalculatorController {

	static final String PAGE = "poverty/calculator";

	private final PovertyStandardCatalog catalog;

	private final MessageSource messages;

	private final FormEvaluator evaluator;

	private final CalculatorPickLists pickLists;

	private final Clock clock;

	CalculatorController(PovertyStandardCatalog catalog, MessageSource messages, FormEvaluator evaluator,
			CalculatorPickLists pickLists, Clock clock) {
		this.pickLists = pickLists;
		this.catalog = catalog;
		this.messages = messages;
		this.evaluator = evaluator;
		this.clock = clock;
	}

	public record FieldMessage(String field, String message) {
	}

	@ModelAttribute
	void pickLists(Model model) {
		pickLists.addTo(model);
	}

	@GetMapping
	String show(Model model) {
		CalculatorForm form = new CalculatorForm();
		form.setReviewDate(LocalDate.now(clock));
		form.getMembers().add(new CalculatorForm.MemberRow());
		model.addAttribute("form", form);
		return PAGE;
	}

	/**
	 * Without JavaScript: add or remove a member row, or evaluate and show the whole
	 * page.
	 */
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

	/**
	 * For the page's script: the result fragment, carrying the field errors for the
	 * script to place.
	 */
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

	Optional<FormEvaluator.Outcome> evaluate(CalculatorForm f, BindingResult result, Locale locale) {
		return evaluator.evaluate(f, result, locale);
	}

}

package vn.giamngheo.review.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

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
import tools.jackson.databind.ObjectMapper;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.household.RegisteredHousehold;
import vn.giamngheo.household.persistence.RegisteredHouseholds;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.poverty.web.CalculatorForm;
import vn.giamngheo.poverty.web.CalculatorPickLists;
import vn.giamngheo.poverty.web.FormEvaluator;
import vn.giamngheo.review.persistence.ReviewInput;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewRecords.Review;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * Entering one household's review: the calculator's form, pre-filled from the register
 * (or from the review saved before), showing the category and the reason of each
 * indicator live, and saving the inputs with the result.
 */
@Controller
@RequestMapping("/reviews/households/{householdId}")
class ReviewEntryController {

	private static final String PAGE = "poverty/calculator";

	private final ReviewService reviews;

	private final RegisteredHouseholds households;

	private final AreaQueries areas;

	private final PovertyStandardCatalog standards;

	private final FormEvaluator evaluator;

	private final CalculatorPickLists pickLists;

	private final ObjectMapper json;

	private final Clock clock;

	ReviewEntryController(ReviewService reviews, RegisteredHouseholds households, AreaQueries areas,
			PovertyStandardCatalog standards, FormEvaluator evaluator, CalculatorPickLists pickLists, ObjectMapper json,
			Clock clock) {
		this.reviews = reviews;
		this.households = households;
		this.areas = areas;
		this.standards = standards;
		this.evaluator = evaluator;
		this.pickLists = pickLists;
		this.json = json;
		this.clock = clock;
	}

	@ModelAttribute
	void context(@PathVariable long householdId, @RequestParam(required = false) Long campaign, Model model,
			Scope scope) {
		RegisteredHousehold household = households.get(householdId, scope);
		model.addAttribute("reviewHousehold", household);
		Campaign c = campaign == null ? null : reviews.campaign(campaign, scope);
		model.addAttribute("reviewCampaign", c);
		model.addAttribute("reviewStandard", standard(c, household).orElse(null)); // named
																					// by
																					// @standardNames
		model.addAttribute("formAction",
				"/reviews/households/" + householdId + (campaign == null ? "" : "?campaign=" + campaign));
		model.addAttribute("reviewBackUrl", c == null ? "/households/" + householdId
				: "/reviews/campaigns/" + c.id() + "/communes/" + household.communeId());
		pickLists.addTo(model);
	}

	@GetMapping
	String show(@PathVariable long householdId, @RequestParam(required = false) Long campaign, Model model,
			Scope scope) {
		RegisteredHousehold household = (RegisteredHousehold) model.getAttribute("reviewHousehold");
		Review existing = reviews.reviewOf(campaign, householdId, scope).orElse(null);
		CalculatorForm form = existing != null ? fromJson(existing.factsJson())
				: ReviewForms.fromRegister(household, areas.get(household.communeId()), LocalDate.now(clock));
		model.addAttribute("form", form);
		// -1: the form was made when the household had no review, which version 0 of a
		// new review must not match.
		model.addAttribute("reviewVersion", existing == null ? -1 : existing.version());
		return PAGE;
	}

	@PostMapping
	String save(@PathVariable long householdId, @RequestParam(required = false) Long campaign,
			@RequestParam(defaultValue = "-1") long reviewVersion, @Valid @ModelAttribute("form") CalculatorForm form,
			BindingResult result, @RequestParam(required = false) String addMember,
			@RequestParam(required = false) Integer removeMember, Model model, Locale locale,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		model.addAttribute("reviewVersion", reviewVersion);
		// Without JavaScript the member buttons are plain submits: they edit the rows and
		// save nothing. (Issue 13:
		// before, "Xóa" of the head was the form's first submit button, so Enter in the
		// income field removed him.)
		if (addMember != null || removeMember != null) {
			if (addMember != null) {
				form.getMembers().add(new CalculatorForm.MemberRow());
			}
			else if (removeMember >= 0 && removeMember < form.getMembers().size()) {
				form.getMembers().remove((int) removeMember);
			}
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
					new org.springframework.validation.BeanPropertyBindingResult(form, "form"));
			return PAGE;
		}
		RegisteredHousehold household = (RegisteredHousehold) model.getAttribute("reviewHousehold");
		Campaign c = (Campaign) model.getAttribute("reviewCampaign");
		PovertyStandard standard = standard(c, household).orElse(null);
		if (standard == null) {
			result.rejectValue("reviewDate", "poverty.calculator.reviewDate.noStandard");
			return PAGE;
		}
		var outcome = evaluator.evaluate(form, standard, result, locale);
		if (outcome.isEmpty()) {
			return PAGE;
		}
		model.addAttribute("outcome", outcome.get());
		Review existing = reviews.reviewOf(campaign, householdId, scope).orElse(null);
		try {
			long id = reviews
				.save(new ReviewInput(campaign, householdId, existing == null ? null : existing.id(), reviewVersion,
						form.getArea(), form.getHouseholdMonthlyIncome(), form.getMemberCount(), outcome.get().income(),
						form.getIncomeMode() == CalculatorForm.IncomeMode.B1_SCORE ? form.getB1Score() : null, null,
						outcome.get().facts(), outcome.get().entered(), json.writeValueAsString(form),
						// the classification shown is the one stored: the save checks it
						// is of these inputs, not redoes it
						outcome.get().classification()), scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.review.saved");
			return "redirect:/reviews/" + id;
		}
		catch (FieldProblem problem) {
			result.reject(problem.messageKey());
		}
		catch (ConcurrentEditException conflict) {
			result.reject("review.conflict", new Object[] { conflict.lastEditor() }, null);
		}
		return PAGE;
	}

	private java.util.Optional<PovertyStandard> standard(Campaign c, RegisteredHousehold household) {
		if (c != null) {
			return standards.standards().find(c.standardId(), c.standardVersion());
		}
		return standards.standards().applicable(provinceCode(household.communeId()), LocalDate.now(clock));
	}

	private String provinceCode(long areaId) {
		return areas.provinceOf(areaId).code();
	}

	private CalculatorForm fromJson(String stored) {
		return stored == null || stored.isBlank() || stored.equals("{}") ? new CalculatorForm()
				: json.readValue(stored, CalculatorForm.class);
	}

}

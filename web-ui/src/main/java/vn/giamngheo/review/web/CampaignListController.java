package vn.giamngheo.review.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.AreaView;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.area.persistence.AreaTree;
import vn.giamngheo.review.persistence.ApprovalChains;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * The review campaigns a caller sees, and opening one: the district's (after 2025 the
 * province's) officer.
 */
@Controller
@RequestMapping("/reviews")
class CampaignListController {

	private final ReviewService reviews;

	private final AreaQueries areas;

	private final AreaTree tree;

	private final Clock clock;

	private final ApprovalChains chains;

	CampaignListController(ReviewService reviews, AreaQueries areas, AreaTree tree, Clock clock,
			ApprovalChains chains) {
		this.reviews = reviews;
		this.areas = areas;
		this.tree = tree;
		this.clock = clock;
		this.chains = chains;
	}

	@GetMapping
	String index(Model model, Scope scope) {
		model.addAttribute("campaigns", reviews.campaigns(scope));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CampaignForm.forYear(LocalDate.now(clock).getYear()));
		}
		model.addAttribute("districts", districtsOfCaller(scope));
		model.addAttribute("choosableCommunes", choosableCommunes(scope));
		return "reviews/index";
	}

	@PostMapping("/campaigns")
	String open(@Valid @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		if (!result.hasErrors()) {
			try {
				long id = reviews.openCampaign(form.getYear(), form.getAreaId(), form.getPurpose(), form.getStartsOn(),
						form.getEndsOn(), Set.copyOf(form.getCommuneIds()), scope, caller.getUsername());
				redirect.addFlashAttribute("flash", "flash.review.campaignOpened");
				return "redirect:/reviews/campaigns/" + id;
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		model.addAttribute("campaigns", reviews.campaigns(scope));
		model.addAttribute("districts", districtsOfCaller(scope));
		model.addAttribute("choosableCommunes", choosableCommunes(scope));
		return "reviews/index";
	}

	/**
	 * Communes the caller may choose for a campaign: those of its scope, in Vietnamese
	 * order.
	 */
	private List<AreaView> choosableCommunes(Scope scope) {
		java.util.Comparator<String> vietnamese = vn.giamngheo.shared.VietnameseText.order();
		return !scope.mayOpenReviews() ? List.of()
				: areas.all(scope.communeIds())
					.stream()
					.sorted(java.util.Comparator.comparing(AreaView::name, vietnamese))
					.toList();
	}

	/**
	 * Districts the caller may open a review for: those all of whose communes are in the
	 * caller's scope.
	 */
	private List<AreaView> districtsOfCaller(Scope scope) {
		if (!scope.mayOpenReviews()) {
			return List.of();
		}
		Set<Long> parents = new java.util.HashSet<>();
		areas.all(scope.communeIds()).forEach(c -> parents.add(c.parentId()));
		return areas.all(parents)
			.stream()
			.filter(a -> a.level() == AreaLevel.DISTRICT || a.level() == AreaLevel.PROVINCE)
			.filter(a -> scope.communeIds().containsAll(tree.communesUnder(a.id()))
					// Two-level government: the province's officer opens the review for
					// its communes.
					|| a.level() == AreaLevel.PROVINCE && !chains.chainOf(a.id(), LocalDate.now(clock)).hasDistrict())
			.sorted(java.util.Comparator.comparing(AreaView::name))
			.toList();
	}

}

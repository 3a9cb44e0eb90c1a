package vn.giamngheo.review.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.giamngheo.account.Role;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.persistence.Area;
import vn.giamngheo.area.persistence.AreaRepository;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.web.CurrentUser;

/** Annual review campaigns and each commune's list: who is reviewed, where each review stands, and the list steps. */
@Controller
@RequestMapping("/reviews")
class ReviewController {

	private final ReviewService reviews;

	private final AreaRepository areas;

	private final Clock clock;

	ReviewController(ReviewService reviews, AreaRepository areas, Clock clock) {
		this.reviews = reviews;
		this.areas = areas;
		this.clock = clock;
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("campaigns", reviews.campaigns(CurrentUser.scope()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CampaignForm.forYear(LocalDate.now(clock).getYear()));
		}
		model.addAttribute("districts", districtsOfCaller());
		return "reviews/index";
	}

	@PostMapping("/campaigns")
	String open(@Valid @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = reviews.openCampaign(form.getYear(), form.getAreaId(), form.getStartsOn(), form.getEndsOn(),
						CurrentUser.scope(), CurrentUser.username());
				redirect.addFlashAttribute("flash", "flash.review.campaignOpened");
				return "redirect:/reviews/campaigns/" + id;
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		model.addAttribute("campaigns", reviews.campaigns(CurrentUser.scope()));
		model.addAttribute("districts", districtsOfCaller());
		return "reviews/index";
	}

	@GetMapping("/campaigns/{id}")
	String campaign(@PathVariable long id, Model model) {
		Campaign campaign = reviews.campaign(id, CurrentUser.scope());
		List<Area> communes = reviews.communesOf(campaign, CurrentUser.scope());
		if (communes.size() == 1) {
			return "redirect:/reviews/campaigns/" + id + "/communes/" + communes.get(0).getId();
		}
		model.addAttribute("campaign", campaign);
		model.addAttribute("lists", communes.stream()
			.map(c -> reviews.communeList(id, c.getId(), CurrentUser.scope()))
			.toList());
		return "reviews/campaign";
	}

	@GetMapping("/campaigns/{id}/communes/{communeId}")
	String worklist(@PathVariable long id, @PathVariable long communeId, Model model) {
		model.addAttribute("campaign", reviews.campaign(id, CurrentUser.scope()));
		model.addAttribute("list", reviews.communeList(id, communeId, CurrentUser.scope()));
		model.addAttribute("rows", reviews.worklist(id, communeId, CurrentUser.scope()));
		model.addAttribute("states", ReviewState.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("district", CurrentUser.scope().role() == Role.DISTRICT_OFFICER);
		return "reviews/worklist";
	}

	/** The list steps: submit, posted, approve (with the chair's decision), consolidate, reopen (with a reason). */
	@PostMapping("/campaigns/{id}/communes/{communeId}/{step}")
	String listStep(@PathVariable long id, @PathVariable long communeId, @PathVariable String step,
			@RequestParam(required = false) String decisionNumber,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate decisionDate,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		var scope = CurrentUser.scope();
		String user = CurrentUser.username();
		try {
			int n = switch (step) {
				case "submit" -> reviews.submitList(id, communeId, scope, user);
				case "post" -> reviews.markPosted(id, communeId, scope, user);
				case "approve" -> reviews.approveList(id, communeId, decisionNumber, decisionDate, scope, user);
				case "consolidate" -> reviews.consolidate(id, communeId, scope, user);
				case "reopen" -> reviews.reopen(id, communeId, reason, scope, user);
				default -> throw new vn.giamngheo.shared.persistence.NotFoundException("step", step);
			};
			redirect.addFlashAttribute("flash", "flash.review.list." + step);
			redirect.addFlashAttribute("flashArgs", List.of(n));
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
		}
		return "redirect:/reviews/campaigns/" + id + "/communes/" + communeId;
	}

	/** Districts the caller may open a review for: those all of whose communes are in the caller's scope. */
	private List<Area> districtsOfCaller() {
		var scope = CurrentUser.scope();
		if (scope.role() != Role.DISTRICT_OFFICER) {
			return List.of();
		}
		Set<Long> parents = new java.util.HashSet<>();
		areas.findAllById(scope.communeIds()).forEach(c -> parents.add(c.getParentId()));
		return areas.findAllById(parents).stream()
			.filter(a -> a.getLevel() == AreaLevel.DISTRICT || a.getLevel() == AreaLevel.PROVINCE)
			.filter(a -> scope.communeIds().containsAll(areas.findCommuneIdsUnder(List.of(a.getId()))))
			.sorted(java.util.Comparator.comparing(Area::getName))
			.toList();
	}
}

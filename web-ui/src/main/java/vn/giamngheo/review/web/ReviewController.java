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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.persistence.Area;
import vn.giamngheo.area.persistence.AreaRepository;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.review.persistence.ReviewSteps;
import vn.giamngheo.shared.persistence.FieldProblem;

/** Annual review campaigns and each commune's list: who is reviewed, where each review stands, and the list steps. */
@Controller
@RequestMapping("/reviews")
class ReviewController {

	private final ReviewService reviews;

	private final AreaRepository areas;

	private final vn.giamngheo.area.persistence.AreaTree tree;

	private final Clock clock;

	private final vn.giamngheo.review.persistence.ApprovalChains chains;

	private final vn.giamngheo.review.persistence.LateEntries lateEntries;

	ReviewController(ReviewService reviews, AreaRepository areas, Clock clock,
			vn.giamngheo.review.persistence.ApprovalChains chains,
			vn.giamngheo.review.persistence.LateEntries lateEntries, vn.giamngheo.area.persistence.AreaTree tree) {
		this.tree = tree;
		this.lateEntries = lateEntries;
		this.reviews = reviews;
		this.areas = areas;
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
						form.getEndsOn(), Set.copyOf(form.getCommuneIds()), scope,
						caller.getUsername());
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

	/** Communes the caller may choose for a campaign: those of its scope, in Vietnamese order. */
	private List<Area> choosableCommunes(Scope scope) {
		java.util.Comparator<String> vietnamese = vn.giamngheo.shared.VietnameseText.order();
		return !scope.mayOpenReviews() ? List.of()
				: areas.findAllById(scope.communeIds()).stream()
					.sorted(java.util.Comparator.comparing(Area::getName, vietnamese)).toList();
	}

	@GetMapping("/campaigns/{id}")
	String campaign(@PathVariable long id, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Model model, Scope scope) {
		Campaign campaign = reviews.campaign(id, scope);
		List<Area> communes = reviews.communesOf(campaign, scope);
		if (communes.size() == 1) {
			return "redirect:/reviews/campaigns/" + id + "/communes/" + communes.get(0).getId();
		}
		model.addAttribute("campaign", campaign);
		model.addAttribute("lateEntries", lateEntries.windows(id));
		model.addAttribute("mayGrantLate", lateEntries.mayGrant(campaign, scope));
		model.addAttribute("campaignCommunes", communes);
		// Vietnamese order, and the kind in front of the name: Trà Cú has a xã and a thị trấn both named Định An.
		java.util.Comparator<String> vietnamese = vn.giamngheo.shared.VietnameseText.order();
		// One batch of stored counts for every commune (issue 12), not four queries per commune.
		java.util.Map<Long, vn.giamngheo.review.persistence.ReviewRecords.CommuneList> lists = new java.util.HashMap<>();
		reviews.communeLists(id, scope).forEach(l -> lists.put(l.communeId(), l));
		List<ProgressRow> rows = communes.stream()
			.sorted(java.util.Comparator.comparing(Area::getName, vietnamese).thenComparing(a -> a.getKind().name()))
			.map(c -> ProgressRow.of(lists.get(c.getId()), c.getKind()))
			.toList();
		// Sortable by a whitelisted column (issue 13); anything else keeps the Vietnamese order of names.
		java.util.Comparator<ProgressRow> by = switch (sort == null ? "" : sort) {
			case "households" -> java.util.Comparator.comparingLong(ProgressRow::households);
			case "notReviewed" -> java.util.Comparator.comparingLong(ProgressRow::notReviewed);
			case "percent" -> java.util.Comparator.comparingInt(ProgressRow::percent);
			default -> null;
		};
		String column = by == null ? "name" : sort;
		boolean descending = "desc".equals(dir);
		List<ProgressRow> shown = new java.util.ArrayList<>(rows);
		if (by != null) {
			shown.sort(by);
		}
		if (descending) {
			java.util.Collections.reverse(shown);
		}
		model.addAttribute("lists", shown);
		model.addAttribute("total", ProgressRow.total(rows));
		model.addAttribute("sortColumn", column);
		model.addAttribute("sortDir", descending ? "desc" : "asc");
		return "reviews/campaign";
	}

	/**
	 * One commune's line on the campaign progress page (issue 13): households reviewed in any state, those not
	 * reviewed yet, and the share reviewed in whole percent for the bar.
	 */
	record ProgressRow(vn.giamngheo.review.persistence.ReviewRecords.CommuneList list,
			vn.giamngheo.area.AreaKind kind, java.util.Map<ReviewState, Long> byState, long households, long reviewed) {

		static ProgressRow of(vn.giamngheo.review.persistence.ReviewRecords.CommuneList list,
				vn.giamngheo.area.AreaKind kind) {
			long reviewed = list.byState().values().stream().mapToLong(Long::longValue).sum();
			return new ProgressRow(list, kind, list.byState(), Math.max(list.households(), reviewed), reviewed);
		}

		static ProgressRow total(List<ProgressRow> rows) {
			java.util.Map<ReviewState, Long> byState = new java.util.EnumMap<>(ReviewState.class);
			rows.forEach(r -> r.byState().forEach((s, n) -> byState.merge(s, n, Long::sum)));
			return new ProgressRow(null, null, byState, rows.stream().mapToLong(ProgressRow::households).sum(),
					rows.stream().mapToLong(ProgressRow::reviewed).sum());
		}

		public long notReviewed() {
			return households - reviewed;
		}

		/** Whole percent reviewed, rounded down, so 100% means every household. */
		public int percent() {
			return households == 0 ? 0 : (int) (reviewed * 100 / households);
		}

		public long count(ReviewState state) {
			return byState.getOrDefault(state, 0L);
		}
	}

	@GetMapping("/campaigns/{id}/communes/{communeId}")
	String worklist(@PathVariable long id, @PathVariable long communeId, @RequestParam(required = false) String q,
			@RequestParam(required = false) String state, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Model model, Scope scope) {
		Campaign c = reviews.campaign(id, scope);
		model.addAttribute("campaign", c);
		// Campaign dates on entry (issue 14, item 3): the worklist says when entry is closed, and which window opens it.
		model.addAttribute("entryOpen", lateEntries.isOpen(c, communeId));
		model.addAttribute("lateEntries", lateEntries.windows(id).stream()
			.filter(w -> w.communeId() == null || w.communeId() == communeId).toList());
		// Labels follow the province's chain: the district's opinion, or the province's consolidation.
		model.addAttribute("chain", chains.chainOf(c));
		model.addAttribute("list", reviews.communeList(id, communeId, scope));
		List<vn.giamngheo.review.persistence.ReviewRecords.WorkRow> all = reviews.worklist(id, communeId,
				scope);
		WorklistView view = WorklistView.of(q, state, sort, dir);
		model.addAttribute("rows", view.apply(all));
		model.addAttribute("allCount", all.size());
		model.addAttribute("view", view);
		model.addAttribute("states", ReviewState.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("district", scope.role() == Role.DISTRICT_OFFICER);
		return "reviews/worklist";
	}

	/** The confirmation before the irreversible step: names what approval locks and asks about unreviewed households. */
	@GetMapping("/campaigns/{id}/communes/{communeId}/approve")
	String confirmApproval(@PathVariable long id, @PathVariable long communeId,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String decisionDate,
			@RequestParam(required = false) String decisionSigner, Model model, RedirectAttributes redirect,
			Scope scope) {
		var preview = reviews.approvalPreview(id, communeId, scope);
		if (preview.locked()) {
			redirect.addFlashAttribute("problem", "review.list.alreadyApproved");
			return "redirect:/reviews/campaigns/" + id + "/communes/" + communeId;
		}
		return approvalPage(id, communeId, decisionNumber, decisionDate, decisionSigner, null, model, scope);
	}

	@PostMapping("/campaigns/{id}/communes/{communeId}/approve")
	String approve(@PathVariable long id, @PathVariable long communeId,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String decisionDate,
			@RequestParam(required = false) String decisionSigner, @RequestParam(required = false) Boolean carryForward,
			@RequestParam(required = false) Integer unreviewed, Model model, RedirectAttributes redirect,
			Scope scope, AppUser caller) {
		String base = "redirect:/reviews/campaigns/" + id + "/communes/" + communeId;
		if (Boolean.FALSE.equals(carryForward)) {
			redirect.addFlashAttribute("problem", "review.approve.stopped");
			return base;
		}
		try {
			LocalDate date = parseDate(decisionDate);
			int n = reviews.approveList(id, communeId, new ReviewSteps.Approval(decisionNumber, date, decisionSigner,
					Boolean.TRUE.equals(carryForward), unreviewed), scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "flash.review.list.approve");
			redirect.addFlashAttribute("flashArgs", List.of(n));
			return base;
		}
		catch (FieldProblem problem) {
			if (problem.messageKey().equals("review.list.alreadyApproved")
					|| problem.messageKey().equals("review.refused.locked")) {
				redirect.addFlashAttribute("problem", problem.messageKey());
				return base;
			}
			return approvalPage(id, communeId, decisionNumber, decisionDate, decisionSigner, problem, model, scope);
		}
	}

	private String approvalPage(long id, long communeId, String decisionNumber, String decisionDate,
			String decisionSigner, FieldProblem problem, Model model, Scope scope) {
		model.addAttribute("campaign", reviews.campaign(id, scope));
		model.addAttribute("preview", reviews.approvalPreview(id, communeId, scope));
		model.addAttribute("categories", vn.giamngheo.poverty.PovertyCategory.values());
		model.addAttribute("decisionNumber", decisionNumber);
		model.addAttribute("decisionDate", decisionDate);
		model.addAttribute("decisionSigner", decisionSigner);
		model.addAttribute("errorField", problem == null ? null : problem.field());
		model.addAttribute("errorKey", problem == null ? null : problem.messageKey());
		return "reviews/approve";
	}

	/** dd/MM/yyyy as typed; anything else is the field's own message, never a 400 page. */
	static LocalDate parseDate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")
				.withResolverStyle(java.time.format.ResolverStyle.STRICT));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new FieldProblem("decisionDate", "review.decision.dateRequired");
		}
	}

	/**
	 * "Gửi các hộ đã chọn" (issue 13): each ticked review is submitted on its own through the same step as the
	 * review's page, so the state, role and scope rules are the service's. One refusal does not stop the others; the
	 * page names each household refused and why. Only reviews of this campaign and commune are taken.
	 */
	@PostMapping("/campaigns/{id}/communes/{communeId}/submit-selected")
	String submitSelected(@PathVariable long id, @PathVariable long communeId,
			@RequestParam(name = "reviewId", required = false) List<Long> reviewIds, RedirectAttributes redirect,
			Scope scope, AppUser caller) {
		String base = "redirect:/reviews/campaigns/" + id + "/communes/" + communeId;
		if (reviewIds == null || reviewIds.isEmpty()) {
			redirect.addFlashAttribute("problem", "ux13b.bulk.noneSelected");
			return base;
		}
		java.util.Map<Long, vn.giamngheo.review.persistence.ReviewRecords.WorkRow> rows = new java.util.HashMap<>();
		for (var r : reviews.worklist(id, communeId, scope)) {
			if (r.reviewId() != null) {
				rows.put(r.reviewId(), r);
			}
		}
		int submitted = 0;
		List<BulkRefusal> refused = new java.util.ArrayList<>();
		for (Long reviewId : new java.util.LinkedHashSet<>(reviewIds)) {
			var row = rows.get(reviewId);
			if (row == null) {
				refused.add(new BulkRefusal("", "", "ux13b.bulk.notInList"));
				continue;
			}
			try {
				reviews.act(reviewId, vn.giamngheo.review.ReviewAction.SUBMIT, null, null, null, scope,
						caller.getUsername());
				submitted++;
			}
			catch (FieldProblem problem) {
				refused.add(new BulkRefusal(row.code(), row.headName(), problem.messageKey()));
			}
			catch (vn.giamngheo.shared.persistence.ConcurrentEditException conflict) {
				refused.add(new BulkRefusal(row.code(), row.headName(), "review.conflictShort"));
			}
		}
		redirect.addFlashAttribute("flash", "ux13b.bulk.submitted");
		redirect.addFlashAttribute("flashArgs", List.of(submitted, reviewIds.size()));
		redirect.addFlashAttribute("bulkRefusals", refused);
		return base;
	}

	/** A household the bulk step refused, and the message key of the reason. */
	record BulkRefusal(String code, String headName, String messageKey) implements java.io.Serializable {
	}

	/** The other list steps: submit, posted, consolidate, reopen (with a reason). */
	@PostMapping("/campaigns/{id}/communes/{communeId}/{step}")
	String listStep(@PathVariable long id, @PathVariable long communeId, @PathVariable String step,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Scope scope, AppUser caller) {
		String user = caller.getUsername();
		try {
			int n = switch (step) {
				case "submit" -> reviews.submitList(id, communeId, scope, user);
				case "post" -> reviews.markPosted(id, communeId, scope, user);
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
	private List<Area> districtsOfCaller(Scope scope) {
		if (!scope.mayOpenReviews()) {
			return List.of();
		}
		Set<Long> parents = new java.util.HashSet<>();
		areas.findAllById(scope.communeIds()).forEach(c -> parents.add(c.getParentId()));
		return areas.findAllById(parents).stream()
			.filter(a -> a.getLevel() == AreaLevel.DISTRICT || a.getLevel() == AreaLevel.PROVINCE)
			.filter(a -> scope.communeIds().containsAll(tree.communesUnder(a.getId()))
					// Two-level government: the province's officer opens the review for its communes.
					|| a.getLevel() == AreaLevel.PROVINCE
							&& !chains.chainOf(a.getId(), LocalDate.now(clock)).hasDistrict())
			.sorted(java.util.Comparator.comparing(Area::getName))
			.toList();
	}
}

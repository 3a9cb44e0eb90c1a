package vn.giamngheo.review.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.review.Outcome;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * One commune's list in a campaign: who is reviewed and where each review stands, and
 * submitting many at once.
 */
@Controller
@RequestMapping("/reviews")
class CommuneWorklistController {

	private final ReviewService reviews;

	private final vn.giamngheo.review.persistence.ApprovalChains chains;

	private final vn.giamngheo.review.persistence.LateEntries lateEntries;

	CommuneWorklistController(ReviewService reviews, vn.giamngheo.review.persistence.ApprovalChains chains,
			vn.giamngheo.review.persistence.LateEntries lateEntries) {
		this.reviews = reviews;
		this.chains = chains;
		this.lateEntries = lateEntries;
	}

	@GetMapping("/campaigns/{id}/communes/{communeId}")
	String worklist(@PathVariable long id, @PathVariable long communeId, @RequestParam(required = false) String q,
			@RequestParam(required = false) String state, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Model model, Scope scope) {
		Campaign c = reviews.campaign(id, scope);
		model.addAttribute("campaign", c);
		// Campaign dates on entry (issue 14, item 3): the worklist says when entry is
		// closed, and which window opens it.
		model.addAttribute("entryOpen", lateEntries.isOpen(c, communeId));
		model.addAttribute("lateEntries",
				lateEntries.windows(id)
					.stream()
					.filter(w -> w.communeId() == null || w.communeId() == communeId)
					.toList());
		// Labels follow the province's chain: the district's opinion, or the province's
		// consolidation.
		model.addAttribute("chain", chains.chainOf(c));
		model.addAttribute("list", reviews.communeList(id, communeId, scope));
		List<vn.giamngheo.review.persistence.ReviewRecords.WorkRow> all = reviews.worklist(id, communeId, scope);
		WorklistView view = WorklistView.of(q, state, sort, dir);
		model.addAttribute("rows", view.apply(all));
		model.addAttribute("allCount", all.size());
		model.addAttribute("view", view);
		model.addAttribute("states", ReviewState.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("district", scope.role() == Role.DISTRICT_OFFICER);
		return "reviews/worklist";
	}

	/**
	 * "Gửi các hộ đã chọn" (issue 13): each ticked review is submitted on its own through
	 * the same step as the review's page, so the state, role and scope rules are the
	 * service's. One refusal does not stop the others; the page names each household
	 * refused and why. Only reviews of this campaign and commune are taken.
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

}

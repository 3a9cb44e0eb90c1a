package vn.giamngheo.review.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaView;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewService;

/**
 * A campaign's progress: each commune's list, how many households are reviewed and where
 * they stand.
 */
@Controller
@RequestMapping("/reviews")
class CampaignProgressController {

	private final ReviewService reviews;

	private final vn.giamngheo.review.persistence.LateEntries lateEntries;

	CampaignProgressController(ReviewService reviews, vn.giamngheo.review.persistence.LateEntries lateEntries) {
		this.reviews = reviews;
		this.lateEntries = lateEntries;
	}

	@GetMapping("/campaigns/{id}")
	String campaign(@PathVariable long id, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, Model model, Scope scope) {
		Campaign campaign = reviews.campaign(id, scope);
		List<AreaView> communes = reviews.communesOf(campaign, scope);
		if (communes.size() == 1) {
			return "redirect:/reviews/campaigns/" + id + "/communes/" + communes.get(0).id();
		}
		model.addAttribute("campaign", campaign);
		model.addAttribute("lateEntries", lateEntries.windows(id));
		model.addAttribute("mayGrantLate", lateEntries.mayGrant(campaign, scope));
		model.addAttribute("campaignCommunes", communes);
		// Vietnamese order, and the kind in front of the name: Trà Cú has a xã and a thị
		// trấn both named Định An.
		java.util.Comparator<String> vietnamese = vn.giamngheo.shared.VietnameseText.order();
		// One batch of stored counts for every commune (issue 12), not four queries per
		// commune.
		java.util.Map<Long, vn.giamngheo.review.persistence.ReviewRecords.CommuneList> lists = new java.util.HashMap<>();
		reviews.communeLists(id, scope).forEach(l -> lists.put(l.communeId(), l));
		List<ProgressRow> rows = communes.stream()
			.sorted(java.util.Comparator.comparing(AreaView::name, vietnamese).thenComparing(a -> a.kind().name()))
			.map(c -> ProgressRow.of(lists.get(c.id()), c.kind()))
			.toList();
		// Sortable by a whitelisted column (issue 13); anything else keeps the Vietnamese
		// order of names.
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
	 * One commune's line on the campaign progress page (issue 13): households reviewed in
	 * any state, those not reviewed yet, and the share reviewed in whole percent for the
	 * bar.
	 */
	record ProgressRow(vn.giamngheo.review.persistence.ReviewRecords.CommuneList list, vn.giamngheo.area.AreaKind kind,
			java.util.Map<ReviewState, Long> byState, long households, long reviewed) {

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

}

package vn.giamngheo.review.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.account.Scope;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.chain.ApprovalChain;
import vn.giamngheo.review.chain.ChainStep;
import vn.giamngheo.review.persistence.ApprovalChains;
import vn.giamngheo.review.persistence.ReviewCampaigns;
import vn.giamngheo.review.persistence.ReviewProgress;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewRecords.CommuneList;
import vn.giamngheo.review.persistence.ReviewService;

/**
 * {@code GET /api/v1/communes/{code}/campaigns}: a commune's campaigns with the steps of
 * their approval chain (who performs each, status, deadline, when done) and counts (issue
 * 14, item 6).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reviews", description = "Rà soát hộ nghèo, hộ cận nghèo theo xã / A commune's poverty review work")
class CampaignApiController {

	private final ReviewService reviews;

	private final ReviewCampaigns campaigns;

	private final ApprovalChains chains;

	private final ReviewProgress progress;

	private final ReviewApiSupport support;

	private final Clock clock;

	CampaignApiController(ReviewService reviews, ReviewCampaigns campaigns, ApprovalChains chains,
			ReviewProgress progress, ReviewApiSupport support, Clock clock) {
		this.reviews = reviews;
		this.campaigns = campaigns;
		this.chains = chains;
		this.progress = progress;
		this.support = support;
		this.clock = clock;
	}

	@GetMapping(path = "/communes/{code}/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Các đợt rà soát của xã / A commune's review campaigns",
			description = """
					Mỗi đợt: năm, mục đích (ANNUAL định kỳ, BASELINE đầu kỳ theo chuẩn giai đoạn sau, PROVINCIAL theo chuẩn \
					riêng của tỉnh), chuẩn áp dụng, các bước của quy trình phê duyệt theo thứ tự (ai thực hiện: \
					COMMUNE_OFFICIAL cán bộ xã, COMMUNE_CHAIR Chủ tịch UBND xã, DISTRICT huyện — đến 30/06/2025, PROVINCE tỉnh \
					— từ 01/07/2025), trạng thái từng bước (PENDING, IN_PROGRESS, DONE, OVERDUE), hạn và ngày hoàn thành, và số \
					hộ. Each campaign with its purpose, standard, the approval chain's steps in order with actor, status, \
					deadline and doneAt, and counts. 403 when the commune is outside the caller's communes, 404 when unknown.""",
			security = @SecurityRequirement(name = "basicAuth"))
	@ApiResponse(responseCode = "200", description = "Các đợt, mới nhất trước / Campaigns, newest first")
	@ApiResponse(responseCode = "401", description = "Chưa xác thực / Not authenticated", content = @Content)
	@ApiResponse(responseCode = "403", description = "Xã ngoài phạm vi / Commune outside the caller's scope",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ReviewApiAnswers.Problem.class)))
	@ApiResponse(responseCode = "404", description = "Không có xã / Unknown commune",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ReviewApiAnswers.Problem.class)))
	List<ReviewApiAnswers.Campaign> campaigns(@PathVariable String code, Scope scope) {
		ReviewProgress.CommuneRow commune = support.communeInScope(code, scope);
		List<ReviewApiAnswers.Campaign> answer = new ArrayList<>();
		for (Campaign c : reviews.campaigns(scope)) {
			if (reviews.communesOf(c, scope).stream().anyMatch(a -> a.id() == commune.id())) {
				answer.add(campaign(c, commune, scope));
			}
		}
		return answer;
	}

	private ReviewApiAnswers.Campaign campaign(Campaign c, ReviewProgress.CommuneRow commune, Scope scope) {
		CommuneList list = reviews.communeList(c.id(), commune.id(), scope);
		ApprovalChain chain = chains.chainOf(c);
		PovertyStandard standard = campaigns.standardOf(c);
		long reviewed = list.byState().values().stream().mapToLong(Long::longValue).sum();
		Map<String, Instant> taken = progress.lastTaken(c.id(), commune.id());
		LocalDate today = LocalDate.now(clock);
		List<ReviewApiAnswers.Step> steps = new ArrayList<>();
		for (int i = 0; i < chain.steps().size(); i++) {
			ChainStep step = chain.steps().get(i);
			int position = i + 1;
			// A step is done when every review of the list stands past it, under way when
			// some do.
			long past = 0;
			for (var e : list.byState().entrySet()) {
				if (chain.position(e.getKey()) >= position) {
					past += e.getValue();
				}
			}
			LocalDate deadline = step.deadline(c.endsOn());
			String status = reviewed > 0 && past == reviewed ? "DONE"
					: today.isAfter(deadline) ? "OVERDUE" : past > 0 ? "IN_PROGRESS" : "PENDING";
			steps.add(new ReviewApiAnswers.Step(step.action().name(),
					support.vi("review.chain.step." + chain.id() + "." + step.action().name()), step.actor().name(),
					support.vi("review.chain.actor." + step.actor().name()), step.legalReference(), status,
					support.vi("review.chain.status." + status), deadline,
					status.equals("DONE") ? taken.get(step.action().name()) : null));
		}
		Map<String, Long> byState = new LinkedHashMap<>();
		for (ReviewState s : ReviewState.values()) {
			byState.put(s.name(), list.byState().getOrDefault(s, 0L));
		}
		Map<String, Long> byCategory = new LinkedHashMap<>();
		for (PovertyCategory category : PovertyCategory.values()) {
			byCategory.put(category.name(), list.byCategory().getOrDefault(category, 0L));
		}
		return new ReviewApiAnswers.Campaign(c.id(), c.year(), c.purpose(),
				support.vi("review.campaign.purpose." + c.purpose()),
				new ReviewApiAnswers.StandardRef(standard.id(), standard.version(), standard.jurisdiction()),
				c.startsOn(), c.endsOn(), list.locked(),
				new ReviewApiAnswers.ChainRef(chain.id(), support.vi("review.chain.name." + chain.id())), steps,
				new ReviewApiAnswers.Counts(reviewed, Math.max(0, list.households() - reviewed), list.households(),
						byState, byCategory));
	}

}

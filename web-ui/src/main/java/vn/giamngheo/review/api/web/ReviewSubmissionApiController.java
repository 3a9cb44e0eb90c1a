package vn.giamngheo.review.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.review.persistence.ReviewCampaigns;
import vn.giamngheo.review.persistence.ReviewInput;
import vn.giamngheo.review.persistence.ReviewProgress;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewRecords.Review;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * {@code POST /api/v1/communes/{code}/campaigns/{id}/reviews}: one household's review
 * result saved through the same {@link ReviewService} the pages use (scope, locked lists,
 * state rules, optimistic concurrency), answered with the category and its reasons (issue
 * 14, item 6). Bad input 400 naming every refused field; a refusal of the procedure or a
 * concurrent edit 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reviews", description = "Rà soát hộ nghèo, hộ cận nghèo theo xã / A commune's poverty review work")
class ReviewSubmissionApiController {

	private final ReviewService reviews;

	private final ReviewCampaigns campaigns;

	private final ReviewApiSupport support;

	private final ReviewRequestReader reader;

	private final ReviewResultAnswer answer;

	ReviewSubmissionApiController(ReviewService reviews, ReviewCampaigns campaigns, ReviewApiSupport support,
			ReviewRequestReader reader, ReviewResultAnswer answer) {
		this.reviews = reviews;
		this.campaigns = campaigns;
		this.support = support;
		this.reader = reader;
		this.answer = answer;
	}

	@PostMapping(path = "/communes/{code}/campaigns/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ghi kết quả rà soát một hộ / Record one household's review", description = """
			Một hộ của xã: householdId; thu nhập bình quân đầu người (monthlyIncomePerCapita, đồng/người/tháng) hoặc \
			điểm phiếu B1 (b1Score, Thông tư 07/2021/TT-BLĐTBXH; ngưỡng theo chuẩn và khu vực); deficiencies: mã các \
			chỉ số thiếu hụt (các chỉ số khác của chuẩn coi là không thiếu hụt); areaType (RURAL/URBAN, mặc định theo \
			xã); expectedVersion (bắt buộc khi hộ đã có kết quả trong đợt: phiên bản đã đọc). Kết quả được lưu như \
			trên trang (bản nháp, chờ xã gửi) và trả về phân loại kèm lý do tiếng Việt; với phiếu B1, khi chuẩn quy \
			định điểm B2, trả thêm tổng điểm phiếu B2 (b2Points = điểm mỗi chỉ số × số chỉ số thiếu hụt) và ngưỡng hộ \
			nghèo (b2PoorThreshold), như trang tính. Lỗi dữ liệu: 400 với errors[] cho mọi trường sai; danh sách đã \
			khóa, hồ sơ đã gửi hoặc bị sửa đồng thời: 409. \
			Saves through the same service as the pages and answers the category with its reasons; with a B1 score \
			under a standard that defines B2 points, also the B2 total and its poor threshold. Bad input: 400 \
			naming every refused field; a refusal of the procedure or a concurrent edit: 409.""",
			security = @SecurityRequirement(name = "basicAuth"))
	@ApiResponse(responseCode = "200", description = "Đã lưu / Saved")
	@ApiResponse(responseCode = "400", description = "Dữ liệu không hợp lệ / Invalid request",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ReviewApiAnswers.Problem.class)))
	@ApiResponse(responseCode = "401", description = "Chưa xác thực / Not authenticated", content = @Content)
	@ApiResponse(responseCode = "403", description = "Ngoài phạm vi / Outside the caller's scope",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "404", description = "Không có xã hoặc đợt / Unknown commune or campaign",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409", description = "Quy trình không cho phép / Refused by the procedure",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ReviewApiAnswers.Result review(@PathVariable String code, @PathVariable String id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(examples = @ExampleObject(
							value = """
									{"householdId":123,"monthlyIncomePerCapita":1200000,
									 "deficiencies":["HEALTH_INSURANCE","SANITATION","HOUSING_AREA"]}"""))) @RequestBody JsonNode body,
			Scope scope, AppUser caller) {
		ReviewProgress.CommuneRow commune = support.communeInScope(code, scope);
		Campaign campaign = support.campaignOf(id, commune, scope);
		PovertyStandard standard = campaigns.standardOf(campaign);
		if (body == null || !body.isObject()) {
			throw support.invalid(List.of(support.error("$", "review.api.body.notObject")));
		}
		ReviewRequestReader.Facts facts = reader.read(body, commune, standard);
		List<ReviewApiAnswers.FieldError> errors = new java.util.ArrayList<>(facts.errors());
		Review existing = facts.householdId() == null ? null
				: reviews.reviewOf(campaign.id(), facts.householdId(), scope).orElse(null);
		Long expected = facts.expectedVersion();
		if (existing != null && expected == null
				&& errors.stream().noneMatch(e -> e.field().equals("expectedVersion"))) {
			errors.add(support.error("expectedVersion", "review.api.version.required", existing.version()));
		}
		if (!errors.isEmpty()) {
			throw support.invalid(errors);
		}
		long version = existing == null ? (expected == null ? -1 : expected) : expected;
		vn.giamngheo.review.persistence.ReviewEntry.Saved saved;
		try {
			saved = reviews
				.enter(new ReviewInput(campaign.id(), facts.householdId(), existing == null ? null : existing.id(),
						version, facts.area(), null, null, facts.income() == null ? 0 : facts.income(), facts.b1(),
						null, null, facts.deficiencies(), factsJson(body)), scope, caller.getUsername());
		}
		catch (FieldProblem problem) {
			throw new ReviewApiProblem(HttpStatus.CONFLICT, "review.api.refused",
					List.of(support.error(problem.field(), problem.messageKey())));
		}
		catch (ConcurrentEditException conflict) {
			throw new ReviewApiProblem(HttpStatus.CONFLICT, "review.api.refused",
					List.of(support.error("expectedVersion", "review.conflict", conflict.lastEditor())));
		}
		// The answer shows the classification the save made and stored, not a second one
		// (issue 10).
		Review review = reviews.review(saved.id(), scope);
		return answer.of(review, standard, facts.area(), facts.b1(), saved.classification());
	}

	private static String factsJson(JsonNode body) {
		return "{\"source\":\"api\",\"request\":" + body.toString() + "}";
	}

}

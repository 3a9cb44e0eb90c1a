package vn.giamngheo.review.api.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the review API (issue 14, item 6). Machine values in English, labels
 * in Vietnamese.
 */
final class ReviewApiAnswers {

	private ReviewApiAnswers() {
	}

	@Schema(name = "ReviewCommune")
	record CommuneRef(@Schema(example = "84907") String code, @Schema(example = "Kim Sơn") String name) {
	}

	@Schema(name = "Me")
	record Me(@Schema(example = "xa.kimson") String username, @Schema(
			description = "COMMUNE_OFFICIAL, DISTRICT_OFFICER, PROVINCIAL_VIEWER, ADMIN, DATA_PROTECTION_OFFICER") String role,
			@Schema(example = "Cán bộ xã") String roleLabel,
			@Schema(description = "Các xã người gọi làm việc, theo thứ tự chữ cái tiếng Việt / Communes the caller works in, Vietnamese order") List<CommuneRef> communes) {
	}

	@Schema(name = "ReviewStandard")
	record StandardRef(@Schema(example = "VN-2022-2025") String id, int version,
			@Schema(description = "\"\" = chuẩn quốc gia, nếu không là mã tỉnh") String jurisdiction) {
	}

	@Schema(name = "ApprovalChainRef")
	record ChainRef(@Schema(description = "QD24_2021_DISTRICT hoặc TWO_LEVEL_2025") String id, String label) {
	}

	@Schema(name = "CampaignStep")
	record Step(@Schema(description = "SUBMIT, POST, CONSOLIDATE, APPROVE") String step, String label,
			@Schema(description = "COMMUNE_OFFICIAL, COMMUNE_CHAIR, DISTRICT, PROVINCE") String actor,
			String actorLabel, @Schema(description = "Căn cứ pháp lý / Legal reference") String legalReference,
			@Schema(description = "PENDING, IN_PROGRESS, DONE, OVERDUE") String status, String statusLabel,
			LocalDate deadline, @Schema(nullable = true) Instant doneAt) {
	}

	@Schema(name = "CampaignCounts")
	record Counts(@Schema(description = "Hộ đã có kết quả rà soát trong đợt") long reviewed,
			@Schema(description = "Hộ của xã chưa rà soát trong đợt") long notReviewed, long households,
			@Schema(description = "DRAFT, SUBMITTED, POSTED, APPROVED, CONSOLIDATED, RETURNED → số hộ") Map<String, Long> byState,
			@Schema(description = "POOR, NEAR_POOR, AVERAGE_LIVING, NOT_POOR → số hộ") Map<String, Long> byCategory) {
	}

	@Schema(name = "Campaign")
	record Campaign(long id, int year, @Schema(description = "ANNUAL, BASELINE, PROVINCIAL") String purpose,
			String purposeLabel, StandardRef standard, LocalDate startsOn, LocalDate endsOn, boolean locked,
			ChainRef chain, List<Step> steps, Counts counts) {
	}

	@Schema(name = "IndicatorReason")
	record Indicator(@Schema(example = "HEALTH_INSURANCE") String code, String label, boolean deficient,
			List<String> reasons) {
	}

	@Schema(name = "ReviewResult")
	record Result(long reviewId, long householdId, long version,
			@Schema(description = "DRAFT hoặc RETURNED: kết quả đã lưu, chờ xã gửi") String state,
			@Schema(description = "POOR, NEAR_POOR, AVERAGE_LIVING, NOT_POOR") String category, String categoryLabel,
			String outcome, String outcomeLabel, StandardRef standard, String areaType, long incomeLine,
			@Schema(description = "Thu nhập nhập vào, hoặc mức tương đương của phiếu B1") long monthlyIncomePerCapita,
			@Schema(nullable = true) Integer b1Score, @Schema(nullable = true) Integer b1Cutoff,
			@Schema(nullable = true, example = "30",
					description = "Tổng điểm phiếu B2 (Thông tư 07/2021/TT-BLĐTBXH): "
							+ "điểm mỗi chỉ số × số chỉ số thiếu hụt; chỉ khi nhập điểm B1 và chuẩn quy định điểm B2 / "
							+ "B2 total, only with a B1 score under a standard defining B2 points") Integer b2Points,
			@Schema(nullable = true, example = "30",
					description = "Ngưỡng hộ nghèo của phiếu B2 (điểm mỗi chỉ số × "
							+ "số chỉ số tối thiểu) / B2 poor threshold") Integer b2PoorThreshold,
			int deficiencyCount,
			@Schema(description = "Lý do phân loại, tiếng Việt / Reasons, in Vietnamese") List<String> reasons,
			List<Indicator> indicators) {
	}

	@Schema(name = "ReviewFieldError")
	record FieldError(@Schema(example = "deficiencies[0]") String field,
			@Schema(example = "review.api.deficiency.unknown") String code,
			@Schema(description = "Tiếng Việt") String message, String messageEn) {
	}

	@Schema(name = "ReviewProblem",
			description = "RFC 9457 problem detail; detail in Vietnamese, errors names every refused field")
	record Problem(String type, String title, int status, String detail, String detailEn, String instance,
			List<FieldError> errors) {
	}

}

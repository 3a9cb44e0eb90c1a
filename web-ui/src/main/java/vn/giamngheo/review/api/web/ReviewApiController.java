package vn.giamngheo.review.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.area.persistence.AreaRepository;
import vn.giamngheo.config.WebConfiguration;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.IndicatorResult;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.chain.ApprovalChain;
import vn.giamngheo.review.chain.ChainStep;
import vn.giamngheo.review.persistence.ApprovalChains;
import vn.giamngheo.review.persistence.ReviewCampaigns;
import vn.giamngheo.review.persistence.ReviewInput;
import vn.giamngheo.review.persistence.ReviewProgress;
import vn.giamngheo.review.persistence.ReviewRecords.Campaign;
import vn.giamngheo.review.persistence.ReviewRecords.CommuneList;
import vn.giamngheo.review.persistence.ReviewRecords.Review;
import vn.giamngheo.review.persistence.ReviewService;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.shared.web.CurrentUser;

/**
 * The review work of a commune for a tablet app or a provincial system (issue 14, item 6): who the caller is, a
 * commune's campaigns with the steps of their approval chain and counts, and one household's review result saved
 * through the same {@link ReviewService} the pages use (scope, locked lists, state rules, optimistic concurrency).
 * Scoped like the pages: a commune outside the caller's communes is 403, an unknown commune or campaign 404, bad
 * input 400 with every refused field at once, a review the procedure refuses (list locked, already sent on, edited
 * meanwhile) 409; all RFC 9457 problems.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reviews", description = "Rà soát hộ nghèo, hộ cận nghèo theo xã / A commune's poverty review work")
class ReviewApiController {

	static final String PROBLEM = "urn:giamngheo:problem:";

	private final ReviewService reviews;

	private final ReviewCampaigns campaigns;

	private final ApprovalChains chains;

	private final ReviewProgress progress;

	private final AreaRepository areas;

	private final MessageSource messages;

	private final Clock clock;

	ReviewApiController(ReviewService reviews, ReviewCampaigns campaigns, ApprovalChains chains,
			ReviewProgress progress, AreaRepository areas, MessageSource messages, Clock clock) {
		this.reviews = reviews;
		this.campaigns = campaigns;
		this.chains = chains;
		this.progress = progress;
		this.areas = areas;
		this.messages = messages;
		this.clock = clock;
	}

	/** An answer other than 200, with its message key. */
	static final class Problem extends RuntimeException {

		final HttpStatus status;

		final String key;

		final Object[] args;

		final List<ReviewApiAnswers.FieldError> errors;

		Problem(HttpStatus status, String key, List<ReviewApiAnswers.FieldError> errors, Object... args) {
			super(key, null, false, false);
			this.status = status;
			this.key = key;
			this.errors = errors;
			this.args = args;
		}
	}

	// ------------------------------------------------------------------------------------------------ /me

	@GetMapping(path = "/me", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Người gọi / The caller", description = """
			Tên đăng nhập, vai trò và các xã người gọi làm việc (theo thứ tự chữ cái tiếng Việt). Sở (xem số liệu tổng \
			hợp), quản trị và cán bộ bảo vệ dữ liệu không làm việc với danh sách hộ: communes rỗng. \
			Username, role and the communes the caller works in, in Vietnamese collation order.""",
			security = @SecurityRequirement(name = "basicAuth"))
	@ApiResponse(responseCode = "200", description = "Người gọi / The caller")
	@ApiResponse(responseCode = "401", description = "Chưa xác thực / Not authenticated", content = @Content)
	ReviewApiAnswers.Me me() {
		Scope scope = CurrentUser.scope();
		List<ReviewApiAnswers.CommuneRef> communes = progress.communesOf(scope).stream()
			.map(c -> new ReviewApiAnswers.CommuneRef(c.code(), c.name())).toList();
		return new ReviewApiAnswers.Me(CurrentUser.username(), scope.role().name(),
				vi(roleKey(scope)), communes);
	}

	// ------------------------------------------------------------------------------------- campaigns

	@GetMapping(path = "/communes/{code}/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Các đợt rà soát của xã / A commune's review campaigns", description = """
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
	List<ReviewApiAnswers.Campaign> campaigns(@PathVariable String code) {
		Scope scope = CurrentUser.scope();
		ReviewProgress.CommuneRow commune = communeInScope(code, scope);
		List<ReviewApiAnswers.Campaign> answer = new ArrayList<>();
		for (Campaign c : reviews.campaigns(scope)) {
			if (reviews.communesOf(c, scope).stream().anyMatch(a -> a.getId() == commune.id())) { // camp14: chosen set
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
			// A step is done when every review of the list stands past it, under way when some do.
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
					vi("review.chain.step." + chain.id() + "." + step.action().name()), step.actor().name(),
					vi("review.chain.actor." + step.actor().name()), step.legalReference(), status,
					vi("review.chain.status." + status), deadline,
					status.equals("DONE") ? taken.get(step.action().name()) : null));
		}
		Map<String, Long> byState = new LinkedHashMap<>();
		for (ReviewState s : ReviewState.values()) {
			byState.put(s.name(), list.byState().getOrDefault(s, 0L));
		}
		Map<String, Long> byCategory = new LinkedHashMap<>();
		for (var category : vn.giamngheo.poverty.PovertyCategory.values()) {
			byCategory.put(category.name(), list.byCategory().getOrDefault(category, 0L));
		}
		return new ReviewApiAnswers.Campaign(c.id(), c.year(), c.purpose(),
				vi("review.campaign.purpose." + c.purpose()),
				new ReviewApiAnswers.StandardRef(standard.id(), standard.version(), standard.jurisdiction()),
				c.startsOn(), c.endsOn(), list.locked(),
				new ReviewApiAnswers.ChainRef(chain.id(), vi("review.chain.name." + chain.id())), steps,
				new ReviewApiAnswers.Counts(reviewed, Math.max(0, list.households() - reviewed), list.households(),
						byState, byCategory));
	}

	// --------------------------------------------------------------------------------------- reviews

	@PostMapping(path = "/communes/{code}/campaigns/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ghi kết quả rà soát một hộ / Record one household's review", description = """
			Một hộ của xã: householdId; thu nhập bình quân đầu người (monthlyIncomePerCapita, đồng/người/tháng) hoặc \
			điểm phiếu B1 (b1Score, Thông tư 07/2021/TT-BLĐTBXH; ngưỡng theo chuẩn và khu vực); deficiencies: mã các \
			chỉ số thiếu hụt (các chỉ số khác của chuẩn coi là không thiếu hụt); areaType (RURAL/URBAN, mặc định theo \
			xã); expectedVersion (bắt buộc khi hộ đã có kết quả trong đợt: phiên bản đã đọc). Kết quả được lưu như \
			trên trang (bản nháp, chờ xã gửi) và trả về phân loại kèm lý do tiếng Việt. Lỗi dữ liệu: 400 với errors[] \
			cho mọi trường sai; danh sách đã khóa, hồ sơ đã gửi hoặc bị sửa đồng thời: 409. \
			Saves through the same service as the pages and answers the category with its reasons. Bad input: 400 \
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
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					examples = @ExampleObject(value = """
							{"householdId":123,"monthlyIncomePerCapita":1200000,
							 "deficiencies":["HEALTH_INSURANCE","SANITATION","HOUSING_AREA"]}"""))) @RequestBody JsonNode body) {
		Scope scope = CurrentUser.scope();
		ReviewProgress.CommuneRow commune = communeInScope(code, scope);
		Campaign campaign = campaignOf(id, commune, scope);
		PovertyStandard standard = campaigns.standardOf(campaign);
		List<ReviewApiAnswers.FieldError> errors = new ArrayList<>();
		if (body == null || !body.isObject()) {
			throw invalid(List.of(error("$", "review.api.body.notObject")));
		}
		Long householdId = household(body.get("householdId"), commune, scope, errors);
		AreaType area = area(body.get("areaType"), commune, errors);
		JsonNode incomeNode = body.get("monthlyIncomePerCapita");
		JsonNode b1Node = body.get("b1Score");
		boolean hasIncome = incomeNode != null && !incomeNode.isNull();
		boolean hasB1 = b1Node != null && !b1Node.isNull();
		Long income = null;
		Integer b1 = null;
		if (!hasIncome && !hasB1) {
			errors.add(error("monthlyIncomePerCapita", "review.api.income.missing"));
		}
		else if (hasIncome && hasB1) {
			errors.add(error("b1Score", "review.api.income.both"));
		}
		else if (hasIncome) {
			income = wholeNumber(incomeNode, "monthlyIncomePerCapita", "review.api.income", errors);
		}
		else {
			Long points = wholeNumber(b1Node, "b1Score", "review.api.b1", errors);
			if (points != null && points > Integer.MAX_VALUE) {
				errors.add(error("b1Score", "review.api.b1.notWholeNumber", b1Node.toString()));
			}
			else if (points != null) {
				b1 = points.intValue();
				if (area != null && standard.thresholds(area).b1Cutoff() == null) {
					errors.add(error("b1Score", "review.b1.noCutoff", standard.id(), standard.version()));
					b1 = null;
				}
			}
		}
		Map<String, Boolean> entered = indicators(body.get("deficiencies"), standard, errors);
		Long expected = version(body.get("expectedVersion"), errors);
		for (var names = body.propertyNames().iterator(); names.hasNext();) {
			String name = names.next();
			if (!KNOWN.contains(name)) {
				errors.add(error(name, "review.api.field.unknown", name));
			}
		}
		Review existing = householdId == null ? null
				: reviews.reviewOf(campaign.id(), householdId, scope).orElse(null);
		if (existing != null && expected == null && !errors.stream().anyMatch(e -> e.field().equals("expectedVersion"))) {
			errors.add(error("expectedVersion", "review.api.version.required", existing.version()));
		}
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		long version = existing == null ? (expected == null ? -1 : expected) : expected;
		long saved;
		try {
			saved = reviews.save(new ReviewInput(campaign.id(), householdId, existing == null ? null : existing.id(),
					version, area, null, null, income == null ? 0 : income, b1, null, null, entered,
					factsJson(body)), scope, CurrentUser.username());
		}
		catch (FieldProblem problem) {
			throw new Problem(HttpStatus.CONFLICT, "review.api.refused",
					List.of(error(problem.field(), problem.messageKey())));
		}
		catch (ConcurrentEditException conflict) {
			throw new Problem(HttpStatus.CONFLICT, "review.api.refused",
					List.of(error("expectedVersion", "review.conflict", conflict.lastEditor())));
		}
		Review review = reviews.review(saved, scope);
		Classification classification = area == null ? null
				: standard.classify(area, review.monthlyIncomePerCapita(),
						entered.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
							.collect(java.util.stream.Collectors.toSet()));
		return result(review, standard, area, b1, classification);
	}

	private static final java.util.Set<String> KNOWN = java.util.Set.of("householdId", "areaType",
			"monthlyIncomePerCapita", "b1Score", "deficiencies", "expectedVersion");

	private ReviewApiAnswers.Result result(Review review, PovertyStandard standard, AreaType area, Integer b1,
			Classification classification) {
		List<String> reasons = new ArrayList<>();
		Integer cutoff = standard.thresholds(area).b1Cutoff();
		if (b1 != null) {
			reasons.add(vi(b1 <= cutoff ? "review.api.reason.b1Low" : "review.api.reason.b1High", b1, cutoff,
					vi("areaType." + area.name())));
		}
		else {
			reasons.add(vi(review.monthlyIncomePerCapita() <= review.incomeLine() ? "review.api.reason.incomeLow"
					: "review.api.reason.incomeHigh", money(review.monthlyIncomePerCapita()),
					money(review.incomeLine())));
		}
		reasons.add(vi("review.api.reason.deficiencies", classification.deficiencyCount(),
				standard.minDeficiencies()));
		reasons.add(vi("review.api.reason.category", vi("category." + review.category().name())));
		List<ReviewApiAnswers.Indicator> indicators = new ArrayList<>();
		for (IndicatorResult r : classification.indicatorResults()) {
			indicators.add(new ReviewApiAnswers.Indicator(r.code(), vi("poverty.indicator." + r.code()),
					r.deficient(), List.of(vi(r.deficient() ? "review.api.reason.deficient"
							: "review.api.reason.notDeficient"))));
		}
		return new ReviewApiAnswers.Result(review.id(), review.householdId(), review.version(),
				review.state().name(), review.category().name(), vi("category." + review.category().name()),
				review.outcome().name(), vi("review.outcome." + review.outcome().name()),
				new ReviewApiAnswers.StandardRef(standard.id(), standard.version(), standard.jurisdiction()),
				area.name(), review.incomeLine(), review.monthlyIncomePerCapita(), b1, cutoff,
				classification.deficiencyCount(), reasons, indicators);
	}

	// ------------------------------------------------------------------------------------- parsing

	private Long household(JsonNode node, ReviewProgress.CommuneRow commune, Scope scope,
			List<ReviewApiAnswers.FieldError> errors) {
		if (node == null || node.isNull()) {
			errors.add(error("householdId", "review.api.household.required"));
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			errors.add(error("householdId", "review.api.household.notNumber", node.toString()));
			return null;
		}
		long id = node.longValue();
		Long communeOf = progress.communeOfHousehold(id);
		// A household elsewhere is answered like an unknown one: the caller learns nothing about other communes.
		if (communeOf == null || communeOf != commune.id()) {
			errors.add(error("householdId", "review.api.household.notInCommune", id, commune.name()));
			return null;
		}
		return id;
	}

	private AreaType area(JsonNode node, ReviewProgress.CommuneRow commune, List<ReviewApiAnswers.FieldError> errors) {
		if (node == null || node.isNull()) {
			return commune.areaType() == null ? AreaType.RURAL : AreaType.valueOf(commune.areaType());
		}
		if (node.isString()) {
			for (AreaType a : AreaType.values()) {
				if (a.name().equals(node.stringValue())) {
					return a;
				}
			}
		}
		errors.add(error("areaType", "review.api.area.unknown", node.toString()));
		return null;
	}

	private Long wholeNumber(JsonNode node, String field, String prefix, List<ReviewApiAnswers.FieldError> errors) {
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			errors.add(error(field, prefix + ".notWholeNumber", node.toString()));
			return null;
		}
		if (node.longValue() < 0) {
			errors.add(error(field, prefix + ".negative", node.longValue()));
			return null;
		}
		return node.longValue();
	}

	private Map<String, Boolean> indicators(JsonNode node, PovertyStandard standard,
			List<ReviewApiAnswers.FieldError> errors) {
		Map<String, Boolean> entered = new LinkedHashMap<>();
		standard.indicatorCodes().forEach(c -> entered.put(c, false));
		if (node == null || node.isNull()) {
			return entered;
		}
		if (!node.isArray()) {
			errors.add(error("deficiencies", "review.api.deficiencies.notArray"));
			return entered;
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode code = node.get(i);
			if (code == null || !code.isString() || code.stringValue().isBlank()) {
				errors.add(error("deficiencies[" + i + "]", "review.api.deficiency.notCode", String.valueOf(code)));
			}
			else if (!standard.defines(code.stringValue())) {
				errors.add(error("deficiencies[" + i + "]", "review.api.deficiency.unknown", code.stringValue(),
						standard.id(), standard.version(), String.join(", ", standard.indicatorCodes())));
			}
			else {
				entered.put(code.stringValue(), true);
			}
		}
		return entered;
	}

	private Long version(JsonNode node, List<ReviewApiAnswers.FieldError> errors) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
			errors.add(error("expectedVersion", "review.api.version.notNumber", node.toString()));
			return null;
		}
		return node.longValue();
	}

	private static String factsJson(JsonNode body) {
		return "{\"source\":\"api\",\"request\":" + body.toString() + "}";
	}

	// ------------------------------------------------------------------------------------- scope

	private ReviewProgress.CommuneRow communeInScope(String code, Scope scope) {
		ReviewProgress.CommuneRow commune = progress.commune(code)
			.orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "review.api.commune", List.of(), code));
		if (!scope.covers(commune.id())) {
			throw new Problem(HttpStatus.FORBIDDEN, "review.api.scope", List.of(), code);
		}
		return commune;
	}

	private Campaign campaignOf(String id, ReviewProgress.CommuneRow commune, Scope scope) {
		if (!id.matches("[0-9]{1,18}")) {
			throw new Problem(HttpStatus.NOT_FOUND, "review.api.campaign", List.of(), id, commune.name());
		}
		try {
			return campaigns.campaignOf(Long.parseLong(id), commune.id(), scope);
		}
		catch (NotFoundException | OutOfScopeException ex) {
			// The commune is the caller's, so a campaign not covering it is simply not one of its campaigns.
			throw new Problem(HttpStatus.NOT_FOUND, "review.api.campaign", List.of(), id, commune.name());
		}
	}

	// ------------------------------------------------------------------------------------- answers

	private Problem invalid(List<ReviewApiAnswers.FieldError> errors) {
		return new Problem(HttpStatus.BAD_REQUEST, "review.api.invalid", errors);
	}

	private ReviewApiAnswers.FieldError error(String field, String code, Object... args) {
		return new ReviewApiAnswers.FieldError(field, code, vi(code, args),
				messages.getMessage(code, args, Locale.ENGLISH));
	}

	/** "Cán bộ Sở" for the officer of a two-level province, as on the pages ({@code TierLabels}). */
	private String roleKey(Scope scope) {
		String key = "role." + scope.role().name();
		return scope.role() == vn.giamngheo.account.Role.DISTRICT_OFFICER
				&& chains.twoLevel(scope, java.time.LocalDate.now(clock)) ? key + ".province" : key;
	}

	private String vi(String key, Object... args) {
		return messages.getMessage(key, args, WebConfiguration.VIETNAMESE);
	}

	private static String money(long dong) {
		return String.format(Locale.GERMANY, "%,d đ", dong);
	}

	@ExceptionHandler(Problem.class)
	ResponseEntity<ProblemDetail> problem(Problem ex, HttpServletRequest request) {
		boolean english = request.getHeader("Accept-Language") != null
				&& request.getLocale().getLanguage().equals("en");
		Locale locale = english ? Locale.ENGLISH : WebConfiguration.VIETNAMESE;
		ProblemDetail problem = ProblemDetail.forStatus(ex.status);
		problem.setType(URI.create(PROBLEM + ex.key.substring(ex.key.lastIndexOf('.') + 1)));
		problem.setTitle(messages.getMessage(ex.key + ".title", null, locale));
		String detail = ex.errors.isEmpty() ? messages.getMessage(ex.key, ex.args, locale)
				: String.join(" ", ex.errors.stream()
					.map(e -> e.field() + ": " + (english ? e.messageEn() : e.message())).toList());
		problem.setDetail(detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("detailEn", ex.errors.isEmpty() ? messages.getMessage(ex.key, ex.args, Locale.ENGLISH)
				: String.join(" ", ex.errors.stream().map(e -> e.field() + ": " + e.messageEn()).toList()));
		problem.setProperty("errors", ex.errors);
		return ResponseEntity.status(ex.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return problem(invalid(List.of(error("$", "review.api.body.malformed"))), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return problem(new Problem(HttpStatus.NOT_FOUND, "review.api.commune", List.of(), String.valueOf(ex.getValue())),
				request);
	}
}

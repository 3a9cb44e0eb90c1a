package vn.giamngheo.poverty.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;

/**
 * Classifies one household from its income and deficiency codes (Decree 07/2021/NĐ-CP
 * Art. 3(1): income at or below the line of its area type <em>and</em> the count of
 * deficiencies), under the standard that applies in the given year and province. Any
 * authenticated account may call it: the answer names no person.
 */
@RestController
@SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic")
@RequestMapping("/api/v1/poverty")
@Tag(name = "Poverty", description = "Phân loại hộ theo chuẩn nghèo đa chiều / Multidimensional poverty classification")
class ClassifyApiController {

	static final String PROBLEM_TYPE = "urn:giamngheo:problem:invalid-request";

	private final PovertyStandardCatalog catalog;

	private final PovertyMessages messages;

	private final ClassifyFields fields;

	ClassifyApiController(PovertyStandardCatalog catalog, PovertyMessages messages, Clock clock) {
		this.catalog = catalog;
		this.messages = messages;
		this.fields = new ClassifyFields(messages, clock);
	}

	/**
	 * Raised with every refused field of a request at once, so a client fixes them in one
	 * round.
	 */
	static final class InvalidRequest extends RuntimeException {

		private final List<ApiFieldError> errors;

		InvalidRequest(List<ApiFieldError> errors) {
			super(errors.toString(), null, false, false);
			this.errors = errors;
		}

	}

	@PostMapping(path = "/classify", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Phân loại hộ / Classify a household", description = """
			Trả về hộ nghèo, cận nghèo, có mức sống trung bình hoặc không nghèo theo chuẩn áp dụng cho năm và tỉnh. \
			Chuẩn được chọn theo ngày 31/12 của năm: danh sách hộ nghèo của một năm là kết quả rà soát cuối năm đó, \
			và chuẩn của tỉnh (nếu có, còn hiệu lực) được ưu tiên hơn chuẩn quốc gia. \
			Returns the category under the standard in force on 31 December of `year` (the annual review's \
			reference point) for `provinceCode`, a provincial standard winning over the national one. \
			Income at a line counts as at or below it. Errors: 400 `application/problem+json` (RFC 9457) with \
			`detail` in Vietnamese, `detailEn` in English and `errors[]` naming each field.""",
			security = @SecurityRequirement(name = "basicAuth"))
	@ApiResponse(responseCode = "200", description = "Kết quả phân loại / The classification",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ClassifyResponse.class)))
	@ApiResponse(responseCode = "400", description = "Dữ liệu không hợp lệ / Invalid request", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
			schema = @Schema(implementation = ClassifyProblem.class),
			examples = @ExampleObject(
					value = """
							{"type":"urn:giamngheo:problem:invalid-request","title":"Dữ liệu không hợp lệ","status":400,
							 "detail":"deficiencies[0]: Mã chỉ số FOO không thuộc chuẩn VN-2022-2025 phiên bản 1.",
							 "detailEn":"deficiencies[0]: Indicator code FOO is not defined by standard VN-2022-2025 version 1.",
							 "instance":"/api/v1/poverty/classify",
							 "errors":[{"field":"deficiencies[0]","code":"poverty.api.deficiency.unknown",
							   "message":"Mã chỉ số FOO không thuộc chuẩn VN-2022-2025 phiên bản 1.",
							   "messageEn":"Indicator code FOO is not defined by standard VN-2022-2025 version 1."}]}""")))
	@ApiResponse(responseCode = "401", description = "Chưa xác thực (HTTP Basic) / Not authenticated",
			content = @Content)
	ClassifyResponse classify(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = ClassifyRequest.class), examples = @ExampleObject(
					value = """
							{"area":"RURAL","monthlyIncomePerCapita":1500000,
							 "deficiencies":["HEALTH_INSURANCE","HOUSING_AREA","SANITATION"],"year":2025,"provinceCode":null}"""))) @RequestBody JsonNode body) {
		List<ApiFieldError> errors = new ArrayList<>();
		if (body == null || !body.isObject()) {
			throw new InvalidRequest(List.of(error("$", "poverty.api.body.notObject")));
		}
		AreaType area = fields.area(body.get("area"), errors);
		Long income = fields.income(body.get("monthlyIncomePerCapita"), errors);
		Integer year = fields.year(body.get("year"), errors);
		String province = fields.province(body.get("provinceCode"), errors);
		List<String> codes = fields.codes(body.get("deficiencies"), errors);

		PovertyStandard standard = null;
		// 31 December: a year's list of poor households is the outcome of the review
		// closing that year, and a
		// standard taking effect during the year (e.g. a provincial one from 1 July) is
		// the one that review uses.
		LocalDate on = year == null ? null : LocalDate.of(year, 12, 31);
		if (on != null) {
			Optional<PovertyStandard> applicable = catalog.standards().applicable(province, on);
			if (applicable.isEmpty()) {
				errors.add(error("year", "poverty.api.year.noStandard", String.valueOf(year)));
			}
			else {
				standard = applicable.get();
				for (int i = 0; i < codes.size(); i++) {
					String code = codes.get(i);
					if (code != null && !standard.defines(code)) {
						errors.add(error("deficiencies[" + i + "]", "poverty.api.deficiency.unknown", code,
								standard.id(), standard.version(), String.join(", ", standard.indicatorCodes())));
					}
				}
			}
		}
		if (!errors.isEmpty() || standard == null || area == null || income == null) {
			throw new InvalidRequest(errors);
		}
		Set<String> deficiencies = new LinkedHashSet<>(codes);
		Classification classification = standard.classify(area, income, deficiencies);
		return ClassifyResponse.of(classification, standard.jurisdiction(), on);
	}

	private ApiFieldError error(String field, String code, Object... args) {
		return fields.error(field, code, args);
	}

	@ExceptionHandler(InvalidRequest.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequest ex, HttpServletRequest request) {
		return problem(ex.errors, request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return problem(List.of(error("$", "poverty.api.body.malformed")), request);
	}

	private ResponseEntity<ProblemDetail> problem(List<ApiFieldError> errors, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(URI.create(PROBLEM_TYPE));
		problem.setTitle(messages.vi("poverty.api.problem.title"));
		problem.setDetail(String.join(" ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("detailEn",
				String.join(" ", errors.stream().map(e -> e.field() + ": " + e.messageEn()).toList()));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}

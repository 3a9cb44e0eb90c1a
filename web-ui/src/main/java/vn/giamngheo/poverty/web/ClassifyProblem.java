package vn.giamngheo.poverty.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The 400 answer of the classify API, an RFC 9457 problem detail
 * ({@code application/problem+json}) extended with {@code detailEn} and one entry per
 * refused field. Only for the OpenAPI document; the controller builds a
 * {@link org.springframework.http.ProblemDetail}.
 */
@Schema(name = "ClassifyProblem",
		description = "RFC 9457 problem detail; detail is Vietnamese, detailEn English, errors names each field")
record ClassifyProblem(@Schema(example = ClassifyApiController.PROBLEM_TYPE) String type,
		@Schema(example = "Dữ liệu không hợp lệ") String title, @Schema(example = "400") int status,
		@Schema(example = "Thu nhập bình quân đầu người không được âm.") String detail,
		@Schema(example = "Monthly income per capita must not be negative.") String detailEn,
		@Schema(example = "/api/v1/poverty/classify") String instance, List<ApiFieldError> errors) {
}

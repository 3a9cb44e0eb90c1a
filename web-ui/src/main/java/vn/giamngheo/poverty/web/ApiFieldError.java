package vn.giamngheo.poverty.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** One refused field of an API request, Vietnamese first. */
@Schema(name = "FieldError")
record ApiFieldError(
		@Schema(example = "deficiencies[1]",
				description = "Trường bị lỗi (JSON path) / The refused field") String field,
		@Schema(example = "poverty.api.deficiency.unknown",
				description = "Mã lỗi ổn định / Stable error code") String code,
		@Schema(description = "Thông báo tiếng Việt / Vietnamese message") String message,
		@Schema(description = "English message") String messageEn) {
}

package vn.giamngheo.poverty.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of {@code POST /api/v1/poverty/classify}, for the OpenAPI document. The
 * controller reads the JSON tree itself so that every wrong field, whatever its type, is
 * reported by name rather than as one parse failure.
 */
@Schema(name = "ClassifyRequest",
		description = "Thu nhập và các chỉ số thiếu hụt của một hộ / A household's income and deficiencies")
record ClassifyRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
		"RURAL", "URBAN" }, description = "Khu vực: nông thôn hoặc thành thị / Area type") String area,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", example = "1500000",
				description = "Thu nhập bình quân đầu người/tháng, đồng / Monthly income per capita, whole đồng") Long monthlyIncomePerCapita,
		@ArraySchema(schema = @Schema(example = "HEALTH_INSURANCE",
				description = "Mã chỉ số thiếu hụt của chuẩn áp dụng / Indicator code defined by the applicable standard: "
						+ "EMPLOYMENT, DEPENDANTS, NUTRITION, HEALTH_INSURANCE, ADULT_EDUCATION, CHILD_SCHOOL_ATTENDANCE, "
						+ "HOUSING_QUALITY, HOUSING_AREA, DOMESTIC_WATER, SANITATION, TELECOM_SERVICES, INFORMATION_ACCESS, "
						+ "WASTE_TREATMENT (2027–2030) or a provincial code")) List<String> deficiencies,
		@Schema(example = "2025", nullable = true,
				description = "Năm áp dụng chuẩn (mặc định: năm nay); chuẩn được chọn theo ngày 31/12 của năm / "
						+ "Year whose standard applies (default: this year), chosen as of 31 December") Integer year,
		@Schema(example = "84", nullable = true, pattern = "^[0-9]{2}$",
				description = "Mã tỉnh; chuẩn của tỉnh được dùng nếu có / Province code; a provincial standard applies if one exists") String provinceCode){
}

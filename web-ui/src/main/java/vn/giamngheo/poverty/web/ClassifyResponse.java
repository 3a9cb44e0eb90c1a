package vn.giamngheo.poverty.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.PovertyCategory;

/**
 * The answer of the classify API; the first four fields are the contract other systems
 * depend on.
 */
@JsonPropertyOrder({ "category", "deficiencyCount", "standardId", "incomeLine", "standardVersion", "jurisdiction",
		"area", "monthlyIncomePerCapita", "deficiencies", "averageLivingCeiling", "assessedOn" })
@Schema(name = "ClassifyResponse")
record ClassifyResponse(@Schema(description = "POOR, NEAR_POOR, AVERAGE_LIVING hoặc NOT_POOR") PovertyCategory category,
		int deficiencyCount, @Schema(example = "VN-2022-2025") String standardId,
		@Schema(description = "Chuẩn nghèo theo khu vực, đồng/người/tháng / The income line used") long incomeLine,
		int standardVersion,
		@Schema(description = "\"\" = chuẩn quốc gia, nếu không là mã tỉnh / \"\" national, else the province code") String jurisdiction,
		String area, long monthlyIncomePerCapita, List<String> deficiencies,
		@Schema(nullable = true,
				description = "Mức sống trung bình đến / Upper bound of the average-living band") Long averageLivingCeiling,
		@Schema(description = "Ngày dùng để chọn chuẩn (31/12 của năm) / The date the standard was chosen for") String assessedOn) {

	static ClassifyResponse of(Classification c, String jurisdiction, java.time.LocalDate on) {
		return new ClassifyResponse(c.category(), c.deficiencyCount(), c.standardId(), c.incomeLine(),
				c.standardVersion(), jurisdiction, c.area().name(), c.monthlyIncomePerCapita(), c.deficiencyCodes(),
				c.averageLivingCeiling().isPresent() ? c.averageLivingCeiling().getAsLong() : null, on.toString());
	}
}

package vn.giamngheo.poverty;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A deficiency indicator ("chỉ số thiếu hụt"). Codes are plain strings, not an enum,
 * because a provincial standard or a later decree may define further indicators as data
 * (domain README 7.1 item 4). The constants below are the 12 indicators of Decree
 * 07/2021/NĐ-CP (official order, README 1.5) plus WASTE_TREATMENT from the Decree
 * 351/2025/NĐ-CP draft.
 */
public record Indicator(String code, Dimension dimension, String vietnameseName, String englishName) {

	public static final String EMPLOYMENT = "EMPLOYMENT";

	public static final String DEPENDANTS = "DEPENDANTS";

	public static final String NUTRITION = "NUTRITION";

	public static final String HEALTH_INSURANCE = "HEALTH_INSURANCE";

	public static final String ADULT_EDUCATION = "ADULT_EDUCATION";

	public static final String CHILD_SCHOOL_ATTENDANCE = "CHILD_SCHOOL_ATTENDANCE";

	public static final String HOUSING_QUALITY = "HOUSING_QUALITY";

	public static final String HOUSING_AREA = "HOUSING_AREA";

	public static final String DOMESTIC_WATER = "DOMESTIC_WATER";

	public static final String SANITATION = "SANITATION";

	public static final String TELECOM_SERVICES = "TELECOM_SERVICES";

	public static final String INFORMATION_ACCESS = "INFORMATION_ACCESS";

	public static final String WASTE_TREATMENT = "WASTE_TREATMENT";

	private static final Map<String, Indicator> CATALOGUE = new LinkedHashMap<>();

	static {
		add(EMPLOYMENT, Dimension.EMPLOYMENT, "Việc làm", "Employment");
		add(DEPENDANTS, Dimension.EMPLOYMENT, "Người phụ thuộc trong hộ gia đình", "Dependants");
		add(NUTRITION, Dimension.HEALTH, "Dinh dưỡng", "Nutrition");
		add(HEALTH_INSURANCE, Dimension.HEALTH, "Bảo hiểm y tế", "Health insurance");
		add(ADULT_EDUCATION, Dimension.EDUCATION, "Trình độ giáo dục của người lớn", "Adult education level");
		add(CHILD_SCHOOL_ATTENDANCE, Dimension.EDUCATION, "Tình trạng đi học của trẻ em", "Child school attendance");
		add(HOUSING_QUALITY, Dimension.HOUSING, "Chất lượng nhà ở", "Housing quality");
		add(HOUSING_AREA, Dimension.HOUSING, "Diện tích nhà ở bình quân đầu người", "Floor area per person");
		add(DOMESTIC_WATER, Dimension.WATER_AND_SANITATION, "Nguồn nước sinh hoạt", "Domestic water source");
		add(SANITATION, Dimension.WATER_AND_SANITATION, "Nhà tiêu hợp vệ sinh", "Hygienic latrine");
		add(TELECOM_SERVICES, Dimension.INFORMATION, "Sử dụng dịch vụ viễn thông", "Use of telecom services");
		add(INFORMATION_ACCESS, Dimension.INFORMATION, "Phương tiện phục vụ tiếp cận thông tin",
				"Means of accessing information");
		add(WASTE_TREATMENT, Dimension.WATER_AND_SANITATION, "Xử lý rác thải", "Waste treatment");
	}

	public Indicator {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(dimension, "dimension");
		if (code.isBlank()) {
			throw new IllegalArgumentException("indicator code must not be blank");
		}
	}

	private static void add(String code, Dimension dimension, String vi, String en) {
		CATALOGUE.put(code, new Indicator(code, dimension, vi, en));
	}

	/**
	 * The built-in catalogue entry for a code, if the code is one of the national ones.
	 */
	public static Optional<Indicator> byCode(String code) {
		return Optional.ofNullable(CATALOGUE.get(code));
	}

	/**
	 * All built-in indicators, in the official Decree 07 order followed by
	 * WASTE_TREATMENT.
	 */
	public static Collection<Indicator> catalogue() {
		return java.util.Collections.unmodifiableCollection(CATALOGUE.values());
	}
}

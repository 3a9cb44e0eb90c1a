package vn.giamngheo.poverty;

/**
 * The basic social services ("dịch vụ xã hội cơ bản") an indicator belongs to; Decree
 * 07/2021/NĐ-CP Art. 3(2).
 */
public enum Dimension {

	EMPLOYMENT("Việc làm", "Employment"), HEALTH("Y tế", "Health"), EDUCATION("Giáo dục", "Education"),
	HOUSING("Nhà ở", "Housing"), WATER_AND_SANITATION("Nước sinh hoạt và vệ sinh", "Domestic water and sanitation"),
	INFORMATION("Thông tin", "Information"),
	/**
	 * Decree 351/2025/NĐ-CP draft widens water and sanitation to include the environment
	 * (waste treatment).
	 */
	ENVIRONMENT("Môi trường", "Environment"), OTHER("Khác", "Other");

	private final String vietnameseName;

	private final String englishName;

	Dimension(String vietnameseName, String englishName) {
		this.vietnameseName = vietnameseName;
		this.englishName = englishName;
	}

	public String vietnameseName() {
		return vietnameseName;
	}

	public String englishName() {
		return englishName;
	}

}

package vn.giamngheo.demo;

import java.util.List;
import java.util.random.RandomGenerator;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.Sex;

/**
 * Plausible names for Kinh, Khmer and Hoa people of the Mekong delta, as the seed
 * reports' districts have them.
 */
final class DemoNames {

	private static final List<String> KINH_FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan",
			"Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Lý", "Đoàn", "Châu", "Lâm", "Tô", "Mai");

	private static final List<String> KINH_MALE = List.of("An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Khánh",
			"Lộc", "Minh", "Nam", "Phúc", "Quang", "Sơn", "Tài", "Thành", "Tuấn", "Vinh", "Hiếu", "Toàn");

	private static final List<String> KINH_FEMALE = List.of("Hoa", "Lan", "Mai", "Hạnh", "Hương", "Thảo", "Tâm",
			"Trang", "Nga", "Yến", "Thủy", "Diễm", "Phượng", "Loan", "Ngọc", "Kiều", "Nhung", "Vân", "Xuân", "Hằng");

	private static final List<String> KINH_MIDDLE_MALE = List.of("Văn", "Minh", "Hoàng", "Thanh", "Quốc", "Hữu");

	private static final List<String> KINH_MIDDLE_FEMALE = List.of("Thị", "Ngọc", "Thanh", "Kim", "Mỹ", "Thị");

	private static final List<String> KHMER_FAMILY = List.of("Thạch", "Kim", "Sơn", "Lâm", "Danh", "Triệu", "Trà",
			"Kiên", "Dương", "Thạch", "Kim", "Sơn");

	private static final List<String> KHMER_MALE = List.of("Sa Rươne", "Sóc Kha", "Sô Phanh", "Chanh Đa", "Sà Rinh",
			"Phol", "Som", "Rết", "Dươne", "Sang", "Mol", "Sa Vên", "Chanh Thi", "Sóc Nang", "Phước");

	private static final List<String> KHMER_FEMALE = List.of("Thị Sa Ly", "Thị Sóc Phi", "Thị Sa Rum", "Thị Pha",
			"Thị Ry", "Thị Sa Vanh", "Thị Sóc Thi", "Thị Mỹ Linh", "Thị Chanh", "Thị Sà Ra", "Thị Sóc Kha");

	private static final List<String> HOA_FAMILY = List.of("Quách", "Lâm", "Tăng", "Lư", "Trần", "Hứa", "Diệp");

	private DemoNames() {
	}

	static String name(Ethnicity ethnicity, Sex sex, RandomGenerator random) {
		return switch (ethnicity) {
			case KHMER -> pick(KHMER_FAMILY, random) + " " + pick(sex == Sex.MALE ? KHMER_MALE : KHMER_FEMALE, random);
			case HOA -> pick(HOA_FAMILY, random) + " " + kinhRest(sex, random);
			default -> pick(KINH_FAMILY, random) + " " + kinhRest(sex, random);
		};
	}

	/** Children usually take the father's family name. */
	static String childName(String fatherName, Ethnicity ethnicity, Sex sex, RandomGenerator random) {
		String family = fatherName.substring(0, fatherName.indexOf(' '));
		String rest = name(ethnicity, sex, random);
		return family + rest.substring(rest.indexOf(' '));
	}

	private static String kinhRest(Sex sex, RandomGenerator random) {
		return sex == Sex.MALE ? pick(KINH_MIDDLE_MALE, random) + " " + pick(KINH_MALE, random)
				: pick(KINH_MIDDLE_FEMALE, random) + " " + pick(KINH_FEMALE, random);
	}

	static <T> T pick(List<T> list, RandomGenerator random) {
		return list.get(random.nextInt(list.size()));
	}

}

package vn.giamngheo.demo;

import java.util.List;

/**
 * The demo province: Trà Vinh as it stood in 2023, with the communes of Trà Cú (the
 * district of the seed plan) and Cầu Ngang named as they were then. Codes are made up for
 * the demo, not the official ones.
 */
final class DemoGeography {

	record District(String code, String name, List<String> communes, List<String> townships) {
	}

	static final District TRA_CU = new District("849", "Trà Cú",
			List.of("Phước Hưng", "Tập Sơn", "Tân Sơn", "An Quảng Hữu", "Lưu Nghiệp Anh", "Ngãi Xuyên", "Kim Sơn",
					"Thanh Sơn", "Hàm Giang", "Hàm Tân", "Đại An", "Định An", "Ngọc Biên", "Long Hiệp", "Tân Hiệp"),
			List.of("Trà Cú", "Định An"));

	static final District CAU_NGANG = new District("848", "Cầu Ngang",
			List.of("Mỹ Long Bắc", "Mỹ Long Nam", "Mỹ Hòa", "Vĩnh Kim", "Kim Hòa", "Hiệp Hòa", "Thuận Hòa", "Long Sơn",
					"Nhị Trường", "Trường Thọ", "Hiệp Mỹ Đông", "Hiệp Mỹ Tây", "Thạnh Hòa Sơn"),
			List.of("Cầu Ngang", "Mỹ Long"));

	/** Further districts, used when a larger province is asked for (benchmarks). */
	static final List<String> MORE_DISTRICTS = List.of("Càng Long", "Cầu Kè", "Tiểu Cần", "Châu Thành", "Duyên Hải",
			"Trà Vinh", "Long Phú", "Mỹ Xuyên", "Vĩnh Châu");

	static final List<String> MORE_COMMUNES = List.of("Long Thới", "Phong Phú", "Hòa Thuận", "An Trường", "Tân An",
			"Phương Thạnh", "Đại Phước", "Nhị Long", "Đức Mỹ", "Bình Phú", "Huyền Hội", "Mỹ Cẩm", "Hòa Lợi", "Song Lộc",
			"Lương Hòa", "Đa Lộc", "Hưng Mỹ", "Phú Cần", "Tập Ngãi", "Ngãi Hùng");

	static final List<String> VILLAGES = List.of("Sóc Tro Trên", "Sóc Tro Dưới", "Chợ", "Ba Trạch A", "Ba Trạch B",
			"Xoài Xiêm", "Giồng Lớn", "Bến Trị", "Đôn Chụm", "Leng", "Cây Da", "Phú Thọ", "Bà Tây", "Chông Bát",
			"Trà Sất", "Cà Hom", "Kinh Xáng", "Vàm Ray", "Mé Rạch", "Sóc Chùa");

	/**
	 * Communes the Prime Minister listed as especially difficult in ethnic-minority areas
	 * (Decision 861/QĐ-TTg).
	 */
	static final List<String> ESPECIALLY_DIFFICULT = List.of("Ngãi Xuyên", "Hàm Giang");

	private DemoGeography() {
	}

}

package vn.giamngheo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTests {

	@ParameterizedTest
	@CsvSource({ "Nguyễn Văn A, nguyen van a", "ĐẶNG THỊ Đào, dang thi dao", "'  Thạch   Sa  Rươne ', thach sa ruone",
			"Lâm Thị Sóc Phol, lam thi soc phol", "Trà Cú, tra cu" })
	void foldsDiacriticsCaseAndSpaces(String text, String folded) {
		assertThat(VietnameseText.fold(text)).isEqualTo(folded);
	}

	@Test
	void foldsDecomposedInputTheSameAsComposed() {
		String decomposed = java.text.Normalizer.normalize("Nguyễn", java.text.Normalizer.Form.NFD);
		assertThat(VietnameseText.fold(decomposed)).isEqualTo("nguyen");
	}

	@Test
	void sortsByGivenNameFirst() {
		assertThat(VietnameseText.sortKey("Nguyễn Văn An")).isEqualTo("An Nguyễn Văn");
		assertThat(VietnameseText.sortKey("Sơn")).isEqualTo("Sơn");
	}

	@Test
	void foldsNullToEmpty() {
		assertThat(VietnameseText.fold(null)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void namesSortInTheVietnameseAlphabetNotByCodePoint() {
		java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("Đôn Xuân", "Ân Hòa", "Tập Sơn",
				"Định An", "Dân Thành", "An Quảng Hữu", "Ngãi Xuyên"));
		names.sort(VietnameseText.order());
		org.assertj.core.api.Assertions.assertThat(names)
			.containsExactly("An Quảng Hữu", "Ân Hòa", "Dân Thành", "Định An", "Đôn Xuân", "Ngãi Xuyên", "Tập Sơn");
	}

}

package vn.giamngheo.household.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.giamngheo.shared.VietnameseText;

/**
 * The columns of the register import template, in their order. The header names are a
 * published contract (issue 15): other software and provinces' scripts write files with
 * exactly these headers, so they never change.
 */
public enum RegisterColumn {

	HOUSEHOLD_CODE("household_code", "mã hộ"), COMMUNE_CODE("commune_code", "mã xã"),
	VILLAGE_CODE("village_code", "mã ấp", "mã thôn"), ADDRESS("address", "địa chỉ"),
	PHONE("phone", "điện thoại", "số điện thoại"), RELATIONSHIP("relationship", "quan hệ với chủ hộ", "quan hệ"),
	FULL_NAME("full_name", "họ và tên", "họ tên"), DATE_OF_BIRTH("date_of_birth", "ngày sinh"), SEX("sex", "giới tính"),
	ETHNICITY("ethnicity", "dân tộc"), CITIZEN_ID("citizen_id", "số định danh cá nhân", "số cccd", "cccd"),
	HEALTH_INSURANCE_CARD("health_insurance_card", "số thẻ bhyt", "thẻ bhyt", "bhyt");

	private final String header;

	private final List<String> aliases;

	RegisterColumn(String header, String... aliases) {
		this.header = header;
		this.aliases = Arrays.stream(aliases).map(VietnameseText::fold).toList();
	}

	/** The header in the template. */
	public String header() {
		return header;
	}

	/**
	 * The column a header names: the template's own header, or a common Vietnamese header
	 * of registers kept in Excel ("Họ và tên", "Ngày sinh", …), compared without case or
	 * diacritics.
	 */
	public static Optional<RegisterColumn> byHeader(String text) {
		String folded = VietnameseText.fold(text).replace('_', ' ');
		return Arrays.stream(values())
			.filter(c -> c.header.replace('_', ' ').equals(folded) || c.aliases.contains(folded))
			.findFirst();
	}

	public static List<String> headers() {
		return Arrays.stream(values()).map(RegisterColumn::header).toList();
	}

}

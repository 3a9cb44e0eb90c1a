package vn.giamngheo.household.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.Relationship;
import vn.giamngheo.household.Sex;

class RegisterValuesTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource({ "Chủ hộ, HEAD", "chu ho, HEAD", "CHỦ HỘ, HEAD", "Vợ, SPOUSE", "Chồng, SPOUSE", "Con, CHILD",
			"Con dâu, CHILD_IN_LAW", "Con rể, CHILD_IN_LAW", "Mẹ, PARENT", "Cháu, GRANDCHILD", "Bà, GRANDPARENT",
			"Em, SIBLING", "Họ hàng khác, OTHER_RELATIVE", "Khác, OTHER" })
	void readsRelationshipsAsRegistersWriteThem(String text, Relationship expected) {
		assertThat(RegisterValues.relationship(text)).contains(expected);
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource({ "Kinh, KINH", "Khmer, KHMER", "khơ me, KHMER", "Khơ-me, KHMER", "Ê Đê, E_DE", "e de, E_DE",
			"Bru - Vân Kiều, BRU_VAN_KIEU", "Mông, HMONG", "05, KHMER", "5, KHMER", "Hoa, HOA" })
	void readsEthnicGroupsByTheirVietnameseNamesOrCodes(String text, Ethnicity expected) {
		assertThat(RegisterValues.ethnicity(text)).contains(expected);
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource({ "05/03/1980, 1980-03-05", "5/3/1980, 1980-03-05", "05.03.1980, 1980-03-05", "05-03-1980, 1980-03-05",
			"1980-03-05, 1980-03-05", "29/02/2024, 2024-02-29" })
	void readsDatesDayFirst(String text, LocalDate expected) {
		assertThat(RegisterValues.date(text)).contains(expected);
	}

	@ParameterizedTest(name = "\"{0}\" is not a date")
	@CsvSource({ "31/02/1980", "29/02/2023", "1980", "05/13/1980", "hôm qua", "3/5/80" })
	void refusesWhatIsNotADate(String text) {
		assertThat(RegisterValues.date(text)).isEmpty();
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource({ "Nam, MALE", "nam, MALE", "Nữ, FEMALE", "Nu, FEMALE", "NỮ, FEMALE" })
	void readsSexes(String text, Sex expected) {
		assertThat(RegisterValues.sex(text)).contains(expected);
	}

	@Test
	void reportsEveryBadCellOfARowNotOnlyTheFirst() {
		String[] cells = { "", "X1", "", "Tổ 1", "12", "Chủ nhà", "Lâm Văn Tư", "31/02/1980", "Trai", "Kinh", "0840",
				"XX" };
		List<RowProblem> problems = new ArrayList<>();

		PersonRow row = RegisterRowRules.read(7, cells, LocalDate.of(2026, 1, 1), problems);

		assertThat(problems).extracting(p -> p.column().header() + ":" + p.key())
			.containsExactly("household_code:import.error.required", "village_code:import.error.required",
					"phone:import.error.phone", "relationship:import.error.relationship",
					"date_of_birth:import.error.date", "sex:import.error.sex",
					"citizen_id:import.error.citizenId.NOT_TWELVE_DIGITS", "health_insurance_card:import.error.card");
		assertThat(row.fullName()).isEqualTo("Lâm Văn Tư");
		assertThat(row.dateOfBirth()).isNull();
	}

	@Test
	void aCitizenIdMustAgreeWithTheSexAndYearOfBirth() {
		String[] cells = { "H1", "X1", "V1", "Tổ 1", "", "Chủ hộ", "Sơn Thị Pha", "01/01/1980", "Nữ", "Khmer",
				"084080000123", "" };
		List<RowProblem> problems = new ArrayList<>();

		RegisterRowRules.read(2, cells, LocalDate.of(2026, 1, 1), problems);

		assertThat(problems).extracting(RowProblem::key).containsExactly("import.error.citizenId.SEX_MISMATCH");
	}

	@Test
	void findsColumnsByTheTemplatesHeadersOrCommonVietnameseOnes() {
		assertThat(RegisterColumn.byHeader("full_name")).contains(RegisterColumn.FULL_NAME);
		assertThat(RegisterColumn.byHeader("Họ và tên")).contains(RegisterColumn.FULL_NAME);
		assertThat(RegisterColumn.byHeader("NGAY SINH")).contains(RegisterColumn.DATE_OF_BIRTH);
		assertThat(RegisterColumn.byHeader("Ghi chú")).isEmpty();
	}

}

package vn.giamngheo.poverty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.giamngheo.poverty.IndicatorCutoffs;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;

/**
 * The standards page lets an administrator store a version with its own indicator
 * cut-offs (issue 10), checked with a Vietnamese message next to the field. The stored
 * versions are provincial (province 84) and valid in 2038 only, this branch's test year,
 * so no other test's classification sees them.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class StandardCutoffsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PovertyStandardCatalog catalog;

	@Test
	void theFormOffersTheCutoffsOfTheVersionItCopies() throws Exception {
		mvc.perform(get("/poverty/standards/new").param("from", "VN-2022-2025:1")
			.with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngưỡng thiếu hụt của các chỉ số")))
			.andExpect(content().string(containsString("name=\"cutoffs.floorAreaPerPersonMin\" value=\"8\"")))
			.andExpect(content().string(containsString("name=\"cutoffs.healthInsuranceMinAge\" value=\"6\"")));
	}

	@Test
	void aVersionStoredWithAnotherFloorAreaKeepsIt() throws Exception {
		mvc.perform(form("TV-84-2038-AREA").param("cutoffs.floorAreaPerPersonMin", "10.5")
			.param("cutoffs.healthInsuranceMinAge", "5")
			.with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/poverty/standards"));
		IndicatorCutoffs stored = catalog.find("TV-84-2038-AREA", 1).orElseThrow().standard().cutoffs();
		assertThat(stored.floorAreaPerPersonMin()).isEqualTo(10.5);
		assertThat(stored.healthInsuranceMinAge()).isEqualTo(5);
		assertThat(stored.workingAgeMax()).isEqualTo(IndicatorCutoffs.DECREE_07_2021.workingAgeMax());
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|',
			value = { "cutoffs.floorAreaPerPersonMin | 0        | Diện tích phải lớn hơn 0",
					"cutoffs.floorAreaPerPersonMin | 8.125    | tối đa 2 chữ số thập phân",
					"cutoffs.healthInsuranceMinAge | 130      | Tuổi phải từ 0 đến 120.",
					"cutoffs.dependantSharePercent | 100      | Tỷ lệ phải từ 0 đến 99%.",
					"cutoffs.nonDurableStructuresMin | 4      | Số kết cấu chính phải từ 1 đến 3",
					"cutoffs.workingAgeMax         | 14       | Tuổi lao động đến phải không nhỏ hơn tuổi lao động từ.",
					"cutoffs.schoolAttendanceAgeLimit | 3     | phải lớn hơn tuổi “từ” của chỉ số trẻ em đi học",
					"cutoffs.adultEducationUpperBarAge | 31   | Tuổi yêu cầu THPT hoặc nghề phải nằm trong khoảng tuổi",
					"cutoffs.workingAgeMin         | mười lăm | ", })
	void anInvalidCutoffIsRefusedNextToItsField(String field, String value, String message) throws Exception {
		var result = mvc
			.perform(form("TV-84-2038-BAD").param(field, value).with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		if (message != null) {
			result.andExpect(content().string(containsString(message)));
		}
		assertThat(catalog.find("TV-84-2038-BAD", 1)).isEmpty();
	}

	private static MockHttpServletRequestBuilder form(String id) {
		return post("/poverty/standards/new").with(csrf())
			.param("from", "VN-2022-2025:1")
			.param("standardId", id)
			.param("version", "1")
			.param("jurisdiction", "84")
			.param("validFrom", "01/01/2038")
			.param("validTo", "31/12/2038")
			.param("status", "ACTIVE")
			.param("ruralIncomeLine", "1500000")
			.param("ruralAverageLivingCeiling", "2250000")
			.param("urbanIncomeLine", "2000000")
			.param("urbanAverageLivingCeiling", "3000000")
			.param("indicatorCodes", "EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE", "ADULT_EDUCATION",
					"CHILD_SCHOOL_ATTENDANCE", "HOUSING_QUALITY", "HOUSING_AREA", "DOMESTIC_WATER", "SANITATION",
					"TELECOM_SERVICES", "INFORMATION_ACCESS")
			.param("minDeficiencies", "3")
			.param("legalReference", "Quyết định của UBND tỉnh (thử nghiệm 2038)")
			.param("unconfirmedNotes", "cutoffs: số liệu thử nghiệm");
	}

}

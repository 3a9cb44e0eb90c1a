package vn.giamngheo.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EthnicityTests {

	@Test
	void listsTheFiftyFourGroupsWithDistinctCodes() {
		assertThat(Ethnicity.values()).hasSize(54);
		assertThat(Arrays.stream(Ethnicity.values()).map(Ethnicity::code).distinct()).hasSize(54);
		assertThat(Ethnicity.byCode("05")).contains(Ethnicity.KHMER);
	}

	@Test
	void treatsEveryGroupButKinhAsMinority() {
		assertThat(Ethnicity.KINH.isMinority()).isFalse();
		assertThat(Ethnicity.KHMER.isMinority()).isTrue();
	}

}

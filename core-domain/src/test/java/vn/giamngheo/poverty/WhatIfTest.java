package vn.giamngheo.poverty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.giamngheo.area.AreaType;

class WhatIfTest {

	private static final PovertyStandard NEXT = PovertyStandards.builtIn()
		.applicableNational(LocalDate.of(2027, 6, 1))
		.orElseThrow();

	@Test
	void countsCategoryChangesPerAreaUnderTheNextStandard() {
		Set<String> three = Set.of(Indicator.EMPLOYMENT, Indicator.NUTRITION, Indicator.SANITATION);
		List<WhatIfHousehold> households = List.of(
				// near-poor at 1.6M today? No: 1.6M rural is average living under Decree
				// 07; under 2.2M it becomes poor
				new WhatIfHousehold("h1", "xa-A", AreaType.RURAL, 1_600_000, three, PovertyCategory.AVERAGE_LIVING),
				new WhatIfHousehold("h2", "xa-A", AreaType.RURAL, 1_600_000, Set.of(), PovertyCategory.AVERAGE_LIVING),
				new WhatIfHousehold("h3", "xa-A", AreaType.URBAN, 5_000_000, Set.of(), PovertyCategory.NOT_POOR),
				// INFORMATION_ACCESS does not exist from 2027: poor with three becomes
				// near-poor with two
				new WhatIfHousehold("h4", "xa-B", AreaType.RURAL, 1_000_000,
						Set.of(Indicator.EMPLOYMENT, Indicator.NUTRITION, Indicator.INFORMATION_ACCESS),
						PovertyCategory.POOR));

		WhatIf.Result r = WhatIf.reclassify(households, NEXT);

		TransitionMatrix a = r.byArea().get("xa-A");
		assertThat(a.count(PovertyCategory.AVERAGE_LIVING, PovertyCategory.POOR)).isEqualTo(1);
		assertThat(a.count(PovertyCategory.AVERAGE_LIVING, PovertyCategory.NEAR_POOR)).isEqualTo(1);
		assertThat(a.count(PovertyCategory.NOT_POOR, PovertyCategory.NOT_POOR)).isEqualTo(1);
		assertThat(a.changed()).isEqualTo(2);
		assertThat(r.byArea().get("xa-B").count(PovertyCategory.POOR, PovertyCategory.NEAR_POOR)).isEqualTo(1);
		assertThat(r.total().total()).isEqualTo(4);
		assertThat(r.total().after(PovertyCategory.NEAR_POOR)).isEqualTo(2);
		assertThat(r.total().before(PovertyCategory.AVERAGE_LIVING)).isEqualTo(2);
		assertThat(r.droppedIndicators()).containsExactly(Indicator.INFORMATION_ACCESS);
		assertThat(r.targetStandardId()).isEqualTo("VN-2027-2030");
	}

}

package vn.giamngheo.poverty.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Alkire–Foster measures on a hand-computed example (d = 4 indicators, k = 2). */
class PovertyMeasuresTest {

	private static final List<String> CODES = List.of("A", "B", "C", "D");

	/**
	 * Households: {A,B,C} ×2 members, {A} ×3 members, {} ×1, {B,D} ×4. Poor (≥ 2): first
	 * and last. By household: H = 2/4; S = 3 + 2 = 5; A = 5/(2·4) = 5/8; M0 = 5/16. By
	 * person (N = 10, Q = 6): S = 2·3 + 4·2 = 14; H = 6/10; A = 14/24; M0 = 14/40.
	 */
	private static PovertyMeasures.Accumulator example() {
		return new PovertyMeasures.Accumulator(CODES, 2).add(Set.of("A", "B", "C"), 2)
			.add(Set.of("A"), 3)
			.add(Set.of(), 1)
			.add(Set.of("B", "D"), 4);
	}

	@Test
	void computesHeadcountIntensityAndAdjustedHeadcountPerHousehold() {
		PovertyMeasures m = example().measures(Weighting.HOUSEHOLD);

		assertThat(m.headcountRatio()).isEqualTo(Ratio.of(1, 2));
		assertThat(m.intensity()).isEqualTo(Ratio.of(5, 8));
		assertThat(m.adjustedHeadcountRatio()).isEqualTo(Ratio.of(5, 16));
		assertThat(m.adjustedHeadcountRatio()).isEqualTo(m.headcountRatio().times(m.intensity()));
		assertThat(m.adjustedHeadcountRatio().toBigDecimal(4)).isEqualByComparingTo(new BigDecimal("0.3125"));
	}

	@Test
	void weightsByMembersWhenCountingPersons() {
		PovertyMeasures m = example().measures(Weighting.PERSON);

		assertThat(m.population()).isEqualTo(10);
		assertThat(m.poor()).isEqualTo(6);
		assertThat(m.headcountRatio()).isEqualTo(Ratio.of(3, 5));
		assertThat(m.intensity()).isEqualTo(Ratio.of(14, 24));
		assertThat(m.adjustedHeadcountRatio()).isEqualTo(Ratio.of(14, 40));
	}

	@Test
	void censoredHeadcountLeavesOutDeprivationsOfTheNonPoor() {
		PovertyMeasures.IndicatorMeasures a = example().measures(Weighting.HOUSEHOLD).indicatorResults().get(0);

		assertThat(a.code()).isEqualTo("A");
		assertThat(a.uncensoredHeadcountRatio()).isEqualTo(Ratio.of(2, 4));
		assertThat(a.censoredHeadcountRatio()).isEqualTo(Ratio.of(1, 4));
		// contribution = (censored / d) / M0 = (1/4 / 4) / (5/16) = 1/5
		assertThat(a.contribution()).isEqualTo(Ratio.of(1, 5));
		assertThat(a.contribution().toPercent(1)).isEqualByComparingTo("20.0");
	}

	@Test
	void contributionsAddUpToOneHundredPercent() {
		Ratio sum = example().measures(Weighting.PERSON)
			.indicatorResults()
			.stream()
			.map(PovertyMeasures.IndicatorMeasures::contribution)
			.reduce(Ratio.ZERO, Ratio::plus);
		assertThat(sum).isEqualTo(Ratio.of(1, 1));
	}

	@Test
	void anEmptyPopulationHasNoPoverty() {
		PovertyMeasures m = new PovertyMeasures.Accumulator(CODES, 2).measures(Weighting.HOUSEHOLD);
		assertThat(m.headcountRatio()).isEqualTo(Ratio.ZERO);
		assertThat(m.adjustedHeadcountRatio()).isEqualTo(Ratio.ZERO);
	}

	@Test
	void refusesToMergeAccumulatorsOverDifferentIndicators() {
		assertThatThrownBy(() -> example().merge(new PovertyMeasures.Accumulator(List.of("A", "B"), 2)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> example().add(Set.of("Z"), 1)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Z");
	}

}

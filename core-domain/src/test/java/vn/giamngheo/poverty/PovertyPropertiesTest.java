package vn.giamngheo.poverty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.measures.PovertyMeasures;
import vn.giamngheo.poverty.measures.Ratio;
import vn.giamngheo.poverty.measures.Weighting;

/** Properties that must hold under every shipped standard. */
class PovertyPropertiesTest {

	private static final List<PovertyStandard> STANDARDS = PovertyStandards.builtIn().all();

	@Provide
	Arbitrary<PovertyStandard> standards() {
		return Arbitraries.of(STANDARDS);
	}

	@Property
	void moreIncomeNeverMakesAHouseholdPoorer(@ForAll("standards") PovertyStandard s, @ForAll AreaType area,
			@ForAll @LongRange(max = 5_000_000) long income, @ForAll @LongRange(max = 2_000_000) long raise,
			@ForAll @IntRange(max = 10) int deficiencies) {
		PovertyCategory before = s.category(area, income, deficiencies);
		PovertyCategory after = s.category(area, income + raise, deficiencies);
		assertThat(after.isPoorerThan(before)).as("%s ⇒ %s", before, after).isFalse();
	}

	@Property
	void anotherDeficiencyNeverMakesAHouseholdLessPoor(@ForAll("standards") PovertyStandard s, @ForAll AreaType area,
			@ForAll @LongRange(max = 5_000_000) long income, @ForAll @IntRange(max = 9) int deficiencies) {
		PovertyCategory before = s.category(area, income, deficiencies);
		PovertyCategory after = s.category(area, income, deficiencies + 1);
		assertThat(before.isPoorerThan(after)).as("%s ⇒ %s", before, after).isFalse();
	}

	@Property
	void aboveTheLineDeficienciesDoNotMatter(@ForAll("standards") PovertyStandard s, @ForAll AreaType area,
			@ForAll @LongRange(min = 1, max = 5_000_000) long above, @ForAll @IntRange(max = 10) int deficiencies) {
		long income = s.incomeLine(area) + above;
		assertThat(s.category(area, income, deficiencies)).isEqualTo(s.category(area, income, 0))
			.isIn(PovertyCategory.AVERAGE_LIVING, PovertyCategory.NOT_POOR);
	}

	/** One household: deficiency mask over 12 indicators, members, area index. */
	record Household(long mask, int members, int area) {
	}

	@Provide
	Arbitrary<List<Household>> households() {
		Arbitrary<Household> h = Combinators
			.combine(Arbitraries.longs().between(0, (1L << 12) - 1), Arbitraries.integers().between(1, 9),
					Arbitraries.integers().between(0, 5))
			.as(Household::new);
		return h.list().ofMinSize(1).ofMaxSize(200);
	}

	@Property(tries = 300)
	void measuresDecomposeExactlyOverAnyPartitionIntoAreas(@ForAll("households") List<Household> households,
			@ForAll Weighting weighting) {
		PovertyStandard s = STANDARDS.stream().filter(x -> x.id().equals("VN-2022-2025")).findFirst().orElseThrow();
		PovertyMeasures.Accumulator whole = PovertyMeasures.accumulator(s);
		Map<Integer, PovertyMeasures.Accumulator> parts = new LinkedHashMap<>();
		for (Household h : households) {
			whole.addMask(h.mask(), h.members());
			parts.computeIfAbsent(h.area(), a -> PovertyMeasures.accumulator(s)).addMask(h.mask(), h.members());
		}
		PovertyMeasures.Accumulator merged = PovertyMeasures.accumulator(s);
		parts.values().forEach(merged::merge);

		assertThat(merged).isEqualTo(whole);
		PovertyMeasures all = whole.measures(weighting);
		assertThat(merged.measures(weighting)).isEqualTo(all);

		Ratio weightedSum = Ratio.ZERO;
		for (PovertyMeasures.Accumulator part : parts.values()) {
			PovertyMeasures m = part.measures(weighting);
			weightedSum = weightedSum
				.plus(Ratio.of(m.population(), all.population()).times(m.adjustedHeadcountRatio()));
		}
		assertThat(weightedSum).isEqualTo(all.adjustedHeadcountRatio());
		assertThat(all.adjustedHeadcountRatio()).isEqualTo(all.headcountRatio().times(all.intensity()));
	}

	@Property(tries = 200)
	void classifyingFromCodesMatchesTheCountRule(@ForAll("standards") PovertyStandard s, @ForAll AreaType area,
			@ForAll @LongRange(max = 4_000_000) long income, @ForAll("subsetSeeds") long seed) {
		Set<String> codes = new HashSet<>();
		List<String> all = new ArrayList<>(s.indicatorCodes());
		for (int i = 0; i < all.size(); i++) {
			if ((seed & (1L << i)) != 0) {
				codes.add(all.get(i));
			}
		}
		Classification c = s.classify(area, income, codes);
		assertThat(c.deficiencyCount()).isEqualTo(codes.size());
		assertThat(c.category()).isEqualTo(s.category(area, income, codes.size()));
		assertThat(new HashSet<>(c.deficiencyCodes())).isEqualTo(codes);
	}

	@Provide
	Arbitrary<Long> subsetSeeds() {
		return Arbitraries.longs().between(0, (1L << 12) - 1);
	}

}

package vn.giamngheo.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.facts.EmploymentStatus;

/**
 * Every constant of every register enum the review reads, with what the rules see. A
 * constant added to an enum has no row here and fails {@link #everyConstantHasARow()}, so
 * the mapping is decided, not inherited from a name.
 */
class RegisterFactsTests {

	private static final Map<EducationLevel, vn.giamngheo.poverty.facts.EducationLevel> EDUCATION = table(
			EducationLevel.class,
			Map.of(EducationLevel.NONE, vn.giamngheo.poverty.facts.EducationLevel.NONE, EducationLevel.PRIMARY,
					vn.giamngheo.poverty.facts.EducationLevel.PRIMARY, EducationLevel.LOWER_SECONDARY,
					vn.giamngheo.poverty.facts.EducationLevel.LOWER_SECONDARY, EducationLevel.UPPER_SECONDARY,
					vn.giamngheo.poverty.facts.EducationLevel.UPPER_SECONDARY, EducationLevel.VOCATIONAL_ELEMENTARY,
					vn.giamngheo.poverty.facts.EducationLevel.VOCATIONAL_ELEMENTARY,
					EducationLevel.VOCATIONAL_INTERMEDIATE,
					vn.giamngheo.poverty.facts.EducationLevel.VOCATIONAL_INTERMEDIATE, EducationLevel.COLLEGE,
					vn.giamngheo.poverty.facts.EducationLevel.COLLEGE, EducationLevel.UNIVERSITY,
					vn.giamngheo.poverty.facts.EducationLevel.UNIVERSITY));

	private static final Map<Employment, EmploymentStatus> EMPLOYMENT = table(Employment.class,
			Map.of(Employment.NOT_WORKING_AGE, EmploymentStatus.NOT_IN_LABOUR_FORCE, Employment.EMPLOYED_WITH_CONTRACT,
					EmploymentStatus.EMPLOYED_WITH_CONTRACT, Employment.EMPLOYED_WITHOUT_CONTRACT,
					EmploymentStatus.EMPLOYED_WITHOUT_CONTRACT, Employment.SELF_EMPLOYED,
					EmploymentStatus.SELF_EMPLOYED, Employment.UNEMPLOYED, EmploymentStatus.UNEMPLOYED,
					Employment.NOT_IN_LABOUR_FORCE, EmploymentStatus.NOT_IN_LABOUR_FORCE));

	private static final Map<Schooling, Boolean> ATTENDING = table(Schooling.class, Map.of(Schooling.NOT_SCHOOL_AGE,
			false, Schooling.ATTENDING, true, Schooling.NOT_ATTENDING, false, Schooling.DROPPED_OUT, false));

	private static final Map<Disability, Boolean> DISABLED = table(Disability.class, Map.of(Disability.NONE, false,
			Disability.MILD, true, Disability.SEVERE, true, Disability.ESPECIALLY_SEVERE, true));

	private static final Map<PovertyCategory, HouseholdCategory> CATEGORY = table(PovertyCategory.class,
			Map.of(PovertyCategory.POOR, HouseholdCategory.POOR, PovertyCategory.NEAR_POOR, HouseholdCategory.NEAR_POOR,
					PovertyCategory.AVERAGE_LIVING, HouseholdCategory.AVERAGE_LIVING, PovertyCategory.NOT_POOR,
					HouseholdCategory.NOT_POOR));

	private static <K extends Enum<K>, V> Map<K, V> table(Class<K> type, Map<K, V> rows) {
		Map<K, V> m = new EnumMap<>(type);
		m.putAll(rows);
		return m;
	}

	static Stream<Arguments> rows() {
		return Stream
			.of(rows("education", EDUCATION, RegisterFacts::education),
					rows("employment", EMPLOYMENT, RegisterFacts::employment),
					rows("attending", ATTENDING, RegisterFacts::attendingSchool),
					rows("disabled", DISABLED, RegisterFacts::disabled),
					rows("category", CATEGORY, RegisterFacts::category))
			.flatMap(s -> s);
	}

	private static <K, V> Stream<Arguments> rows(String mapping, Map<K, V> table, Function<K, ?> mapper) {
		return table.entrySet()
			.stream()
			.map(e -> Arguments.of(mapping + " " + e.getKey(), e.getValue(), mapper.apply(e.getKey())));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("rows")
	void mapsEachConstant(String row, Object expected, Object mapped) {
		assertThat(mapped).as(row).isEqualTo(expected);
	}

	@Test
	void everyConstantHasARow() {
		assertThat(EDUCATION.keySet()).containsExactly(EducationLevel.values());
		assertThat(EMPLOYMENT.keySet()).containsExactly(Employment.values());
		assertThat(ATTENDING.keySet()).containsExactly(Schooling.values());
		assertThat(DISABLED.keySet()).containsExactly(Disability.values());
		assertThat(CATEGORY.keySet()).containsExactly(PovertyCategory.values());
	}

}

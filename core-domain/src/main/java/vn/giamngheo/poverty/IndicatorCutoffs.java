package vn.giamngheo.poverty;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deprivation cut-offs of the indicator rules, as data of one standard version: the
 * ages, shares, counts and areas at which a household counts as deficient. Before issue
 * 10 they were constants in the rule classes, so a stored standard could change its
 * income lines but not, say, the floor area per person. The rules
 * ({@code vn.giamngheo.poverty.rules}) read them from the standard they classify for; the
 * income lines, the deficiency count that makes a household poor and the B1/B2 cut-offs
 * are the standard's other fields.
 *
 * @param workingAgeMin EMPLOYMENT: first year of working age (inclusive)
 * @param workingAgeMax EMPLOYMENT: last year of working age (inclusive)
 * @param dependantChildAgeLimit DEPENDANTS: a member under this age is a dependant
 * @param dependantSharePercent DEPENDANTS: deficient when dependants are more than this
 * share of members
 * @param nutritionChildAgeLimit NUTRITION: a malnourished member under this age makes the
 * household deficient
 * @param healthInsuranceMinAge HEALTH_INSURANCE: members from this age on must hold a
 * card
 * @param adultEducationMinAge ADULT_EDUCATION: first age concerned
 * @param adultEducationUpperBarAge ADULT_EDUCATION: from this age THPT or a vocational
 * qualification is expected instead of THCS
 * @param adultEducationMaxAge ADULT_EDUCATION: last age concerned (inclusive)
 * @param schoolAttendanceMinAge CHILD_SCHOOL_ATTENDANCE: first age concerned
 * @param schoolAttendanceAgeLimit CHILD_SCHOOL_ATTENDANCE: children under this age are
 * concerned
 * @param nonDurableStructuresMin HOUSING_QUALITY: deficient from this many non-durable
 * main structures (of 3)
 * @param floorAreaPerPersonMin HOUSING_AREA: deficient below this many m² per person
 */
public record IndicatorCutoffs(int workingAgeMin, int workingAgeMax, int dependantChildAgeLimit,
		int dependantSharePercent, int nutritionChildAgeLimit, int healthInsuranceMinAge, int adultEducationMinAge,
		int adultEducationUpperBarAge, int adultEducationMaxAge, int schoolAttendanceMinAge,
		int schoolAttendanceAgeLimit, int nonDurableStructuresMin, double floorAreaPerPersonMin) {

	/** Ages are whole years of a person; nobody in a register is older. */
	public static final int MAX_AGE = 120;

	/**
	 * The cut-offs of Decree 07/2021/NĐ-CP (annex, the 12 indicators; domain README 1.5),
	 * the values every built-in standard carries unless its data file says otherwise.
	 * Each value's source and confidence:
	 */
	public static final IndicatorCutoffs DECREE_07_2021 = new IndicatorCutoffs(
			// EMPLOYMENT: Labour Code 2019, Art. 3(1) (15) and Art. 169 (retirement age,
			// simplified to 60; weak)
			15, 60,
			// DEPENDANTS: Decree 07 annex, indicator 2, "more than 50%"; children under
			// 16 (Decree 351/2025 draft;
			// the Decree 07 list of dependant types is unverified)
			16, 50,
			// NUTRITION: Decree 07 annex, indicator 3; a child is under 16 (Law on
			// Children 2016, Art. 1)
			16,
			// HEALTH_INSURANCE: Decree 07, Art. 3(2) and annex, indicator 4; children
			// under 6 are insured by the
			// state (Law on Health Insurance, Art. 12(3)); the age is inferred
			// (weak/unverified)
			6,
			// ADULT_EDUCATION: Decree 07 annex, indicator 5: aged 16–30, THCS at 16–17,
			// THPT or vocational from 18
			// (weak)
			16, 18, 30,
			// CHILD_SCHOOL_ATTENDANCE: Decree 07 annex, indicator 6: aged 3 to under 16
			// (weak)
			3, 16,
			// HOUSING_QUALITY: Decree 07 annex, indicator 7: at least 2 of walls, frame,
			// roof non-durable (weak)
			2,
			// HOUSING_AREA: Decree 07 annex, indicator 8: below 8 m² per person (weak;
			// widely cited)
			8.0);

	public IndicatorCutoffs {
		age("workingAgeMin", workingAgeMin);
		age("workingAgeMax", workingAgeMax);
		if (workingAgeMax < workingAgeMin) {
			throw new IllegalArgumentException(
					"workingAgeMax " + workingAgeMax + " is below workingAgeMin " + workingAgeMin);
		}
		age("dependantChildAgeLimit", dependantChildAgeLimit);
		if (dependantSharePercent < 0 || dependantSharePercent > 99) {
			throw new IllegalArgumentException(
					"dependantSharePercent must be between 0 and 99, was " + dependantSharePercent);
		}
		age("nutritionChildAgeLimit", nutritionChildAgeLimit);
		age("healthInsuranceMinAge", healthInsuranceMinAge);
		age("adultEducationMinAge", adultEducationMinAge);
		age("adultEducationUpperBarAge", adultEducationUpperBarAge);
		age("adultEducationMaxAge", adultEducationMaxAge);
		if (adultEducationUpperBarAge < adultEducationMinAge || adultEducationMaxAge < adultEducationUpperBarAge) {
			throw new IllegalArgumentException(
					"adultEducationUpperBarAge " + adultEducationUpperBarAge + " must be between adultEducationMinAge "
							+ adultEducationMinAge + " and adultEducationMaxAge " + adultEducationMaxAge);
		}
		age("schoolAttendanceMinAge", schoolAttendanceMinAge);
		age("schoolAttendanceAgeLimit", schoolAttendanceAgeLimit);
		if (schoolAttendanceAgeLimit <= schoolAttendanceMinAge) {
			throw new IllegalArgumentException("schoolAttendanceAgeLimit " + schoolAttendanceAgeLimit
					+ " must be above schoolAttendanceMinAge " + schoolAttendanceMinAge);
		}
		if (nonDurableStructuresMin < 1 || nonDurableStructuresMin > 3) {
			throw new IllegalArgumentException(
					"nonDurableStructuresMin must be between 1 and 3, was " + nonDurableStructuresMin);
		}
		if (!(floorAreaPerPersonMin > 0) || floorAreaPerPersonMin > 100) {
			throw new IllegalArgumentException(
					"floorAreaPerPersonMin must be above 0 and at most 100 m², was " + floorAreaPerPersonMin);
		}
	}

	private static void age(String name, int value) {
		if (value < 0 || value > MAX_AGE) {
			throw new IllegalArgumentException(name + " must be between 0 and " + MAX_AGE + ", was " + value);
		}
	}

	/**
	 * The cut-offs by name, in declaration order: the keys of the data file and of the
	 * form.
	 */
	public Map<String, Number> byName() {
		Map<String, Number> m = new LinkedHashMap<>();
		m.put("workingAgeMin", workingAgeMin);
		m.put("workingAgeMax", workingAgeMax);
		m.put("dependantChildAgeLimit", dependantChildAgeLimit);
		m.put("dependantSharePercent", dependantSharePercent);
		m.put("nutritionChildAgeLimit", nutritionChildAgeLimit);
		m.put("healthInsuranceMinAge", healthInsuranceMinAge);
		m.put("adultEducationMinAge", adultEducationMinAge);
		m.put("adultEducationUpperBarAge", adultEducationUpperBarAge);
		m.put("adultEducationMaxAge", adultEducationMaxAge);
		m.put("schoolAttendanceMinAge", schoolAttendanceMinAge);
		m.put("schoolAttendanceAgeLimit", schoolAttendanceAgeLimit);
		m.put("nonDurableStructuresMin", nonDurableStructuresMin);
		m.put("floorAreaPerPersonMin", floorAreaPerPersonMin);
		return m;
	}

	/**
	 * Cut-offs from names to values; a name not given keeps its value in
	 * {@code defaults}.
	 * @throws IllegalArgumentException on an unknown name or inconsistent values, naming
	 * them
	 */
	public static IndicatorCutoffs of(Map<String, ? extends Number> values, IndicatorCutoffs defaults) {
		Map<String, Number> m = defaults.byName();
		for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
			if (!m.containsKey(e.getKey())) {
				throw new IllegalArgumentException("unknown indicator cut-off " + e.getKey());
			}
			if (e.getValue() != null) {
				m.put(e.getKey(), e.getValue());
			}
		}
		return new IndicatorCutoffs(m.get("workingAgeMin").intValue(), m.get("workingAgeMax").intValue(),
				m.get("dependantChildAgeLimit").intValue(), m.get("dependantSharePercent").intValue(),
				m.get("nutritionChildAgeLimit").intValue(), m.get("healthInsuranceMinAge").intValue(),
				m.get("adultEducationMinAge").intValue(), m.get("adultEducationUpperBarAge").intValue(),
				m.get("adultEducationMaxAge").intValue(), m.get("schoolAttendanceMinAge").intValue(),
				m.get("schoolAttendanceAgeLimit").intValue(), m.get("nonDurableStructuresMin").intValue(),
				m.get("floorAreaPerPersonMin").doubleValue());
	}
}

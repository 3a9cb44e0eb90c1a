package vn.giamngheo.poverty.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.giamngheo.poverty.IndicatorCutoffs;

/**
 * The indicators' cut-offs of a standard as the administrator types them (issue 10): part
 * of {@link StandardForm}, bound as {@code cutoffs.<name>}. Each field is checked here
 * for its range with a message next to it; the rules between fields (ages that must rise)
 * are the engine's ({@link IndicatorCutoffs}) and are mapped back to the field.
 */
public class CutoffsForm {

	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@Min(value = 0, message = "{poverty.standard.cutoffs.age}")
	@Max(value = IndicatorCutoffs.MAX_AGE, message = "{poverty.standard.cutoffs.age}")
	private Integer workingAgeMin;

	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@Min(value = 0, message = "{poverty.standard.cutoffs.age}")
	@Max(value = IndicatorCutoffs.MAX_AGE, message = "{poverty.standard.cutoffs.age}")
	private Integer workingAgeMax;

	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@Min(value = 0, message = "{poverty.standard.cutoffs.age}")
	@Max(value = IndicatorCutoffs.MAX_AGE, message = "{poverty.standard.cutoffs.age}")
	private Integer dependantChildAgeLimit;

	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@Min(value = 0, message = "{poverty.standard.cutoffs.percent}")
	@Max(value = 99, message = "{poverty.standard.cutoffs.percent}")
	private Integer dependantSharePercent;

	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@Min(value = 0, message = "{poverty.standard.cutoffs.age}")
	@Max(value = IndicatorCutoffs.MAX_AGE, message = "{poverty.standard.cutoffs.age}")
	private Integer nutritionChildAgeLimit;

	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@Min(value = 0, message = "{poverty.standard.cutoffs.age}")
	@Max(value = IndicatorCutoffs.MAX_AGE, message = "{poverty.standard.cutoffs.age}")
	private Integer healthInsuranceMinAge;

	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@Min(value = 0, message = "{poverty.standard.cutoffs.age}")
	@Max(value = IndicatorCutoffs.MAX_AGE, message = "{poverty.standard.cutoffs.age}")
	private Integer adultEducationMinAge;

	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@Min(value = 0, message = "{poverty.standard.cutoffs.age}")
	@Max(value = IndicatorCutoffs.MAX_AGE, message = "{poverty.standard.cutoffs.age}")
	private Integer adultEducationUpperBarAge;

	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@Min(value = 0, message = "{poverty.standard.cutoffs.age}")
	@Max(value = IndicatorCutoffs.MAX_AGE, message = "{poverty.standard.cutoffs.age}")
	private Integer adultEducationMaxAge;

	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@Min(value = 0, message = "{poverty.standard.cutoffs.age}")
	@Max(value = IndicatorCutoffs.MAX_AGE, message = "{poverty.standard.cutoffs.age}")
	private Integer schoolAttendanceMinAge;

	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@Min(value = 0, message = "{poverty.standard.cutoffs.age}")
	@Max(value = IndicatorCutoffs.MAX_AGE, message = "{poverty.standard.cutoffs.age}")
	private Integer schoolAttendanceAgeLimit;

	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@Min(value = 1, message = "{poverty.standard.cutoffs.structures}")
	@Max(value = 3, message = "{poverty.standard.cutoffs.structures}")
	private Integer nonDurableStructuresMin;

	/**
	 * Two decimals at most: the column is NUMERIC(5,2), so a stored version reads back as
	 * typed.
	 */
	@NotNull(message = "{poverty.standard.cutoffs.required}")
	@DecimalMin(value = "0", inclusive = false, message = "{poverty.standard.cutoffs.area}")
	@DecimalMax(value = "100", message = "{poverty.standard.cutoffs.area}")
	@Digits(integer = 3, fraction = 2, message = "{poverty.standard.cutoffs.area}")
	private BigDecimal floorAreaPerPersonMin;

	static CutoffsForm of(IndicatorCutoffs c) {
		CutoffsForm f = new CutoffsForm();
		f.workingAgeMin = c.workingAgeMin();
		f.workingAgeMax = c.workingAgeMax();
		f.dependantChildAgeLimit = c.dependantChildAgeLimit();
		f.dependantSharePercent = c.dependantSharePercent();
		f.nutritionChildAgeLimit = c.nutritionChildAgeLimit();
		f.healthInsuranceMinAge = c.healthInsuranceMinAge();
		f.adultEducationMinAge = c.adultEducationMinAge();
		f.adultEducationUpperBarAge = c.adultEducationUpperBarAge();
		f.adultEducationMaxAge = c.adultEducationMaxAge();
		f.schoolAttendanceMinAge = c.schoolAttendanceMinAge();
		f.schoolAttendanceAgeLimit = c.schoolAttendanceAgeLimit();
		f.nonDurableStructuresMin = c.nonDurableStructuresMin();
		f.floorAreaPerPersonMin = BigDecimal.valueOf(c.floorAreaPerPersonMin()).stripTrailingZeros();
		return f;
	}

	/**
	 * By the names of {@link IndicatorCutoffs#byName()}; the form was validated, so none
	 * is null.
	 */
	Map<String, Number> byName() {
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

	public Integer getWorkingAgeMin() {
		return workingAgeMin;
	}

	public void setWorkingAgeMin(Integer v) {
		workingAgeMin = v;
	}

	public Integer getWorkingAgeMax() {
		return workingAgeMax;
	}

	public void setWorkingAgeMax(Integer v) {
		workingAgeMax = v;
	}

	public Integer getDependantChildAgeLimit() {
		return dependantChildAgeLimit;
	}

	public void setDependantChildAgeLimit(Integer v) {
		dependantChildAgeLimit = v;
	}

	public Integer getDependantSharePercent() {
		return dependantSharePercent;
	}

	public void setDependantSharePercent(Integer v) {
		dependantSharePercent = v;
	}

	public Integer getNutritionChildAgeLimit() {
		return nutritionChildAgeLimit;
	}

	public void setNutritionChildAgeLimit(Integer v) {
		nutritionChildAgeLimit = v;
	}

	public Integer getHealthInsuranceMinAge() {
		return healthInsuranceMinAge;
	}

	public void setHealthInsuranceMinAge(Integer v) {
		healthInsuranceMinAge = v;
	}

	public Integer getAdultEducationMinAge() {
		return adultEducationMinAge;
	}

	public void setAdultEducationMinAge(Integer v) {
		adultEducationMinAge = v;
	}

	public Integer getAdultEducationUpperBarAge() {
		return adultEducationUpperBarAge;
	}

	public void setAdultEducationUpperBarAge(Integer v) {
		adultEducationUpperBarAge = v;
	}

	public Integer getAdultEducationMaxAge() {
		return adultEducationMaxAge;
	}

	public void setAdultEducationMaxAge(Integer v) {
		adultEducationMaxAge = v;
	}

	public Integer getSchoolAttendanceMinAge() {
		return schoolAttendanceMinAge;
	}

	public void setSchoolAttendanceMinAge(Integer v) {
		schoolAttendanceMinAge = v;
	}

	public Integer getSchoolAttendanceAgeLimit() {
		return schoolAttendanceAgeLimit;
	}

	public void setSchoolAttendanceAgeLimit(Integer v) {
		schoolAttendanceAgeLimit = v;
	}

	public Integer getNonDurableStructuresMin() {
		return nonDurableStructuresMin;
	}

	public void setNonDurableStructuresMin(Integer v) {
		nonDurableStructuresMin = v;
	}

	public BigDecimal getFloorAreaPerPersonMin() {
		return floorAreaPerPersonMin;
	}

	public void setFloorAreaPerPersonMin(BigDecimal v) {
		floorAreaPerPersonMin = v;
	}

}

package vn.giamngheo.poverty.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.IndicatorResult;
import vn.giamngheo.poverty.IndicatorSource;
import vn.giamngheo.poverty.MonthlyIncome;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.Reason;
import vn.giamngheo.poverty.facts.DwellingFacts;
import vn.giamngheo.poverty.facts.HouseholdFacts;
import vn.giamngheo.poverty.facts.MemberFacts;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.poverty.rules.IndicatorRules;

/**
 * Turns the household form that the calculator and the review share into facts, income
 * and a classification with every indicator's reason (Decree 07/2021/NĐ-CP Art. 3),
 * reporting bad input on the form's fields.
 */
@Component
@NamedInterface("calculator")
public class FormEvaluator {

	private final PovertyStandardCatalog catalog;

	private final MessageSource messages;

	FormEvaluator(PovertyStandardCatalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	/**
	 * One indicator as the result table shows it; reasons already in the reader's
	 * language.
	 */
	public record IndicatorRow(String code, boolean deficient, boolean entered, List<String> reasons) {
	}

	/**
	 * @param facts the facts the classification used, or null when every indicator was
	 * entered directly
	 * @param entered the indicators entered directly that the standard defines
	 * @param scoring forms B1 and B2 of Circular 07/2021/TT-BLĐTBXH (B2 = deficient
	 * indicators × the standard's points each), when the income came from a B1 score and
	 * the standard defines both cut-offs; else null
	 */
	public record Outcome(Classification classification, PovertyStandard standard, long income, List<IndicatorRow> rows,
			HouseholdFacts facts, Map<String, Boolean> entered, vn.giamngheo.poverty.ScoringResult scoring) {
	}

	/** Evaluates under the standard that applies to the form's province and date. */
	public Optional<Outcome> evaluate(CalculatorForm f, BindingResult result, Locale locale) {
		if (result.hasErrors()) {
			return Optional.empty();
		}
		Optional<PovertyStandard> applicable = catalog.standards().applicable(f.getProvinceCode(), f.getReviewDate());
		if (applicable.isEmpty()) {
			result.rejectValue("reviewDate", "poverty.calculator.reviewDate.noStandard");
			return Optional.empty();
		}
		return evaluate(f, applicable.get(), result, locale);
	}

	/** Evaluates under a given standard, as a review does with its campaign's. */
	public Optional<Outcome> evaluate(CalculatorForm f, PovertyStandard standard, BindingResult result, Locale locale) {
		if (result.hasErrors()) {
			return Optional.empty();
		}
		Long income = income(f, standard, result);
		Map<String, Boolean> entered = new LinkedHashMap<>();
		f.getEntered().forEach((code, entry) -> {
			if (entry != null && standard.defines(code)) {
				entered.put(code, entry == CalculatorForm.Entry.DEFICIENT);
			}
		});
		HouseholdFacts facts = facts(f, result);
		for (String code : standard.indicatorCodes()) {
			if (entered.containsKey(code)) {
				continue;
			}
			if (!IndicatorRules.derives(code)) {
				result.rejectValue("entered[" + code + "]", "poverty.calculator.indicator.noRule");
			}
			else if (facts == null && !result.hasFieldErrors("members")) {
				result.rejectValue("members", "poverty.calculator.members.required");
			}
		}
		if (result.hasErrors() || income == null) {
			return Optional.empty();
		}
		Classification c;
		try {
			c = standard.classify(f.getArea(), income, facts, entered);
		}
		catch (IllegalArgumentException ex) {
			result.reject("poverty.calculator.invalid", new Object[] { ex.getMessage() }, null);
			return Optional.empty();
		}
		List<IndicatorRow> rows = new ArrayList<>();
		for (IndicatorResult r : c.indicatorResults()) {
			rows.add(new IndicatorRow(r.code(), r.deficient(), r.source() == IndicatorSource.ENTERED,
					r.reasons().stream().map(reason -> reason.format(readerLocale(locale))).toList()));
		}
		vn.giamngheo.poverty.ScoringResult scoring = null;
		if (f.getIncomeMode() == CalculatorForm.IncomeMode.B1_SCORE && standard.b2PointsPerDeficiency().isPresent()) {
			// The B2 total goes with the B1 form: the same deficiencies, counted in
			// points (Circular 07/2021).
			scoring = standard.score(f.getArea(), f.getB1Score(),
					c.deficiencyCount() * standard.b2PointsPerDeficiency().getAsInt());
		}
		return Optional.of(new Outcome(c, standard, income, rows, facts, Map.copyOf(entered), scoring));
	}

	static Locale readerLocale(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Reason.VIETNAMESE;
	}

	private static Long income(CalculatorForm f, PovertyStandard standard, BindingResult result) {
		if (f.getIncomeMode() == CalculatorForm.IncomeMode.B1_SCORE) {
			if (f.getB1Score() == null) {
				result.rejectValue("b1Score", "poverty.calculator.b1.required");
				return null;
			}
			if (f.getB1Score() < 0 || f.getArea() == null) {
				result.rejectValue("b1Score", "review.api.b1.negative", new Object[] { f.getB1Score() }, null);
				return null;
			}
			var income = vn.giamngheo.poverty.QuickIdentification.incomeFor(standard, f.getArea(), f.getB1Score());
			if (income.isEmpty()) {
				result.rejectValue("b1Score", "review.b1.noCutoff");
				return null;
			}
			return income.getAsLong();
		}
		if (f.getIncomeMode() == CalculatorForm.IncomeMode.PER_CAPITA) {
			if (f.getMonthlyIncomePerCapita() == null) {
				result.rejectValue("monthlyIncomePerCapita", "poverty.calculator.income.required");
			}
			return f.getMonthlyIncomePerCapita();
		}
		if (f.getHouseholdMonthlyIncome() == null) {
			result.rejectValue("householdMonthlyIncome", "poverty.calculator.income.required");
			return null;
		}
		int members = f.getMemberCount() != null ? f.getMemberCount() : f.getMembers().size();
		if (members < 1) {
			result.rejectValue("memberCount", "poverty.calculator.memberCount.required");
			return null;
		}
		// Floored per person (MonthlyIncome): rounding never lifts a household above a
		// line.
		return MonthlyIncome.perCapita(f.getHouseholdMonthlyIncome(), members);
	}

	HouseholdFacts facts(CalculatorForm f, BindingResult result) {
		if (f.getMembers().isEmpty()) {
			return null;
		}
		if (f.getFloorArea() == null) {
			result.rejectValue("floorArea", "poverty.calculator.floorArea.required");
			return null;
		}
		List<MemberFacts> members = new ArrayList<>();
		for (int i = 0; i < f.getMembers().size(); i++) {
			CalculatorForm.MemberRow m = f.getMembers().get(i);
			String name = m.getFullName() == null || m.getFullName().isBlank() ? messages
				.getMessage("poverty.calculator.member.defaultName", new Object[] { i + 1 }, Reason.VIETNAMESE)
					: m.getFullName().trim();
			MemberFacts.Builder b = MemberFacts.builder(name, m.getDateOfBirth())
				.healthInsuranceCard(m.isHealthInsurance())
				.highestEducation(m.getHighestEducation())
				.employment(m.getEmployment())
				.disabled(m.isDisabled())
				.monthlySocialAllowance(m.isSocialAllowance())
				.malnourished(m.isMalnourished());
			if (m.isAttendingSchool()) {
				b.attending(m.getLevelAttended());
			}
			members.add(b.build());
		}
		return HouseholdFacts.builder(f.getReviewDate())
			.members(members)
			.dwelling(new DwellingFacts(f.isWallsDurable(), f.isFrameDurable(), f.isRoofDurable(), f.getFloorArea()))
			.waterSource(f.getWaterSource())
			.latrine(f.getLatrine())
			.anyoneUsesTelecom(f.isAnyoneUsesTelecom())
			.informationDevices(f.getInformationDevices())
			.receivesLoudspeakerBroadcast(f.isReceivesLoudspeakerBroadcast())
			.wasteTreatedHygienically(f.isWasteTreatedHygienically())
			.build();
	}

}

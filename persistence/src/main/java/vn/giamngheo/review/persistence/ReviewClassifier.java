package vn.giamngheo.review.persistence;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.giamngheo.poverty.Classification;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.poverty.QuickIdentification;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * Classifies one review's inputs under the standard the review is entered with: the
 * income (per person, or the one a form B1 score stands for) and the facts or the
 * indicators entered directly. {@link ReviewEntry} calls it once per save, unless the
 * caller passes the classification it already made of the same inputs (the entry page
 * shows it live), and returns the result, so no caller needs to classify again (issue
 * 10).
 */
@Component
public class ReviewClassifier {

	/**
	 * @throws FieldProblem on {@code entered} when facts are missing and an indicator was
	 * not entered, on {@code b1Score} for a B1 score the standard cannot read, else on
	 * the income
	 */
	public Classification classify(PovertyStandard standard, ReviewInput in) {
		long income = incomeOf(standard, in);
		Map<String, Boolean> entered = enteredUnder(standard, in);
		try {
			if (in.facts() != null) {
				return standard.classify(in.areaType(), income, in.facts(), entered);
			}
			if (!entered.keySet().containsAll(standard.indicatorCodes())) {
				throw new FieldProblem("entered", "review.indicatorsIncomplete");
			}
			Set<String> deficient = entered.entrySet()
				.stream()
				.filter(Map.Entry::getValue)
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			return standard.classify(in.areaType(), income, deficient);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("monthlyIncomePerCapita", "review.invalidInput");
		}
	}

	/**
	 * True when {@code c} is a classification of these inputs: made with this standard
	 * version, for this area and income, and agreeing with every indicator entered
	 * directly. Facts-derived indicators are the caller's evaluation of the same facts,
	 * which it passes with them.
	 */
	static boolean classifies(Classification c, PovertyStandard standard, ReviewInput in) {
		if (c == null || !c.standardId().equals(standard.id()) || c.standardVersion() != standard.version()
				|| c.area() != in.areaType()) {
			return false;
		}
		long income;
		try {
			income = incomeOf(standard, in);
		}
		catch (FieldProblem problem) {
			return false;
		}
		if (c.monthlyIncomePerCapita() != income) {
			return false;
		}
		var deficient = c.deficiencyCodes();
		return enteredUnder(standard, in).entrySet()
			.stream()
			.allMatch(e -> deficient.contains(e.getKey()) == e.getValue());
	}

	/**
	 * The indicators entered directly that the standard defines (others are ignored, as
	 * on paper).
	 */
	private static Map<String, Boolean> enteredUnder(PovertyStandard standard, ReviewInput in) {
		return in.enteredIndicators()
			.entrySet()
			.stream()
			.filter(e -> standard.defines(e.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static long incomeOf(PovertyStandard standard, ReviewInput in) {
		return in.b1Points() == null ? in.monthlyIncomePerCapita() : incomeOfB1(standard, in);
	}

	/**
	 * Quick identification by form B1: the income the score stands for
	 * ({@link QuickIdentification}).
	 */
	static long incomeOfB1(PovertyStandard standard, ReviewInput in) {
		if (in.b1Points() < 0) {
			throw new FieldProblem("b1Score", "review.api.b1.negative");
		}
		return QuickIdentification.incomeFor(standard, in.areaType(), in.b1Points())
			.orElseThrow(() -> new FieldProblem("b1Score", "review.b1.noCutoff"));
	}

}

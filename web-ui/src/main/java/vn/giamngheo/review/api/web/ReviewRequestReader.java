package vn.giamngheo.review.api.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.poverty.PovertyStandard;
import vn.giamngheo.review.persistence.ReviewProgress;

/**
 * Reads one household's review facts from the JSON body of {@code POST …/reviews},
 * collecting a Vietnamese error for every refused field at once (never stopping at the
 * first).
 */
@Component
class ReviewRequestReader {

	static final Set<String> KNOWN = Set.of("householdId", "areaType", "monthlyIncomePerCapita", "b1Score",
			"deficiencies", "expectedVersion");

	/** The facts read; a field is null where it was refused (see {@code errors}). */
	record Facts(Long householdId, AreaType area, Long income, Integer b1, Map<String, Boolean> deficiencies,
			Long expectedVersion, List<ReviewApiAnswers.FieldError> errors) {
	}

	private final ReviewProgress progress;

	private final ReviewApiSupport support;

	ReviewRequestReader(ReviewProgress progress, ReviewApiSupport support) {
		this.progress = progress;
		this.support = support;
	}

	Facts read(JsonNode body, ReviewProgress.CommuneRow commune, PovertyStandard standard) {
		List<ReviewApiAnswers.FieldError> errors = new ArrayList<>();
		Long householdId = household(body.get("householdId"), commune, errors);
		AreaType area = area(body.get("areaType"), commune, errors);
		JsonNode incomeNode = body.get("monthlyIncomePerCapita");
		JsonNode b1Node = body.get("b1Score");
		boolean hasIncome = incomeNode != null && !incomeNode.isNull();
		boolean hasB1 = b1Node != null && !b1Node.isNull();
		Long income = null;
		Integer b1 = null;
		if (!hasIncome && !hasB1) {
			errors.add(support.error("monthlyIncomePerCapita", "review.api.income.missing"));
		}
		else if (hasIncome && hasB1) {
			errors.add(support.error("b1Score", "review.api.income.both"));
		}
		else if (hasIncome) {
			income = wholeNumber(incomeNode, "monthlyIncomePerCapita", "review.api.income", errors);
		}
		else {
			Long points = wholeNumber(b1Node, "b1Score", "review.api.b1", errors);
			if (points != null && points > Integer.MAX_VALUE) {
				errors.add(support.error("b1Score", "review.api.b1.notWholeNumber", b1Node.toString()));
			}
			else if (points != null) {
				b1 = points.intValue();
				if (area != null && standard.thresholds(area).b1Cutoff() == null) {
					errors.add(support.error("b1Score", "review.b1.noCutoff", standard.id(), standard.version()));
					b1 = null;
				}
			}
		}
		Map<String, Boolean> entered = indicators(body.get("deficiencies"), standard, errors);
		Long expected = version(body.get("expectedVersion"), errors);
		for (var names = body.propertyNames().iterator(); names.hasNext();) {
			String name = names.next();
			if (!KNOWN.contains(name)) {
				errors.add(support.error(name, "review.api.field.unknown", name));
			}
		}
		return new Facts(householdId, area, income, b1, entered, expected, errors);
	}

	private Long household(JsonNode node, ReviewProgress.CommuneRow commune, List<ReviewApiAnswers.FieldError> errors) {
		if (node == null || node.isNull()) {
			errors.add(support.error("householdId", "review.api.household.required"));
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			errors.add(support.error("householdId", "review.api.household.notNumber", node.toString()));
			return null;
		}
		long id = node.longValue();
		Long communeOf = progress.communeOfHousehold(id);
		// A household elsewhere is answered like an unknown one: the caller learns
		// nothing about other communes.
		if (communeOf == null || communeOf != commune.id()) {
			errors.add(support.error("householdId", "review.api.household.notInCommune", id, commune.name()));
			return null;
		}
		return id;
	}

	private AreaType area(JsonNode node, ReviewProgress.CommuneRow commune, List<ReviewApiAnswers.FieldError> errors) {
		if (node == null || node.isNull()) {
			return commune.areaType() == null ? AreaType.RURAL : AreaType.valueOf(commune.areaType());
		}
		if (node.isString()) {
			for (AreaType a : AreaType.values()) {
				if (a.name().equals(node.stringValue())) {
					return a;
				}
			}
		}
		errors.add(support.error("areaType", "review.api.area.unknown", node.toString()));
		return null;
	}

	private Long wholeNumber(JsonNode node, String field, String prefix, List<ReviewApiAnswers.FieldError> errors) {
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			errors.add(support.error(field, prefix + ".notWholeNumber", node.toString()));
			return null;
		}
		if (node.longValue() < 0) {
			errors.add(support.error(field, prefix + ".negative", node.longValue()));
			return null;
		}
		return node.longValue();
	}

	private Map<String, Boolean> indicators(JsonNode node, PovertyStandard standard,
			List<ReviewApiAnswers.FieldError> errors) {
		Map<String, Boolean> entered = new LinkedHashMap<>();
		standard.indicatorCodes().forEach(c -> entered.put(c, false));
		if (node == null || node.isNull()) {
			return entered;
		}
		if (!node.isArray()) {
			errors.add(support.error("deficiencies", "review.api.deficiencies.notArray"));
			return entered;
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode code = node.get(i);
			if (code == null || !code.isString() || code.stringValue().isBlank()) {
				errors.add(support.error("deficiencies[" + i + "]", "review.api.deficiency.notCode",
						String.valueOf(code)));
			}
			else if (!standard.defines(code.stringValue())) {
				errors.add(support.error("deficiencies[" + i + "]", "review.api.deficiency.unknown", code.stringValue(),
						standard.id(), standard.version(), String.join(", ", standard.indicatorCodes())));
			}
			else {
				entered.put(code.stringValue(), true);
			}
		}
		return entered;
	}

	private Long version(JsonNode node, List<ReviewApiAnswers.FieldError> errors) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
			errors.add(support.error("expectedVersion", "review.api.version.notNumber", node.toString()));
			return null;
		}
		return node.longValue();
	}

}

package vn.giamngheo.poverty.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.giamngheo.area.AreaType;

/**
 * Reads the fields of a classification request ({@link ClassifyApiController}) one by one
 * from the JSON tree, so every refused field is collected with its message in Vietnamese
 * and English instead of failing on the first.
 */
final class ClassifyFields {

	private final PovertyMessages messages;

	private final Clock clock;

	ClassifyFields(PovertyMessages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	AreaType area(JsonNode node, List<ApiFieldError> errors) {
		if (node == null || node.isNull()) {
			errors.add(error("area", "poverty.api.area.required"));
			return null;
		}
		if (node.isString()) {
			for (AreaType a : AreaType.values()) {
				if (a.name().equals(node.stringValue())) {
					return a;
				}
			}
		}
		errors.add(error("area", "poverty.api.area.unknown", node.toString()));
		return null;
	}

	Long income(JsonNode node, List<ApiFieldError> errors) {
		if (node == null || node.isNull()) {
			errors.add(error("monthlyIncomePerCapita", "poverty.api.income.required"));
			return null;
		}
		// Whole đồng: the lines are whole đồng and a fraction could only blur the
		// boundary.
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			errors.add(error("monthlyIncomePerCapita", "poverty.api.income.notWholeNumber", node.toString()));
			return null;
		}
		long income = node.longValue();
		if (income < 0) {
			errors.add(error("monthlyIncomePerCapita", "poverty.api.income.negative", String.valueOf(income)));
			return null;
		}
		return income;
	}

	Integer year(JsonNode node, List<ApiFieldError> errors) {
		if (node == null || node.isNull()) {
			return LocalDate.now(clock).getYear();
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			errors.add(error("year", "poverty.api.year.notYear", node.toString()));
			return null;
		}
		int year = node.intValue();
		if (year < 1900 || year > 9999) {
			errors.add(error("year", "poverty.api.year.noStandard", String.valueOf(year)));
			return null;
		}
		return year;
	}

	String province(JsonNode node, List<ApiFieldError> errors) {
		if (node == null || node.isNull()) {
			return null;
		}
		// Province codes are the two-digit codes of the national list of administrative
		// units.
		if (!node.isString() || !node.stringValue().matches("[0-9]{2}")) {
			errors.add(error("provinceCode", "poverty.api.province.invalid", node.toString()));
			return null;
		}
		return node.stringValue();
	}

	List<String> codes(JsonNode node, List<ApiFieldError> errors) {
		List<String> codes = new ArrayList<>();
		if (node == null || node.isNull()) {
			return codes;
		}
		if (!node.isArray()) {
			errors.add(error("deficiencies", "poverty.api.deficiencies.notArray"));
			return codes;
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode code = node.get(i);
			if (code == null || !code.isString() || code.stringValue().isBlank()) {
				errors.add(error("deficiencies[" + i + "]", "poverty.api.deficiency.notCode", String.valueOf(code)));
				codes.add(null);
			}
			else {
				codes.add(code.stringValue());
			}
		}
		return codes;
	}

	ApiFieldError error(String field, String code, Object... args) {
		return new ApiFieldError(field, code, messages.vi(code, args), messages.en(code, args));
	}

}

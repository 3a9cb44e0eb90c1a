package vn.giamngheo.support.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.persistence.HouseholdQueries;
import vn.giamngheo.shared.VietnameseText;

/**
 * Name look-up wherever a household is chosen (issue 13): the officer types part of the
 * head's name, code or address, with or without diacritics, and picks the household. The
 * search runs in the caller's communes only (the same scoped query as the register list),
 * so it never names a household of another commune.
 */
@Controller
class HouseholdLookupController {

	/** Fewer than this many letters match too much to be a useful list. */
	private static final int MIN_LETTERS = 2;

	private static final int LIMIT = 8;

	private final HouseholdQueries queries;

	HouseholdLookupController(HouseholdQueries queries) {
		this.queries = queries;
	}

	/**
	 * The list of matches as an HTML fragment for htmx; {@code for} names the input a
	 * pick fills in.
	 */
	@GetMapping("/support/lookup")
	String lookup(@RequestParam(name = "householdCode", required = false) String q,
			@RequestParam(name = "for", defaultValue = "householdCode") String target, Model model, Scope scope) {
		List<HouseholdQueries.Row> rows = VietnameseText.fold(q).length() < MIN_LETTERS ? List.of()
				: queries.find(new HouseholdQueries.Filter(null, null, null, null, q), scope, 0, LIMIT).rows();
		model.addAttribute("matches", rows);
		model.addAttribute("query", q == null ? "" : q.strip());
		model.addAttribute("target", target.matches("[A-Za-z]{1,40}") ? target : "householdCode");
		return "support/lookup :: list";
	}

}

package vn.giamngheo.poverty.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.account.Scope;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.persistence.CatalogEntry;
import vn.giamngheo.poverty.persistence.PovertyStandardCatalog;
import vn.giamngheo.poverty.persistence.WhatIfQueries;

/**
 * "What if another standard applied?" for the caller's communes: e.g. this year's
 * assessments under the 2027–2030 lines of Decree 351/2025/NĐ-CP. A GET with the chosen
 * standard, because nothing is changed (README 7.2 principle 2). Scope is enforced by
 * {@link WhatIfQueries} in its SQL; the URL rule admits only commune and district
 * officers.
 */
@Controller
@RequestMapping("/poverty/what-if")
class WhatIfController {

	private final PovertyStandardCatalog catalog;

	private final WhatIfQueries queries;

	WhatIfController(PovertyStandardCatalog catalog, WhatIfQueries queries) {
		this.catalog = catalog;
		this.queries = queries;
	}

	/**
	 * @param standard "ID:VERSION" of the target standard; none shows only the choice
	 */
	@GetMapping
	String show(@RequestParam(required = false) String standard, Model model, Scope scope) {
		model.addAttribute("entries", catalog.entries());
		model.addAttribute("categories", PovertyCategory.values());
		model.addAttribute("selected", standard);
		if (standard != null && !standard.isBlank()) {
			CatalogEntry target = catalog.entries()
				.stream()
				.filter(e -> e.key().equals(standard))
				.findFirst()
				.orElse(null);
			if (target == null) {
				model.addAttribute("unknownStandard", true);
			}
			else {
				model.addAttribute("target", target.standard());
				model.addAttribute("result", queries.reclassify(target.standard(), scope));
			}
		}
		return "poverty/what-if";
	}

}

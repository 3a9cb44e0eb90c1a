package vn.giamngheo.support.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.account.Scope;
import vn.giamngheo.support.persistence.SupportCoverage;
import vn.giamngheo.support.persistence.SupportQueries;
import vn.giamngheo.shared.web.documents.Spreadsheet;

/**
 * Coverage of poor and near-poor households in the caller's communes, and who got nothing
 * this year.
 */
@Controller
@RequestMapping("/support/coverage")
class CoverageController {

	static final int LIST_LIMIT = 500;

	private final SupportQueries queries;

	private final SupportCoverage coverageQueries;

	/**
	 * The export lists every household that got nothing; the page shows the first
	 * {@link #LIST_LIMIT}.
	 */
	static final int EXPORT_LIMIT = 200_000;

	private final Clock clock;

	private final MessageSource messages;

	CoverageController(SupportQueries queries, SupportCoverage coverageQueries, Clock clock, MessageSource messages) {
		this.queries = queries;
		this.coverageQueries = coverageQueries;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping
	String coverage(@RequestParam(required = false) Long commune, @RequestParam(required = false) Integer year,
			Model model, Scope scope) {
		int y = year(year);
		model.addAttribute("year", y);
		model.addAttribute("commune", commune);
		model.addAttribute("communes", queries.communes(scope));
		model.addAttribute("coverage", coverageQueries.coverage(commune, y, scope));
		model.addAttribute("nothing", coverageQueries.gotNothing(commune, y, scope, LIST_LIMIT));
		return "support/coverage";
	}

	/**
	 * The coverage figures and the households that got nothing, as a workbook (numbers
	 * and percentages typed).
	 */
	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long commune,
			@RequestParam(required = false) Integer year, Locale locale, Scope scope) {
		int y = year(year);
		SupportCoverage.Coverage coverage = coverageQueries.coverage(commune, y, scope);
		List<SupportCoverage.Neglected> nothing = coverageQueries.gotNothing(commune, y, scope, EXPORT_LIMIT);
		try (Spreadsheet book = new Spreadsheet()) {
			List<String> headers = List.of(m("support.coverage.indicator", locale), m("support.coverage.part", locale),
					m("support.coverage.whole", locale), m("support.coverage.rate", locale));
			Spreadsheet.Tab shares = book.sheet(m("support.coverage", locale), headers.size(), false);
			shares.title(m("support.coverage.export.title", locale, String.valueOf(y))).blank().header(headers);
			Map<String, SupportCoverage.Share> items = new LinkedHashMap<>();
			items.put("insuredHouseholds", coverage.insuredHouseholds());
			items.put("insuredPeople", coverage.insuredPeople());
			items.put("tuitionHouseholds", coverage.tuitionHouseholds());
			items.put("tuitionPupils", coverage.tuitionPupils());
			items.put("borrowedWhenAsked", coverage.borrowedWhenAsked());
			items.put("gotNothing", coverage.gotNothing());
			items.forEach((key, share) -> shares.row(Arrays.asList(m("support.coverage." + key, locale), share.part(),
					share.whole(), Spreadsheet.Percent.of(share.part(), share.whole()))));
			shares.done();
			List<String> columns = List.of(m("support.household", locale), m("support.headName", locale),
					m("household.village", locale), m("support.commune", locale), m("household.category", locale));
			Spreadsheet.Tab list = book.sheet(m("support.coverage.export.nothing", locale), columns.size(), false);
			list.title(m("support.coverage.nothing.list", locale, String.valueOf(y))).blank().header(columns);
			for (var h : nothing) {
				list.row(List.of(h.code(), h.headName(), h.village() == null ? "" : h.village(), h.commune(),
						m("category." + h.category(), locale)));
			}
			list.total(List.of(m("support.coverage.export.count", locale), (long) nothing.size()));
			list.done();
			return ResponseEntity.ok()
				.contentType(
						MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header("Content-Disposition", "attachment; filename=\"do-bao-phu-" + y + ".xlsx\"")
				.body(book.bytes());
		}
	}

	private int year(Integer year) {
		return year == null || year < 2016 || year > 2100 ? LocalDate.now(clock).getYear() : year;
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}

package vn.giamngheo.support.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.account.Scope;
import vn.giamngheo.support.FundingSource;
import vn.giamngheo.support.persistence.LoanService;
import vn.giamngheo.support.persistence.SupportCatalogue;
import vn.giamngheo.support.persistence.SupportQueries;
import vn.giamngheo.support.persistence.SupportQueries.GroupBy;
import vn.giamngheo.shared.web.Fmt;
import vn.giamngheo.shared.web.documents.Spreadsheet;

/**
 * Totals by program, funding source, commune and period, with a chart and an Excel
 * export. Aggregates only, so the provincial viewer may read them too; the queries are
 * bounded by the caller's communes in SQL.
 */
@Controller
@RequestMapping("/support/totals")
class TotalsController {

	private final SupportQueries queries;

	private final SupportCatalogue catalogue;

	private final LoanService loans;

	private final MessageSource messages;

	private final SupportFormat format;

	private final Fmt fmt;

	private final Clock clock;

	private final vn.giamngheo.review.web.TierLabels tier;

	TotalsController(SupportQueries queries, SupportCatalogue catalogue, LoanService loans, MessageSource messages,
			SupportFormat format, Fmt fmt, Clock clock, vn.giamngheo.review.web.TierLabels tier) {
		this.tier = tier;
		this.queries = queries;
		this.catalogue = catalogue;
		this.loans = loans;
		this.messages = messages;
		this.format = format;
		this.fmt = fmt;
		this.clock = clock;
	}

	@GetMapping
	String totals(@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
			@RequestParam(required = false) Long commune, @RequestParam(required = false) Long program,
			@RequestParam(required = false) FundingSource source,
			@RequestParam(defaultValue = "PROGRAM") GroupBy groupBy, Model model, Scope scope) {
		SupportQueries.Filter filter = filter(from, to, commune, program, source);
		model.addAttribute("filter", filter);
		model.addAttribute("groupBy", groupBy);
		model.addAttribute("groupings", GroupBy.values());
		model.addAttribute("sources", FundingSource.values());
		model.addAttribute("communes", queries.communes(scope));
		model.addAttribute("programs", catalogue.all());
		if (filter.from().isAfter(filter.to())) {
			model.addAttribute("datesInvalid", true);
			return "support/totals";
		}
		model.addAttribute("totals", queries.totals(filter, groupBy, scope));
		model.addAttribute("smallCellsHidden", scope.role() == vn.giamngheo.account.Role.PROVINCIAL_VIEWER);
		var balances = loans.balances(commune, scope);
		if (scope.role() == vn.giamngheo.account.Role.PROVINCIAL_VIEWER) {
			// Small-cell suppression: fewer than 5 loans would point at named borrowers.
			balances = balances.stream()
				.filter(b -> b.loans() >= vn.giamngheo.support.persistence.SmallCells.MIN_HOUSEHOLDS)
				.toList();
		}
		model.addAttribute("balances", balances);
		return "support/totals";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
			@RequestParam(required = false) Long commune, @RequestParam(required = false) Long program,
			@RequestParam(required = false) FundingSource source,
			@RequestParam(defaultValue = "PROGRAM") GroupBy groupBy, HttpServletResponse response, Scope scope)
			throws IOException {
		SupportQueries.Filter filter = filter(from, to, commune, program, source);
		var totals = queries.totals(filter, groupBy, scope);
		Locale locale = LocaleContextHolder.getLocale();
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"tong-hop-ho-tro.xlsx\"");
		String[] headers = { msg("support.totals.groupBy." + groupBy, locale), msg("support.totals.records", locale),
				msg("support.totals.households", locale), msg("support.totals.amount", locale),
				msg("support.totals.quantity", locale), msg("support.unit", locale) };
		try (Spreadsheet book = new Spreadsheet()) {
			Spreadsheet.Tab tab = book.sheet(msg("support.totals.sheet", locale), headers.length, false);
			tab.title(msg("support.totals", locale))
				.line(messages.getMessage("support.totals.period",
						new Object[] { fmt.date(filter.from()), fmt.date(filter.to()) }, locale))
				.blank()
				.header(java.util.List.of(headers));
			for (var row : totals.rows()) {
				tab.row(java.util.Arrays.asList(label(row, groupBy, filter.from(), locale), row.records(),
						row.households(), new Spreadsheet.Money(row.amount()), row.quantity(),
						row.quantity() == null ? "" : msg("support.unitName." + row.unit(), locale)));
			}
			tab.total(java.util.List.of(msg("support.totals.all", locale), totals.all().records(),
					totals.all().households(), new Spreadsheet.Money(totals.all().amount())));
			tab.done().write(response.getOutputStream());
		}
	}

	/**
	 * A row's label in the reader's language: funding sources are codes, worded for the
	 * period's start (a period reaching back before 01/07/2025 keeps "Ngân sách huyện"),
	 * the rest are names.
	 */
	String label(SupportQueries.TotalRow row, GroupBy groupBy, LocalDate from, Locale locale) {
		return groupBy == GroupBy.SOURCE ? msg(tier.sourceKey(row.key(), from), locale)
				: groupBy == GroupBy.PROGRAM ? row.key() + " – " + row.label() : row.label();
	}

	private SupportQueries.Filter filter(LocalDate from, LocalDate to, Long commune, Long program,
			FundingSource source) {
		LocalDate today = LocalDate.now(clock);
		return new SupportQueries.Filter(from == null ? LocalDate.of(today.getYear(), 1, 1).minusYears(1) : from,
				to == null ? today : to, commune, program, source);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}

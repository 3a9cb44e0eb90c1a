package vn.giamngheo.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.shared.Vnd;

/**
 * Household counts by area, with no names: the province's districts side by side for the
 * provincial department, the district's communes for a district officer.
 */
@Controller
class SummaryController {

	private final AreaQueries areas;

	private final Clock clock;

	private final MessageSource messages;

	SummaryController(AreaQueries areas, Clock clock, MessageSource messages) {
		this.areas = areas;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/summary")
	String summary(Model model, Scope scope, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		List<AreaQueries.Counts> rows;
		String title;
		if (scope.role() == Role.PROVINCIAL_VIEWER) {
			rows = areas.countsByChild(scope.provinceId(), today, scope);
			title = areas.get(scope.provinceId()).name();
		}
		else {
			// A district officer's areas are one or more districts or communes; show the
			// communes in scope.
			rows = areas.countsOfCommunes(scope.communeIds(), today);
			title = null;
		}
		AreaQueries.Counts total = new AreaQueries.Counts(0, messages.getMessage("summary.total", null, locale),
				rows.stream().mapToLong(AreaQueries.Counts::households).sum(),
				rows.stream().mapToLong(AreaQueries.Counts::poor).sum(),
				rows.stream().mapToLong(AreaQueries.Counts::nearPoor).sum(),
				rows.stream().mapToLong(AreaQueries.Counts::averageLiving).sum(),
				rows.stream().mapToLong(AreaQueries.Counts::minorityHouseholds).sum());
		// Written in one pass (ReportTable.bodyHtml): a province's 140 rows of eight
		// cells each, processed by
		// Thymeleaf one expression at a time, were most of this landing page's CPU under
		// load (issue 12).
		model.addAttribute("table", new ReportTable("summary", null, List.of(),
				rows.stream().map(SummaryController::cells).toList(), cells(total), null));
		model.addAttribute("rows", rows);
		model.addAttribute("areaTitle", title);
		model.addAttribute("total", total);
		model.addAttribute("provincial", scope.role() == Role.PROVINCIAL_VIEWER);
		return "summary/index";
	}

	private static List<String> cells(AreaQueries.Counts c) {
		List<String> cells = new ArrayList<>(8);
		cells.add(c.areaName());
		cells.add(Vnd.grouped(c.households()));
		cells.add(Vnd.grouped(c.poor()));
		cells.add(Vnd.percent(c.poor(), c.households(), 2));
		cells.add(Vnd.grouped(c.nearPoor()));
		cells.add(Vnd.percent(c.nearPoor(), c.households(), 2));
		cells.add(Vnd.grouped(c.averageLiving()));
		cells.add(Vnd.grouped(c.minorityHouseholds()));
		return cells;
	}

}

package vn.giamngheo.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.persistence.AreaQueries;

/**
 * Household counts by area, with no names: the province's districts side by side for the provincial department, the
 * district's communes for a district officer.
 */
@Controller
class SummaryController {

	private final AreaQueries areas;

	private final Clock clock;

	SummaryController(AreaQueries areas, Clock clock) {
		this.areas = areas;
		this.clock = clock;
	}

	@GetMapping("/summary")
	String summary(Model model, Scope scope) {
		LocalDate today = LocalDate.now(clock);
		List<AreaQueries.Counts> rows;
		String title;
		if (scope.role() == Role.PROVINCIAL_VIEWER) {
			rows = areas.countsByChild(scope.provinceId(), today, scope);
			title = areas.get(scope.provinceId()).name();
		}
		else {
			// A district officer's areas are one or more districts or communes; show the communes in scope.
			rows = areas.countsOfCommunes(scope.communeIds(), today);
			title = null;
		}
		long households = rows.stream().mapToLong(AreaQueries.Counts::households).sum();
		long poor = rows.stream().mapToLong(AreaQueries.Counts::poor).sum();
		long nearPoor = rows.stream().mapToLong(AreaQueries.Counts::nearPoor).sum();
		model.addAttribute("rows", rows);
		model.addAttribute("areaTitle", title);
		model.addAttribute("total", new AreaQueries.Counts(0, null, households, poor, nearPoor,
				rows.stream().mapToLong(AreaQueries.Counts::averageLiving).sum(),
				rows.stream().mapToLong(AreaQueries.Counts::minorityHouseholds).sum()));
		model.addAttribute("provincial", scope.role() == Role.PROVINCIAL_VIEWER);
		return "summary/index";
	}
}

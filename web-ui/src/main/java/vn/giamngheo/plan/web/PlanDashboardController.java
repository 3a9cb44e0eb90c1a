package vn.giamngheo.plan.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.plan.Progress;
import vn.giamngheo.plan.ProgressState;
import vn.giamngheo.plan.TargetIndicator;
import vn.giamngheo.plan.TargetKind;
import vn.giamngheo.plan.persistence.PlanAccess;
import vn.giamngheo.plan.persistence.PlanProgress;
import vn.giamngheo.plan.persistence.PlanRecords.Plan;
import vn.giamngheo.plan.persistence.PlanRecords.TargetProgress;
import vn.giamngheo.plan.persistence.Plans;

/**
 * A plan's dashboard ({@code /plans/{id}}): every target's progress for the plan area,
 * with a chart, and the forms of those who may edit it. Commune officials who do not own
 * the plan go to their commune's part instead.
 */
@Controller
class PlanDashboardController {

	private final Plans plans;

	private final PlanProgress progress;

	private final PlanAccess access;

	private final MessageSource messages;

	private final Clock clock;

	PlanDashboardController(Plans plans, PlanProgress progress, PlanAccess access, MessageSource messages,
			Clock clock) {
		this.plans = plans;
		this.progress = progress;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/plans/{id}")
	String show(@PathVariable long id, Model model, Locale locale, Scope scope) {
		// A commune official sees their commune's view, unless the province lets them own
		// this (their commune's) plan.
		if (scope.role() == Role.COMMUNE_OFFICIAL && !access.mayEdit(id, scope)) {
			return "redirect:/plans/" + id + "/communes/" + scope.communeIds().iterator().next();
		}
		LocalDate today = LocalDate.now(clock);
		List<TargetProgress> targets = progress.progress(id, scope, today);
		Plan plan = plans.get(id, scope);
		model.addAttribute("plan", plan);
		model.addAttribute("progress", targets);
		model.addAttribute("coverage", progress.coverage(id, scope));
		model.addAttribute("communes", plans.communes(id, scope));
		model.addAttribute("today", today);
		model.addAttribute("mayEdit", access.mayEdit(id, scope));
		model.addAttribute("indicators", TargetIndicator.values());
		model.addAttribute("kinds", TargetKind.values());
		model.addAttribute("chart", chart(targets, locale));
		model.addAttribute("elapsed",
				PlanFormat.number(Progress.elapsed(plan.year(), today).multiply(BigDecimal.valueOf(100)), 0) + "%");
		return "plans/show";
	}

	/** Achievement per target in % (bars coloured by state), for the dashboard chart. */
	private String chart(List<TargetProgress> progress, Locale locale) {
		StringBuilder labels = new StringBuilder();
		StringBuilder data = new StringBuilder();
		StringBuilder colours = new StringBuilder();
		for (TargetProgress p : progress) {
			String sep = labels.isEmpty() ? "" : ",";
			String label = p.target().label();
			labels.append(sep).append(json(label.length() > 60 ? label.substring(0, 57) + "…" : label));
			BigDecimal pct = p.progress().percent(2);
			data.append(sep).append(pct == null ? "0" : pct.toPlainString());
			colours.append(sep).append('"').append(colour(p.progress().state())).append('"');
		}
		return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":"
				+ json(messages.getMessage("plan.chart.achievement", null, locale)) + ",\"data\":[" + data
				+ "],\"backgroundColor\":[" + colours + "]}]},\"options\":{\"indexAxis\":\"y\"}}";
	}

	private static String colour(ProgressState state) {
		return switch (state) {
			case ON_TRACK -> "#198754";
			case AT_RISK -> "#e08600";
			case BEHIND -> "#b02a37";
			case NO_DATA -> "#6c757d";
		};
	}

	private static String json(String s) {
		return "\"" + s.replace("\\", "\\\\")
			.replace("\"", "\\\"")
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026") + "\"";
	}

}

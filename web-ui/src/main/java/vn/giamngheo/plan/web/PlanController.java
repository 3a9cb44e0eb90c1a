package vn.giamngheo.plan.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.plan.ProgressState;
import vn.giamngheo.plan.TargetIndicator;
import vn.giamngheo.plan.TargetKind;
import vn.giamngheo.plan.persistence.PlanRecords.AllocationCommand;
import vn.giamngheo.plan.persistence.PlanRecords.PlanCommand;
import vn.giamngheo.plan.persistence.PlanRecords.TargetCommand;
import vn.giamngheo.plan.persistence.PlanRecords.TargetProgress;
import vn.giamngheo.plan.persistence.PlanService;
import vn.giamngheo.shared.GroupedNumber;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;
import vn.giamngheo.shared.web.CurrentUser;

/**
 * Plans and their targets: the list, the district dashboard (progress of every target, with a chart), a target's
 * allocation to communes and its figures, and a commune's view. District officers edit; commune officials and the
 * province read. Refusals of the service ({@link FieldProblem}) come back as a message on the same page.
 */
@Controller
class PlanController {

	private final PlanService plans;

	private final AreaQueries areas;

	private final MessageSource messages;

	private final Clock clock;

	PlanController(PlanService plans, AreaQueries areas, MessageSource messages, Clock clock) {
		this.plans = plans;
		this.areas = areas;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/plans")
	String list(Model model) {
		Scope scope = CurrentUser.scope();
		model.addAttribute("plans", plans.plans(scope));
		model.addAttribute("mayEdit", plans.mayEdit(scope));
		model.addAttribute("areas", districtsOf(scope));
		model.addAttribute("thisYear", LocalDate.now(clock).getYear());
		return "plans/list";
	}

	/**
	 * Creates a plan. Every field is checked before the service is asked, so all mistakes show at once next to their
	 * fields; what was typed comes back in the form (issue 13: one error lost every field).
	 */
	@PostMapping("/plans")
	String create(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Integer year = GroupedNumber.parseWhole(form.get("year")).map(Long::intValue).orElse(null);
		if (year == null) {
			errors.put("year", "plan.year.range");
		}
		if (blank(form.get("number"))) {
			errors.put("number", "plan.number.required");
		}
		LocalDate issuedOn = date(form.get("issuedOn"));
		if (issuedOn == null) {
			errors.put("issuedOn", blank(form.get("issuedOn")) ? "plan.issuedOn.required" : "ux13.date.invalid");
		}
		if (blank(form.get("issuer"))) {
			errors.put("issuer", "ux13.plan.issuer.required");
		}
		Long areaId = GroupedNumber.parseWhole(form.get("areaId")).orElse(null);
		if (areaId == null) {
			errors.put("areaId", "plan.area.required");
		}
		if (errors.isEmpty()) {
			try {
				long id = plans.create(new PlanCommand(areaId, year, form.get("number"), issuedOn, form.get("issuer"),
						form.get("title")), CurrentUser.scope(), CurrentUser.username());
				redirect.addFlashAttribute("flash", "plan.created");
				return "redirect:/plans/" + id;
			}
			catch (FieldProblem problem) {
				errors.put(problem.field(), problem.messageKey());
			}
		}
		keepInput(redirect, form, errors, "areaId", "year", "number", "issuedOn", "issuer", "title");
		return "redirect:/plans";
	}

	/** Puts what was typed and the errors (field → message key) back for the form after the redirect. */
	private static void keepInput(RedirectAttributes redirect, Map<String, String> form, Map<String, String> errors,
			String... fields) {
		LinkedHashMap<String, String> input = new LinkedHashMap<>();
		for (String f : fields) {
			if (form.get(f) != null) {
				input.put(f, form.get(f));
			}
		}
		redirect.addFlashAttribute("input", input);
		redirect.addFlashAttribute("errors", new LinkedHashMap<>(errors));
	}

	private static LocalDate date(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			String s = text.strip();
			return s.contains("/") ? LocalDate.parse(s, java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")
				.withResolverStyle(java.time.format.ResolverStyle.STRICT))
					: LocalDate.parse(s);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	/** The dashboard: every target's progress for the plan area; commune officials go to their commune's view. */
	@GetMapping("/plans/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		Scope scope = CurrentUser.scope();
		// A commune official sees their commune's view, unless the province lets them own this (their commune's) plan.
		if (scope.role() == Role.COMMUNE_OFFICIAL && !plans.mayEdit(id, scope)) {
			return "redirect:/plans/" + id + "/communes/" + scope.communeIds().iterator().next();
		}
		LocalDate today = LocalDate.now(clock);
		List<TargetProgress> progress = plans.progress(id, scope, today);
		model.addAttribute("plan", plans.get(id, scope));
		model.addAttribute("progress", progress);
		model.addAttribute("coverage", plans.coverage(id, scope));
		model.addAttribute("communes", plans.communes(id, scope));
		model.addAttribute("today", today);
		model.addAttribute("mayEdit", plans.mayEdit(id, scope));
		model.addAttribute("indicators", TargetIndicator.values());
		model.addAttribute("kinds", TargetKind.values());
		model.addAttribute("chart", chart(progress, locale));
		model.addAttribute("elapsed", PlanFormat.number(vn.giamngheo.plan.Progress
			.elapsed(plans.get(id, scope).year(), today).multiply(BigDecimal.valueOf(100)), 0) + "%");
		return "plans/show";
	}

	@PostMapping("/plans/{id}/targets")
	String addTarget(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		TargetIndicator indicator = enumOf(TargetIndicator.class, form.get("indicator"));
		if (indicator == null) {
			errors.put("indicator", "plan.target.indicator.required");
		}
		TargetKind kind = enumOf(TargetKind.class, form.get("kind"));
		if (kind == null) {
			errors.put("kind", "plan.target.kind.invalid");
		}
		if (blank(form.get("label"))) {
			errors.put("label", "plan.target.label.required");
		}
		BigDecimal value = GroupedNumber.parse(form.get("value")).orElse(null);
		if (value == null) {
			errors.put("value", "plan.target.value.invalid");
		}
		BigDecimal baseline = blank(form.get("baseline")) ? null : GroupedNumber.parse(form.get("baseline")).orElse(null);
		if (!blank(form.get("baseline")) && baseline == null) {
			errors.put("baseline", "plan.target.baseline.invalid");
		}
		if (errors.isEmpty()) {
			try {
				plans.addTarget(id, new TargetCommand(indicator, kind, form.get("label"), value, baseline),
						CurrentUser.scope(), CurrentUser.username());
				redirect.addFlashAttribute("flash", "plan.target.added");
				return "redirect:/plans/" + id;
			}
			catch (FieldProblem problem) {
				errors.put(problem.field(), problem.messageKey());
			}
		}
		keepInput(redirect, form, errors, "indicator", "kind", "label", "value", "baseline");
		return "redirect:/plans/" + id;
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		try {
			return blank(name) ? null : Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@GetMapping("/plans/{id}/targets/{targetId}")
	String target(@PathVariable long id, @PathVariable long targetId, Model model) {
		Scope scope = CurrentUser.scope();
		var target = plans.target(targetId, scope);
		if (target.planId() != id) {
			throw new OutOfScopeException("target " + targetId + " is not part of plan " + id);
		}
		TargetProgress progress = plans.progress(id, scope, LocalDate.now(clock)).stream()
			.filter(p -> p.target().id() == targetId).findFirst().orElseThrow();
		model.addAttribute("plan", plans.get(id, scope));
		model.addAttribute("p", progress);
		model.addAttribute("coverage", plans.coverage(id, scope));
		model.addAttribute("allocations", plans.allocations(targetId, scope));
		model.addAttribute("actuals", plans.actuals(targetId, scope));
		model.addAttribute("communes", plans.communes(id, scope));
		model.addAttribute("mayEdit", plans.mayEdit(id, scope));
		model.addAttribute("today", LocalDate.now(clock));
		return "plans/target";
	}

	/** Saves the allocation table: one {@code value_<communeId>} (and optional {@code base_}/{@code baseline_}) each. */
	@PostMapping("/plans/{id}/targets/{targetId}/allocations")
	String allocate(@PathVariable long id, @PathVariable long targetId, @RequestParam long version,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Scope scope = CurrentUser.scope();
		try {
			List<AllocationCommand> commands = new ArrayList<>();
			for (var commune : plans.communes(id, scope)) {
				String value = form.get("value_" + commune.id());
				if (blank(value)) {
					continue;
				}
				String base = form.get("base_" + commune.id());
				String baseline = form.get("baseline_" + commune.id());
				commands.add(new AllocationCommand(commune.id(), decimal(value, "allocations"),
						blank(base) ? null : GroupedNumber.parseWhole(base).orElseThrow(() -> new FieldProblem("allocations", "plan.number.invalid")),
						blank(baseline) ? null : decimal(baseline, "allocations")));
			}
			var check = plans.allocate(targetId, version, commands, scope, CurrentUser.username());
			redirect.addFlashAttribute("flash", check.addsUp() ? "plan.allocation.saved" : "plan.allocation.savedMismatch");
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
		}
		catch (ConcurrentEditException conflict) {
			redirect.addFlashAttribute("problem", "plan.conflict");
		}
		return "redirect:/plans/" + id + "/targets/" + targetId;
	}

	@PostMapping("/plans/{id}/targets/{targetId}/actuals")
	String recordActual(@PathVariable long id, @PathVariable long targetId,
			@RequestParam(required = false) Long communeId, @RequestParam String value,
			@RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate asOf,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			plans.recordActual(targetId, communeId, decimal(value, "value"), asOf, note, CurrentUser.scope(),
					CurrentUser.username());
			redirect.addFlashAttribute("flash", "plan.actual.saved");
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
		}
		return "redirect:/plans/" + id + "/targets/" + targetId;
	}

	/** One commune's part of the plan: its allocation of every target, its figures and state. */
	@GetMapping("/plans/{id}/communes/{communeId}")
	String commune(@PathVariable long id, @PathVariable long communeId, Model model) {
		Scope scope = CurrentUser.scope();
		var commune = plans.communes(id, scope).stream().filter(c -> c.id() == communeId).findFirst()
			.orElseThrow(() -> new OutOfScopeException("commune " + communeId + " of plan " + id + " not visible"));
		model.addAttribute("plan", plans.get(id, scope));
		model.addAttribute("commune", commune);
		model.addAttribute("rows", plans.progress(id, scope, LocalDate.now(clock)).stream()
			.map(p -> new CommuneRow(p, p.communes().stream().filter(c -> c.communeId() == communeId).findFirst()
				.orElseThrow()))
			.toList());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("owned", plans.mayEdit(id, scope));
		return "plans/commune";
	}

	record CommuneRow(TargetProgress target, vn.giamngheo.plan.persistence.PlanRecords.CommuneProgress commune) {
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

	private List<AreaQueries.Option> districtsOf(Scope scope) {
		if (scope.role() == Role.COMMUNE_OFFICIAL && plans.mayEdit(scope)) {
			// The commune that owns its plan makes it for itself (issue 14).
			return scope.communeIds().stream().sorted().map(id -> areas.get(id))
				.map(a -> new AreaQueries.Option(a.getId(), a.getName(), 0)).toList();
		}
		if (scope.role() != Role.DISTRICT_OFFICER) {
			return List.of();
		}
		return scope.communeIds().stream().map(id -> areas.get(id).getParentId()).distinct()
			.map(id -> areas.get(id)).map(a -> new AreaQueries.Option(a.getId(), a.getName(), 0)).toList();
	}

	/** Reads "1.234", "67,67" or "67.67" as a decimal, by the one rule of every form ({@link GroupedNumber}). */
	static BigDecimal decimal(String text, String field) {
		return GroupedNumber.parse(text).orElseThrow(() -> new FieldProblem(field, "plan.number.invalid"));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String json(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c").replace(">", "\\u003e")
			.replace("&", "\\u0026") + "\"";
	}
}

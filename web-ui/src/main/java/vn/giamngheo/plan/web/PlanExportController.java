package vn.giamngheo.plan.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.plan.TargetKind;
import vn.giamngheo.plan.persistence.PlanRecords.CommuneProgress;
import vn.giamngheo.plan.persistence.PlanRecords.Plan;
import vn.giamngheo.plan.persistence.PlanRecords.TargetProgress;
import vn.giamngheo.plan.persistence.PlanProgress;
import vn.giamngheo.plan.persistence.Plans;
import vn.giamngheo.shared.web.documents.OfficialDocument;
import vn.giamngheo.shared.web.documents.Spreadsheet;

/**
 * A plan's progress as a workbook (the targets, then one sheet per target with its
 * communes) and as an official progress report (PDF). The same figures as the dashboard;
 * scope is enforced by {@link Plans} and {@link PlanProgress}.
 */
@Controller
class PlanExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Plans plans;

	private final PlanProgress progress;

	private final AreaQueries areas;

	private final MessageSource messages;

	private final PlanFormat format;

	private final Clock clock;

	PlanExportController(Plans plans, PlanProgress progress, AreaQueries areas, MessageSource messages,
			PlanFormat format, Clock clock) {
		this.plans = plans;
		this.progress = progress;
		this.areas = areas;
		this.messages = messages;
		this.format = format;
		this.clock = clock;
	}

	@GetMapping("/plans/{id}/export.xlsx")
	ResponseEntity<byte[]> excel(@PathVariable long id, Locale locale, Scope scope) {
		Plan plan = plans.get(id, scope);
		LocalDate today = LocalDate.now(clock);
		List<TargetProgress> progress = this.progress.progress(id, scope, today);
		try (Spreadsheet book = new Spreadsheet()) {
			List<String> headers = headers(locale);
			Spreadsheet.Tab tab = book.sheet(m("plan.export.sheet", locale), headers.size(), true);
			tab.title(heading(plan, locale)).line(subtitle(plan, today, locale)).blank().header(headers);
			for (TargetProgress p : progress) {
				tab.row(Arrays.asList(p.target().label(), m("plan.kind." + p.target().kind(), locale),
						value(p.target().value(), p.target().kind()), value(p.actual(), p.target().kind()), p.asOf(),
						achievement(p.progress()), m("plan.state." + p.progress().state(), locale)));
			}
			tab.done();
			int n = 1;
			List<String> communeHeaders = List.of(m("household.commune", locale), m("plan.allocation", locale),
					m("plan.actual", locale), m("plan.asOf", locale), m("plan.achievement", locale),
					m("plan.state", locale));
			for (TargetProgress p : progress) {
				Spreadsheet.Tab t = book.sheet((n++) + ". " + p.target().label(), communeHeaders.size(), false);
				t.title(p.target().label()).line(heading(plan, locale)).blank().header(communeHeaders);
				for (CommuneProgress c : p.communes()) {
					t.row(Arrays.asList(c.communeName(), value(c.allocated(), p.target().kind()),
							value(c.actual(), p.target().kind()), c.asOf(), achievement(c.progress()),
							c.progress() == null ? "" : m("plan.state." + c.progress().state(), locale)));
				}
				t.done();
			}
			return ResponseEntity.ok()
				.contentType(XLSX)
				.header("Content-Disposition", "attachment; filename=\"ke-hoach-" + plan.year() + "-" + id + ".xlsx\"")
				.body(book.bytes());
		}
	}

	@GetMapping("/plans/{id}/export.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale, Scope scope, AppUser caller) {
		Plan plan = plans.get(id, scope);
		LocalDate today = LocalDate.now(clock);
		List<TargetProgress> progress = this.progress.progress(id, scope, today);
		List<List<String>> rows = new ArrayList<>();
		for (TargetProgress p : progress) {
			rows.add(List.of(p.target().label(), m("plan.kind." + p.target().kind(), locale),
					format.value(p.target().value(), p.target().kind()), format.value(p.actual(), p.target().kind()),
					p.asOf() == null ? "" : Dates.format(p.asOf()), format.achievement(p.progress()),
					m("plan.state." + p.progress().state(), locale)));
		}
		OfficialDocument doc = OfficialDocument
			.open(true, heading(plan, locale), issuer(plan, today), "        /BC-UBND", today)
			.title(m("plan.export.title", locale, plan.number(), plan.year()), subtitle(plan, today, locale))
			.table(m("plan.export.targets", locale), new float[] { 34, 12, 10, 10, 10, 9, 12 }, headers(locale), rows,
					null, Set.of(2, 3, 5), 9);
		for (TargetProgress p : progress) {
			List<List<String>> communes = new ArrayList<>();
			for (CommuneProgress c : p.communes()) {
				communes.add(List.of(c.communeName(), format.value(c.allocated(), p.target().kind()),
						format.value(c.actual(), p.target().kind()), c.asOf() == null ? "" : Dates.format(c.asOf()),
						format.achievement(c.progress()),
						c.progress() == null ? "" : m("plan.state." + c.progress().state(), locale)));
			}
			doc.table(p.target().label(), new float[] { 30, 14, 14, 14, 12, 16 },
					List.of(m("household.commune", locale), m("plan.allocation", locale), m("plan.actual", locale),
							m("plan.asOf", locale), m("plan.achievement", locale), m("plan.state", locale)),
					communes, null, Set.of(1, 2, 4), 8);
		}
		byte[] body = doc.signatures(List.of("Như trên;", "Lưu: VT."),
				List.of(new OfficialDocument.Signer("", "NGƯỜI LẬP BIỂU", caller.getFullName()),
						new OfficialDocument.Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "")))
			.finish();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"ke-hoach-" + plan.year() + "-" + id + ".pdf\"")
			.body(body);
	}

	/**
	 * The district's People's Committee, or after 1 Jul 2025 the provincial department.
	 */
	private OfficialDocument.Issuer issuer(Plan plan, LocalDate date) {
		var area = areas.get(plan.areaId());
		if (area.level() == AreaLevel.PROVINCE) {
			return OfficialDocument.Issuer.province(area.name(), date);
		}
		var parent = area.parentId() == null ? null : areas.get(area.parentId());
		return OfficialDocument.Issuer.districtOrProvince("huyện", area.name(), parent == null ? null : parent.name(),
				date);
	}

	private List<String> headers(Locale locale) {
		return List.of(m("plan.target", locale), m("plan.kind", locale), m("plan.planned", locale),
				m("plan.actual", locale), m("plan.asOf", locale), m("plan.achievement", locale),
				m("plan.state", locale));
	}

	private String heading(Plan plan, Locale locale) {
		return m("plan.dashboard.heading", locale, plan.number(), plan.areaName(), plan.year());
	}

	private String subtitle(Plan plan, LocalDate today, Locale locale) {
		return m("plan.export.subtitle", locale, plan.issuer(), Dates.format(plan.issuedOn()), Dates.format(today));
	}

	/** Rates are percentages (a fraction of one), counts plain numbers. */
	private static Object value(BigDecimal v, TargetKind kind) {
		if (v == null) {
			return "";
		}
		return kind.rate() ? new Spreadsheet.Percent(v.movePointLeft(2))
				: new Spreadsheet.Decimal(v, Math.max(0, Math.min(2, v.stripTrailingZeros().scale())));
	}

	private static Object achievement(vn.giamngheo.plan.Progress.Result r) {
		return r == null || r.achievement() == null ? ""
				: new Spreadsheet.Percent(r.achievement().setScale(6, RoundingMode.HALF_EVEN));
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** dd/MM/yyyy. */
	static final class Dates {

		private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
			.ofPattern("dd/MM/yyyy");

		static String format(LocalDate d) {
			return d == null ? "" : DATE.format(d);
		}

	}

}

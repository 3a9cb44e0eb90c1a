package vn.giamngheo.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.audit.persistence.AuditAction;
import vn.giamngheo.audit.persistence.AuditEntry;
import vn.giamngheo.audit.persistence.AuditLog;
import vn.giamngheo.audit.persistence.AuditQuery;

/**
 * The administrators' page to search the audit log by person, household, user and date,
 * and export what it finds.
 */
@Controller
class AuditController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String household,
			@RequestParam(required = false) String member, @RequestParam(required = false) String action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		AuditFilter filter = AuditFilter.parse(actor, household, member, action, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("entries", filter.problem() == null ? audit.search(filter.query()) : List.of());
		model.addAttribute("maxRows", AuditLog.MAX_ROWS);
		return "audit/index";
	}

	/**
	 * CSV for the data-protection officer's own records; every cell that could start a
	 * formula is quoted as text.
	 */
	@GetMapping("/audit/export.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String household, @RequestParam(required = false) String member,
			@RequestParam(required = false) String action, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		AuditFilter filter = AuditFilter.parse(actor, household, member, action, from, to);
		List<AuditEntry> entries = filter.problem() == null ? audit.search(filter.query()) : List.of();
		String csv = "\uFEFFthoi_gian,nguoi_dung,vai_tro,hanh_dong,ho,nhan_khau,noi_dung,chi_tiet,muc_dich,dia_chi\r\n"
				+ entries.stream().map(AuditController::line).collect(Collectors.joining());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("nhat-ky-truy-cap.csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private static String line(AuditEntry e) {
		return String.join(",", cell(TIME.format(e.occurredAt())), cell(e.actor()), cell(e.actorRole()),
				cell(e.action().name()), cell(e.householdId()), cell(e.memberId()), cell(e.target()), cell(e.detail()),
				cell(e.purpose()), cell(e.clientAddress())) + "\r\n";
	}

	static String cell(Object value) {
		String s = value == null ? "" : value.toString();
		if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
			s = "'" + s; // CSV injection: a spreadsheet must read it as text, never as a
							// formula
		}
		return "\"" + s.replace("\"", "\"\"") + "\"";
	}

	/**
	 * The page's filter as typed, with the first thing wrong in it (a message key) if
	 * any.
	 */
	record AuditFilter(String actor, String household, String member, String action, String from, String to,
			AuditQuery query, String problem) {

		static AuditFilter parse(String actor, String household, String member, String action, String from, String to) {
			try {
				Long h = blank(household) ? null : Long.valueOf(household.strip());
				Long m = blank(member) ? null : Long.valueOf(member.strip());
				AuditAction a = blank(action) ? null : AuditAction.valueOf(action.strip());
				LocalDate f = blank(from) ? null : day(from);
				LocalDate t = blank(to) ? null : day(to);
				return new AuditFilter(actor, household, member, action, from, to, new AuditQuery(actor, h, m, a, f, t),
						null);
			}
			catch (RuntimeException ex) {
				return new AuditFilter(actor, household, member, action, from, to, null, "audit.filter.invalid");
			}
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}

		/**
		 * dd/MM/yyyy as typed in the filter (issue 13), or ISO as older links and the API
		 * write it.
		 */
		private static LocalDate day(String text) {
			String s = text.strip();
			return s.contains("/") ? LocalDate.parse(s, java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")
				.withResolverStyle(java.time.format.ResolverStyle.STRICT)) : LocalDate.parse(s);
		}
	}

}

package vn.giamngheo.report.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.report.persistence.AreaSummaries;
import vn.giamngheo.report.persistence.ReportQueries;

/**
 * A report as an Excel or PDF file: the same tables as its page ({@link ReportContent}).
 */
@Controller
class ReportExportController {

	private final ReportContent content;

	private final ReportQueries reports;

	private final AreaSummaries summaries;

	private final Clock clock;

	private final vn.giamngheo.report.persistence.StoredFigures stored;

	ReportExportController(ReportContent content, ReportQueries reports, AreaSummaries summaries, Clock clock,
			vn.giamngheo.report.persistence.StoredFigures stored) {
		this.content = content;
		this.reports = reports;
		this.summaries = summaries;
		this.clock = clock;
		this.stored = stored;
	}

	@GetMapping("/reports/{view:[a-z]+}.{format:xlsx|pdf}")
	ResponseEntity<byte[]> export(@PathVariable String view, @PathVariable String format,
			@RequestParam(required = false) Integer year, Locale locale, Scope scope, AppUser caller)
			throws IOException {
		int y = content.year(year, scope);
		String heading = content.heading(scope, y, locale);
		ReportQueries.Report whole = reports.byCommune(y, scope);
		String notice = content.notice(whole, locale);
		boolean excel = format.equals("xlsx");
		LocalDate today = LocalDate.now(clock);
		java.util.function.Supplier<byte[]> write = () -> {
			List<ReportTable> built = content.build(view, y, scope, locale);
			return excel ? ReportExport.excel(heading, notice, built) : ReportExport.pdf(heading, notice, built,
					content.issuer(scope, today, locale), today, caller.getFullName());
		};
		// A file made only of stored figures is the same for everyone who asks for the
		// same communes, words and day:
		// kept under the figures' stamp (issue 12: building the province's workbook was
		// most of an export's CPU).
		// Support totals and the movement of a period still open are read live, so those
		// files are made each time.
		boolean live = view.equals("support") || (y == summaries.registerYear() && whole.rows()
			.stream()
			.anyMatch(r -> !r.source().equals(vn.giamngheo.report.persistence.OfficialRows.OFFICIAL)));
		byte[] body = live ? write.get()
				: stored.get(
						List.of("export", view, format, y, new java.util.TreeSet<>(reports.communesOf(scope)),
								locale.toLanguageTag(), today, heading, notice, excel ? "" : caller.getFullName()),
						write);
		String filename = "bao-cao-" + view + "-" + y + "." + format;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.contentType(excel
					? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					: MediaType.APPLICATION_PDF)
			.body(body);
	}

}

package vn.giamngheo.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.giamngheo.audit.persistence.AuditEntry;
import vn.giamngheo.audit.persistence.AuditLog;
import vn.giamngheo.audit.persistence.AuditQuery;

/**
 * The audit log for administrators' tools; everyone else gets 403
 * (SecurityConfiguration).
 */
@RestController
@Tag(name = "Audit", description = "Who viewed, exported, searched or changed personal data (administrators only)")
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/audit")
	@Operation(summary = "Search the audit log", description = "Newest first, at most 1000 entries. actor: user "
			+ "name; household: household id; from/to: days (yyyy-MM-dd, inclusive). 403 for non-administrators.")
	List<AuditEntry> search(@RequestParam(required = false) String actor,
			@RequestParam(required = false) Long household, @RequestParam(required = false) Long member,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return audit.search(new AuditQuery(actor, household, member, null, from, to));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException ex, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				english ? "Parameter '" + ex.getName() + "' is not valid (household: a number; from, to: yyyy-MM-dd)."
						: "Tham số '" + ex.getName() + "' không hợp lệ (household: số; from, to: yyyy-MM-dd).");
		problem.setTitle(english ? "Invalid request" : "Yêu cầu không hợp lệ");
		problem.setType(URI.create("urn:giamngheo:problem:invalid-request"));
		return ResponseEntity.badRequest().body(problem);
	}

}

package vn.giamngheo.household.duplicates.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.persistence.duplicates.DuplicateQueue;

/**
 * The duplicate queue for other systems: pairs of the caller's communes with their score
 * and reasons.
 */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Register import", description = "Nhập sổ hộ từ tệp / Household register import")
class DuplicateApiController {

	record Household(Long id, String code, String commune, String village, String headName, String person,
			java.time.LocalDate personBorn) {
	}

	record Candidate(long id, String status, double score, List<String> reasons, List<String> reasonCodes,
			int matchedMembers, String foundBy, Household householdA, Household householdB, String resolution) {
	}

	private final DuplicateQueue queue;

	private final MessageSource messages;

	DuplicateApiController(DuplicateQueue queue, MessageSource messages) {
		this.queue = queue;
		this.messages = messages;
	}

	@GetMapping("/duplicates")
	@Operation(summary = "Suspected duplicate households (open, confirmed or dismissed) of the caller's communes",
			security = @SecurityRequirement(name = "basicAuth"))
	ResponseEntity<?> duplicates(@RequestParam(defaultValue = "open") String status, Scope scope) {
		DuplicateQueue.Status wanted = DuplicateQueue.status(status);
		Locale locale = LocaleContextHolder.getLocale();
		if (wanted == null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					messages.getMessage("duplicate.api.status", null, locale));
			problem.setTitle(messages.getMessage("duplicate.api.invalid", null, locale));
			return ResponseEntity.badRequest().body(problem);
		}
		return ResponseEntity.ok(queue.list(wanted, scope)
			.stream()
			.map(p -> new Candidate(p.id(), p.status().name().toLowerCase(Locale.ROOT), p.score(),
					p.reasons()
						.stream()
						.map(r -> messages.getMessage("duplicate.reason." + r, null, r, locale))
						.toList(),
					p.reasons(), p.matchedMembers(), p.foundBy(), side(p.a()), side(p.b()), p.resolution()))
			.toList());
	}

	private static Household side(DuplicateQueue.Side s) {
		return new Household(s.householdId(), s.code(), s.commune(), s.village(), s.headName(), s.personName(),
				s.personBorn());
	}

}

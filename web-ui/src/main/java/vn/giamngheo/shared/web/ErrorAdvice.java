package vn.giamngheo.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Not found becomes a 404 page, a record outside the caller's areas a 403 page; both are
 * logged. A race lost to another user (a stale version, a lock not granted, a deadlock, a
 * row inserted twice) becomes a conflict: HTTP 409 with an RFC 9457 problem for JSON
 * callers, and on pages the previous page again with a message. Never a 500.
 */
@ControllerAdvice(basePackages = "vn.giamngheo")
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	static final String CONFLICT = "conflict.retry";

	private final MessageSource messages;

	private final tools.jackson.databind.ObjectMapper json;

	private final vn.giamngheo.shared.persistence.rowsecurity.HiddenRecords hidden;

	ErrorAdvice(MessageSource messages, tools.jackson.databind.ObjectMapper json) {
		this(messages, json, null);
	}

	@org.springframework.beans.factory.annotation.Autowired
	ErrorAdvice(MessageSource messages, tools.jackson.databind.ObjectMapper json,
			vn.giamngheo.shared.persistence.rowsecurity.HiddenRecords hidden) {
		this.messages = messages;
		this.json = json;
		this.hidden = hidden;
	}

	/**
	 * A record that row-level security hid from the caller is refused as out of scope, as
	 * the services would.
	 */
	@ExceptionHandler(NotFoundException.class)
	org.springframework.web.servlet.ModelAndView notFound(NotFoundException ex, HttpServletRequest request) {
		if (hidden != null && hidden.hidden(ex)) {
			var page = new org.springframework.web.servlet.ModelAndView(outOfScope(
					new OutOfScopeException(ex.what() + " " + ex.id() + " is outside the caller's communes"), request));
			page.setStatus(HttpStatus.FORBIDDEN);
			return page;
		}
		var page = new org.springframework.web.servlet.ModelAndView("error/404");
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	@ExceptionHandler(OutOfScopeException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String outOfScope(OutOfScopeException ex, HttpServletRequest request) {
		log.warn("Refused {} {} to {}: {}", request.getMethod(), request.getRequestURI(), request.getRemoteUser(),
				ex.getMessage());
		return "error/403";
	}

	@ExceptionHandler({ ConcurrentEditException.class, ConcurrencyFailureException.class, DuplicateKeyException.class })
	org.springframework.web.servlet.ModelAndView conflict(RuntimeException ex, HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response, Locale locale) throws java.io.IOException {
		log.info("Conflict on {} {} for {}: {}", request.getMethod(), request.getRequestURI(), request.getRemoteUser(),
				ex.getMessage());
		String accept = request.getHeader("Accept");
		if (request.getRequestURI().contains("/api/")
				|| accept != null && accept.contains("json") && !accept.contains("text/html")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					messages.getMessage(CONFLICT, null, CONFLICT, locale));
			problem.setTitle(messages.getMessage("conflict.title", null, "Conflict", locale));
			problem.setType(URI.create("urn:giamngheo:problem:conflict"));
			response.setStatus(HttpStatus.CONFLICT.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getWriter(), problem);
			return new org.springframework.web.servlet.ModelAndView();
		}
		RequestContextUtils.getOutputFlashMap(request).put("problem", CONFLICT);
		String referer = request.getHeader("Referer");
		String target = referer != null && referer.contains(request.getServerName()) ? referer
				: request.getContextPath() + "/";
		return new org.springframework.web.servlet.ModelAndView("redirect:" + target);
	}

}

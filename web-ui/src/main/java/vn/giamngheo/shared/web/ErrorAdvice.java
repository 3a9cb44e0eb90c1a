package vn.giamngheo.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/** Not found becomes a 404 page, a record outside the caller's areas a 403 page; both are logged. */
@ControllerAdvice(basePackages = "vn.giamngheo")
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(OutOfScopeException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String outOfScope(OutOfScopeException ex, HttpServletRequest request) {
		log.warn("Refused {} {} to {}: {}", request.getMethod(), request.getRequestURI(), request.getRemoteUser(),
				ex.getMessage());
		return "error/403";
	}
}

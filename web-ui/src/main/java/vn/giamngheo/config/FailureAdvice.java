package vn.giamngheo.config;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import vn.giamngheo.shared.persistence.ConcurrentEditException;

/**
 * The last line against HTTP 500 (issue 11, finding 7): what a controller did not catch
 * itself becomes a page or an RFC 9457 problem that says what to do, never a stack trace,
 * SQL or path. Two saves of one record at once (the optimistic lock, or a unique index
 * that a parallel insert reached first) are a 409 "reload and try again"; a value of the
 * wrong type or a missing one is a 400; an upload over the limit is a 413. Each is logged
 * for the operator.
 */
@ControllerAdvice(basePackages = "vn.giamngheo")
@Order(Ordered.LOWEST_PRECEDENCE)
class FailureAdvice {

	private static final Logger log = LoggerFactory.getLogger(FailureAdvice.class);

	@ExceptionHandler({ ConcurrencyFailureException.class, ConcurrentEditException.class })
	Object concurrent(Exception ex, HttpServletRequest request) {
		log.info("Conflict on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getClass().getSimpleName());
		return answer(request, HttpStatus.CONFLICT, "error.409");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	Object integrity(DataIntegrityViolationException ex, HttpServletRequest request) {
		String cause = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
		log.warn("Refused by a database constraint on {} {}: {}", request.getMethod(), request.getRequestURI(), cause);
		boolean tooLongOrOutOfRange = cause != null && (cause.contains("value too long")
				|| cause.contains("out of range") || cause.contains("violates check constraint"));
		return tooLongOrOutOfRange ? answer(request, HttpStatus.BAD_REQUEST, "error.400")
				: answer(request, HttpStatus.CONFLICT, "error.409");
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			HttpMessageNotReadableException.class, org.springframework.validation.BindException.class,
			org.springframework.web.bind.ServletRequestBindingException.class })
	Object badInput(Exception ex, HttpServletRequest request) {
		log.info("Bad input on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getClass().getSimpleName());
		return answer(request, HttpStatus.BAD_REQUEST, "error.400");
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class, MultipartException.class })
	Object tooLarge(Exception ex, HttpServletRequest request) {
		log.info("Upload refused on {}: {}", request.getRequestURI(), ex.getMessage());
		return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, "error.413");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(HttpServletRequest request) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "error.400");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaType(HttpServletRequest request) {
		return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.400");
	}

	static Object answer(HttpServletRequest request, HttpStatus status, String key) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			String language = request.getHeader("Accept-Language");
			boolean english = language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Texts.of(key + ".text", english));
			problem.setTitle(Texts.of(key + ".title", english));
			problem.setType(URI.create("urn:giamngheo:problem:" + status.value()));
			problem.setInstance(URI.create(path));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/" + status.value());
		if (status == HttpStatus.METHOD_NOT_ALLOWED || status == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
			page.setViewName("error/400");
		}
		page.setStatus(status);
		return page;
	}

	/** The API's problem texts come from the same bundles as the pages. */
	static final class Texts {

		private static final java.util.ResourceBundle VI = java.util.ResourceBundle.getBundle("messages",
				java.util.Locale.forLanguageTag("vi"));

		private static final java.util.ResourceBundle EN = java.util.ResourceBundle.getBundle("messages",
				java.util.Locale.ENGLISH);

		static String of(String key, boolean english) {
			return (english ? EN : VI).getString(key);
		}

	}

}

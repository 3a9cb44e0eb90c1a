package vn.giamngheo.review.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.giamngheo.shared.Languages;

/**
 * The review API's problems (RFC 9457): detail in Vietnamese (English when asked),
 * {@code detailEn}, and {@code errors:[{field, code, message, messageEn}]} naming every
 * refused field. Applies to the review API's controllers only, ahead of the application's
 * general error advice.
 */
@RestControllerAdvice(
		assignableTypes = { MeApiController.class, CampaignApiController.class, ReviewSubmissionApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewApiProblems {

	private final MessageSource messages;

	private final ReviewApiSupport support;

	ReviewApiProblems(MessageSource messages, ReviewApiSupport support) {
		this.messages = messages;
		this.support = support;
	}

	@ExceptionHandler(ReviewApiProblem.class)
	ResponseEntity<ProblemDetail> problem(ReviewApiProblem ex, HttpServletRequest request) {
		boolean english = request.getHeader("Accept-Language") != null
				&& request.getLocale().getLanguage().equals("en");
		Locale locale = english ? Locale.ENGLISH : Languages.VIETNAMESE;
		ProblemDetail problem = ProblemDetail.forStatus(ex.status);
		problem.setType(URI.create(ReviewApiProblem.TYPE + ex.key.substring(ex.key.lastIndexOf('.') + 1)));
		problem.setTitle(messages.getMessage(ex.key + ".title", null, locale));
		String detail = ex.errors.isEmpty() ? messages.getMessage(ex.key, ex.args, locale) : String.join(" ",
				ex.errors.stream().map(e -> e.field() + ": " + (english ? e.messageEn() : e.message())).toList());
		problem.setDetail(detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("detailEn", ex.errors.isEmpty() ? messages.getMessage(ex.key, ex.args, Locale.ENGLISH)
				: String.join(" ", ex.errors.stream().map(e -> e.field() + ": " + e.messageEn()).toList()));
		problem.setProperty("errors", ex.errors);
		return ResponseEntity.status(ex.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return problem(support.invalid(List.of(support.error("$", "review.api.body.malformed"))), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return problem(new ReviewApiProblem(HttpStatus.NOT_FOUND, "review.api.commune", List.of(),
				String.valueOf(ex.getValue())), request);
	}

}

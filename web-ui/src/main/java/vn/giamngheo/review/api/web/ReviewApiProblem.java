package vn.giamngheo.review.api.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An answer of the review API other than 200, with its message key (RFC 9457, see
 * {@link ReviewApiProblems}).
 */
final class ReviewApiProblem extends RuntimeException {

	static final String TYPE = "urn:giamngheo:problem:";

	final HttpStatus status;

	final String key;

	final Object[] args;

	final List<ReviewApiAnswers.FieldError> errors;

	ReviewApiProblem(HttpStatus status, String key, List<ReviewApiAnswers.FieldError> errors, Object... args) {
		super(key, null, false, false);
		this.status = status;
		this.key = key;
		this.errors = errors;
		this.args = args;
	}

}

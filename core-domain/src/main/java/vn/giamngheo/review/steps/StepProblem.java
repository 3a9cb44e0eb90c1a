package vn.giamngheo.review.steps;

/**
 * One bad input of a recorded step: the form field it belongs to and the message key that
 * says why.
 */
public record StepProblem(String field, String messageKey) {
}

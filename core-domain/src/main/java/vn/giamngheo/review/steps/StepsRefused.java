package vn.giamngheo.review.steps;

import java.util.List;

/**
 * A recorded step was refused: every bad field at once, so the form can show all its
 * messages in one go. Like {@code ReviewRefused} it is an expected answer and carries no
 * stack trace.
 */
public class StepsRefused extends RuntimeException {

	private final transient List<StepProblem> problems;

	public StepsRefused(List<StepProblem> problems) {
		super(problems.toString(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	public StepsRefused(String field, String messageKey) {
		this(List.of(new StepProblem(field, messageKey)));
	}

	public List<StepProblem> problems() {
		return problems;
	}

	/** Throws when there is anything to refuse. */
	public static void throwIfAny(List<StepProblem> problems) {
		if (!problems.isEmpty()) {
			throw new StepsRefused(problems);
		}
	}

}

package vn.giamngheo.review.persistence;

import java.util.function.Supplier;
import vn.giamngheo.review.ReviewRefused;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * A refusal of the review aggregate becomes the field problem the pages already show next
 * to the field.
 */
final class Refusals {

	private Refusals() {
	}

	static <T> T asFieldProblem(Supplier<T> step) {
		try {
			return step.get();
		}
		catch (ReviewRefused refused) {
			throw new FieldProblem(refused.field(), refused.messageKey());
		}
	}

	static void asFieldProblem(Runnable step) {
		asFieldProblem(() -> {
			step.run();
			return null;
		});
	}

}

package vn.giamngheo.support.persistence;

import vn.giamngheo.support.Ineligibility;

/**
 * The household does not meet the program's eligibility: shown as a warning the officer
 * must accept to record.
 */
public class EligibilityWarning extends RuntimeException {

	private final Ineligibility reason;

	public EligibilityWarning(Ineligibility reason) {
		super(reason.messageKey(), null, false, false);
		this.reason = reason;
	}

	public Ineligibility reason() {
		return reason;
	}

}

package vn.giamngheo.support;

import java.util.List;

/**
 * Why a household does not meet a program's eligibility: a message key and its arguments,
 * shown to the officer as a warning at entry. It is a warning, not a refusal: local
 * support may reach households outside the list.
 */
public record Ineligibility(String messageKey, List<Object> args) {

	public Ineligibility {
		args = List.copyOf(args);
	}
}

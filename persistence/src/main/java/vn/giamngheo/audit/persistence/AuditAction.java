package vn.giamngheo.audit.persistence;

import org.springframework.modulith.NamedInterface;

/**
 * What was done with the data; each has a label {@code audit.action.<name>} in the
 * message bundles.
 */
@NamedInterface("log")
public enum AuditAction {

	VIEW, SEARCH, EXPORT, API_READ, CHANGE, CATEGORY_CHANGE, DENIED, LOGIN, LOGIN_FAILED, LOGOUT

}

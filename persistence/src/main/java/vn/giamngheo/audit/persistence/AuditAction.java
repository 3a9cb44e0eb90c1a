package vn.giamngheo.audit.persistence;

/** What was done with the data; each has a label {@code audit.action.<name>} in the message bundles. */
public enum AuditAction {
	VIEW, SEARCH, EXPORT, API_READ, CHANGE, CATEGORY_CHANGE, DENIED, LOGIN, LOGIN_FAILED, LOGOUT
}

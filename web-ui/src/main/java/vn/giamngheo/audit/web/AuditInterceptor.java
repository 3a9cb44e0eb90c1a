package vn.giamngheo.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.giamngheo.audit.persistence.AuditAction;
import vn.giamngheo.audit.persistence.AuditEntry;
import vn.giamngheo.audit.persistence.AuditLog;

/**
 * Records every request of a logged-in person that reads or changes personal data, in one
 * place rather than in each controller: views of household and member pages, searches
 * (with their filter), exports and documents (any answer that is not an HTML page: Excel,
 * PDF, CSV), JSON API reads, every change (a successful POST), and refusals. The
 * household and member come from the URL's template variables ({id} under /households,
 * {householdId}, {memberId}). A request may say why ({@code purpose=...}); it is kept
 * with the entry.
 */
class AuditInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

	/**
	 * Pages that show or list named people; other pages (aggregates, catalogues) are not
	 * personal data.
	 */
	private static final List<String> PERSONAL = List.of("/households", "/reviews", "/support", "/api/",
			"/poverty/what-if", "/audit");

	private static final List<String> AGGREGATE = List.of("/support/totals", "/support/programs", "/support/coverage");

	private final AuditLog audit;

	AuditInterceptor(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(handler instanceof HandlerMethod)) {
			return;
		}
		// The servlet API's principal is Spring Security's authentication, and null for
		// an anonymous request
		// (SecurityContextHolderAwareRequestFilter): the interceptor reads the caller
		// from the request it is given.
		if (!(request.getUserPrincipal() instanceof Authentication auth) || !auth.isAuthenticated()) {
			return;
		}
		try {
			AuditAction action = classify(request, response, ex);
			if (action != null) {
				audit.record(entry(request, response, auth, action));
			}
		}
		catch (RuntimeException failure) {
			// The answer has been sent already; a failed audit write must be loud in the
			// log, not a broken page.
			log.error("Could not record audit entry for {} {}", request.getMethod(), request.getRequestURI(), failure);
		}
	}

	static AuditAction classify(HttpServletRequest request, HttpServletResponse response, Exception ex) {
		String path = path(request);
		int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
		boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
		if (status == 403 || status == 404 && path.startsWith("/households/")) {
			return AuditAction.DENIED;
		}
		if (status >= 400) {
			return null;
		}
		if (path.startsWith("/api/")) {
			return AuditAction.API_READ; // the API only reads and calculates; none of it
											// changes records
		}
		if (write) {
			return AuditAction.CHANGE;
		}
		if (PERSONAL.stream().noneMatch(path::startsWith) || AGGREGATE.stream().anyMatch(path::startsWith)) {
			return null;
		}
		String type = response.getContentType();
		if (type != null && !type.startsWith("text/html")) {
			return type.startsWith("application/json") ? AuditAction.SEARCH : AuditAction.EXPORT;
		}
		if (!filter(request).isEmpty()) {
			return AuditAction.SEARCH;
		}
		return AuditAction.VIEW;
	}

	private static AuditEntry entry(HttpServletRequest request, HttpServletResponse response, Authentication auth,
			AuditAction action) {
		@SuppressWarnings("unchecked")
		Map<String, String> vars = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String path = path(request);
		Long household = null;
		Long member = null;
		if (vars != null) {
			household = number(vars.get("householdId"));
			if (household == null && path.matches("(/support|/reviews)?/households/\\d+.*")) {
				household = number(vars.get("id"));
			}
			member = number(vars.get("memberId"));
		}
		String role = auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.findFirst()
			.orElse(null);
		String detail = action == AuditAction.CHANGE ? null : filter(request);
		return AuditEntry.of(auth.getName(), role, action, household, member, request.getMethod() + " " + path, detail,
				request.getParameter("purpose"), request.getRemoteAddr(), response.getStatus());
	}

	/**
	 * The request's filter as "name=value&...", without paging, language and the CSRF
	 * token.
	 */
	static String filter(HttpServletRequest request) {
		return request.getParameterMap()
			.entrySet()
			.stream()
			.filter(e -> !IGNORED.contains(e.getKey()))
			.filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(v -> v != null && !v.isBlank()))
			.map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
			.collect(java.util.stream.Collectors.joining("&"));
	}

	private static final java.util.Set<String> IGNORED = java.util.Set.of("lang", "page", "size", "sort", "_csrf",
			"purpose", "password", "currentPassword", "newPassword", "confirmation");

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static Long number(String s) {
		if (s == null || !s.matches("\\d{1,18}")) {
			return null;
		}
		return Long.valueOf(s);
	}

}

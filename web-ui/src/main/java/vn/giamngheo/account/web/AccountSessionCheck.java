package vn.giamngheo.account.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks, on every request of a logged-in person, that the account is still the one the
 * session was opened for: not disabled, and not changed by an administrator since (areas,
 * password, role all bump the account's version). A session of a disabled or re-scoped
 * account thus ends at its next request (issue 11, finding 3), whatever holds the
 * sessions (in memory or Spring Session JDBC). It also sends a person who must change
 * their password to that page before anything else.
 */
@NamedInterface("login")
public class AccountSessionCheck extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AccountSessionCheck.class);

	static final String PASSWORD_PAGE = "/account/password";

	private static final List<String> ALLOWED_BEFORE_CHANGE = List.of(PASSWORD_PAGE, "/logout", "/css/", "/js/",
			"/webjars/", "/error", "/favicon.ico", "/actuator/health");

	private final JdbcTemplate jdbc;

	public AccountSessionCheck(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof AppUser user) || user.getStamp() < 0) {
			chain.doFilter(request, response);
			return;
		}
		List<Map<String, Object>> rows = jdbc.queryForList(
				"SELECT enabled, version, must_change_password FROM account WHERE id = ?", user.getAccountId());
		boolean current = !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0).get("enabled"))
				&& ((Number) rows.get(0).get("version")).longValue() == user.getStamp();
		if (!current) {
			log.info("Ended the session of {}: account disabled or changed since login", user.getUsername());
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			if (isApi(request)) {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?expired");
			}
			return;
		}
		if (Boolean.TRUE.equals(rows.get(0).get("must_change_password")) && !allowedBeforeChange(request)) {
			if (isApi(request)) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
			else {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isApi(HttpServletRequest request) {
		return path(request).startsWith("/api/");
	}

	private static boolean allowedBeforeChange(HttpServletRequest request) {
		String path = path(request);
		return ALLOWED_BEFORE_CHANGE.stream().anyMatch(path::startsWith);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}

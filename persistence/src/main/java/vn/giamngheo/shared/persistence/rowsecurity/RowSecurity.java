package vn.giamngheo.shared.persistence.rowsecurity;

import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;

/**
 * PostgreSQL row-level security, the backstop under the scope checks of every service
 * (issue 10; V76, src-docs/developer/architecture.md, "Row-level security: the
 * backstop"). At the start of every transaction of a logged-in caller,
 * {@link ScopedJpaDialect} runs {@link #SCOPE_SQL}: the transaction acts as the role
 * {@value #ROLE}, whose policies let it see and write only the rows of the communes in
 * {@code giamngheo.communes}. Both settings are {@code SET LOCAL}: they end with the
 * transaction, so a pooled connection never carries a caller's scope into the next one.
 *
 * <p>
 * With no caller (Flyway, schedulers, the demo loader, login, tests that call services
 * directly) the transaction runs as the connection's own account, the tables' owner,
 * which the policies do not restrict: the "system" mode. An administrator works in system
 * mode too (area reforms move households between communes).
 */
public final class RowSecurity {

	/** The role a caller's transactions act as; created by V76, NOLOGIN, owns nothing. */
	public static final String ROLE = "giamngheo_app";

	/** One statement per transaction: the caller's communes and the role. */
	static final String SCOPE_SQL = "SELECT set_config('giamngheo.communes', ?, true), set_config('role', '" + ROLE
			+ "', true)";

	private RowSecurity() {
	}

	/** The caller of the current thread, or null for system work. */
	@FunctionalInterface
	public interface Caller {

		Scope current();

	}

	private static final ThreadLocal<Scope> EXPLICIT = new ThreadLocal<>();

	/**
	 * Runs {@code work} with {@code scope} as the caller of the transactions it begins,
	 * whatever the thread's logged-in user: for work that acts on a caller's behalf
	 * without a request, and for tests.
	 */
	public static <T> T as(Scope scope, Supplier<T> work) {
		Scope before = EXPLICIT.get();
		EXPLICIT.set(scope);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				EXPLICIT.remove();
			}
			else {
				EXPLICIT.set(before);
			}
		}
	}

	/**
	 * Stands for "no caller" where a logged-in user is bound: an administrator's scope,
	 * which is not restricted.
	 */
	private static final Scope SYSTEM = new Scope(Role.ADMIN, java.util.Set.of(), null);

	/**
	 * Runs {@code work} as system work: the transactions it begins are not restricted.
	 */
	public static <T> T asSystem(Supplier<T> work) {
		return as(SYSTEM, work);
	}

	static Scope explicit() {
		return EXPLICIT.get();
	}

	/** Whether a caller's transactions are restricted: everyone but an administrator. */
	static boolean restricted(Scope scope) {
		return scope != null && scope.role() != Role.ADMIN;
	}

	/**
	 * The communes as a PostgreSQL array literal, {@code {1,2,3}}; {@code {}} sees
	 * nothing.
	 */
	static String communes(Scope scope) {
		return scope.communeIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	/**
	 * Runs {@code work} unrestricted inside the current transaction, then restores the
	 * caller's role: for the few reads that must see the whole register on a caller's
	 * behalf (duplicate search, the import's citizen-ID check) and whose results the
	 * caller never sees row by row. Outside a restricted transaction it just runs.
	 */
	public static <T> T unrestricted(JdbcTemplate jdbc, Supplier<T> work) {
		String role = jdbc.queryForObject("SELECT current_setting('role')", String.class);
		if (!ROLE.equals(role)) {
			return work.get();
		}
		jdbc.queryForObject("SELECT set_config('role', 'none', true)", String.class);
		T result;
		try {
			result = work.get();
		}
		catch (RuntimeException ex) {
			// a failed statement aborted the transaction (restoring is then impossible
			// and pointless); otherwise
			// the caller may go on and must have the role back
			try {
				restore(jdbc);
			}
			catch (RuntimeException restoring) {
				ex.addSuppressed(restoring);
			}
			throw ex;
		}
		restore(jdbc);
		return result;
	}

	private static void restore(JdbcTemplate jdbc) {
		jdbc.queryForObject("SELECT set_config('role', ?, true)", String.class, ROLE);
	}

}

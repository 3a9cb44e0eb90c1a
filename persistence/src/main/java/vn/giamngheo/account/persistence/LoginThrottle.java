package vn.giamngheo.account.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing per account and client address instead of locking the
 * account. After {@link #FREE_ATTEMPTS} failures from one address the pair waits 30 s,
 * then twice as long after each further failure, at most {@link #MAX_PAUSE}; a success
 * from the address clears it. Someone who guesses at another person's account from their
 * own address only delays themselves: the owner, from theirs, is never locked out, and
 * neither is an administrator from a fresh address (OWASP ASVS 2.2.1; the "lock-out as
 * denial of service" of the OWASP Authentication Cheat Sheet).
 */
@Service
@NamedInterface("login")
public class LoginThrottle {

	public static final int FREE_ATTEMPTS = 5;

	static final Duration FIRST_PAUSE = Duration.ofSeconds(30);

	public static final Duration MAX_PAUSE = Duration.ofMinutes(15);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public LoginThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether the account may not try to log in from this address right now. */
	@Transactional(readOnly = true)
	public boolean isBlocked(String username, String address) {
		Boolean blocked = jdbc.query(
				"SELECT blocked_until > ? FROM login_throttle WHERE username = ? AND client_address = ?",
				rs -> rs.next() ? rs.getBoolean(1) : false, Timestamp.from(clock.instant()), key(username),
				address(address));
		return Boolean.TRUE.equals(blocked);
	}

	/**
	 * Counts one failure with a single atomic statement (parallel failures are never
	 * lost) and returns the count; the pause grows with each failure past the free ones.
	 * It joins the caller's transaction: a nested REQUIRES_NEW held two pooled
	 * connections per failed login, and forty parallel failures starved the pool into an
	 * HTTP 500.
	 */
	@Transactional
	public int recordFailure(String username, String address) {
		Instant now = clock.instant();
		Integer failures = jdbc.queryForObject("""
				INSERT INTO login_throttle AS t (username, client_address, failures, last_failure_at)
				VALUES (?, ?, 1, ?)
				ON CONFLICT (username, client_address)
				DO UPDATE SET failures = t.failures + 1, last_failure_at = EXCLUDED.last_failure_at
				RETURNING failures""", Integer.class, key(username), address(address), Timestamp.from(now));
		if (failures >= FREE_ATTEMPTS) {
			jdbc.update("UPDATE login_throttle SET blocked_until = ? WHERE username = ? AND client_address = ?",
					Timestamp.from(now.plus(pause(failures))), key(username), address(address));
		}
		return failures;
	}

	@Transactional
	public void clear(String username, String address) {
		jdbc.update("DELETE FROM login_throttle WHERE username = ? AND client_address = ?", key(username),
				address(address));
	}

	/** An administrator's "unlock": every address may try again at once. */
	@Transactional
	public void clearAll(String username) {
		jdbc.update("DELETE FROM login_throttle WHERE username = ?", key(username));
	}

	/**
	 * Forgets failures older than a day, so the table does not grow with random user
	 * names.
	 */
	@Transactional
	public int forgetOlderThan(Duration age) {
		return jdbc.update("DELETE FROM login_throttle WHERE last_failure_at < ?",
				Timestamp.from(clock.instant().minus(age)));
	}

	static Duration pause(int failures) {
		int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
		Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
		return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
	}

	private static String key(String username) {
		String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		return u.length() > 50 ? u.substring(0, 50) : u;
	}

	private static String address(String address) {
		String a = address == null ? "unknown" : address;
		return a.length() > 64 ? a.substring(0, 64) : a;
	}

}

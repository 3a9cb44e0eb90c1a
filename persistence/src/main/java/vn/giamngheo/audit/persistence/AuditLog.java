package vn.giamngheo.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * The append-only record of who processed whose personal data (Law 91/2025/QH15; Decree
 * 13/2023/ND-CP Art. 27). Rows are only ever inserted: the table's trigger refuses
 * UPDATE, DELETE and TRUNCATE, and {@link AuditPartitions} drops whole months past the
 * retention period.
 */
@Service
@NamedInterface("log")
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	public static final int MAX_ROWS = 1000;

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final RowMapper<AuditEntry> ROW = AuditLog::map;

	private final JdbcTemplate jdbc;

	private final AuditPartitions partitions;

	private final Clock clock;

	public AuditLog(JdbcTemplate jdbc, AuditPartitions partitions, Clock clock) {
		this.jdbc = jdbc;
		this.partitions = partitions;
		this.clock = clock;
	}

	/**
	 * Months whose partition this process has made sure of; a new month is checked once,
	 * before its first row.
	 */
	private final java.util.Set<java.time.YearMonth> ensured = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/**
	 * Records one entry. The month's partition is made sure of before the first insert
	 * into it (a clock jump, a missed nightly job, a test clock in another year), because
	 * a failed insert would abort the caller's transaction in PostgreSQL.
	 */
	public void record(AuditEntry e) {
		java.time.Instant now = clock.instant();
		java.time.YearMonth month = java.time.YearMonth.from(now.atZone(java.time.ZoneOffset.UTC));
		if (!ensured.contains(month)) {
			partitions.ensureFor(now);
			ensured.add(month);
		}
		insert(e, now);
	}

	private void insert(AuditEntry e, java.time.Instant now) {
		jdbc.update("""
				INSERT INTO audit_event (occurred_at, actor, actor_role, action, household_id, member_id, target,
				    detail, purpose, client_address, outcome)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Timestamp.from(now), cut(e.actor(), 50), e.actorRole(),
				e.action().name(), e.householdId(), e.memberId(), cut(e.target(), 500), cut(e.detail(), 2000),
				cut(e.purpose(), 300), cut(e.clientAddress(), 64), e.outcome());
	}

	/** The newest entries matching the query, at most {@link #MAX_ROWS}. */
	public List<AuditEntry> search(AuditQuery q) {
		StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE TRUE");
		List<Object> args = new ArrayList<>();
		if (q.actor() != null && !q.actor().isBlank()) {
			sql.append(" AND actor = ?");
			args.add(q.actor().strip());
		}
		if (q.householdId() != null) {
			sql.append(" AND household_id = ?");
			args.add(q.householdId());
		}
		if (q.memberId() != null) {
			sql.append(" AND member_id = ?");
			args.add(q.memberId());
		}
		if (q.action() != null) {
			sql.append(" AND action = ?");
			args.add(q.action().name());
		}
		if (q.from() != null) {
			sql.append(" AND occurred_at >= ?");
			args.add(Timestamp.from(q.from().atStartOfDay(VIETNAM).toInstant()));
		}
		if (q.to() != null) {
			sql.append(" AND occurred_at < ?");
			args.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(VIETNAM).toInstant()));
		}
		sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ").append(MAX_ROWS);
		return jdbc.query(sql.toString(), ROW, args.toArray());
	}

	/**
	 * Who has opened a household's pages or exports naming it, newest first: shown on the
	 * household's page.
	 */
	public List<AuditEntry> recentViewers(long householdId, int limit) {
		return jdbc.query("""
				SELECT * FROM audit_event WHERE household_id = ? AND action IN ('VIEW', 'EXPORT', 'API_READ')
				ORDER BY occurred_at DESC, id DESC LIMIT ?""", ROW, householdId, Math.min(limit, 100));
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	private static AuditEntry map(ResultSet rs, int i) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")),
				(Long) rs.getObject("household_id"), (Long) rs.getObject("member_id"), rs.getString("target"),
				rs.getString("detail"), rs.getString("purpose"), rs.getString("client_address"),
				(Integer) rs.getObject("outcome"));
	}

}

package vn.giamngheo.audit.persistence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The audit table's monthly partitions: made ahead of time, and dropped whole once older
 * than the retention period. Dropping a partition is the only way audit rows ever leave
 * the database; nothing can delete one row.
 */
@Service
public class AuditPartitions {

	private static final Logger log = LoggerFactory.getLogger(AuditPartitions.class);

	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMM");

	private final JdbcTemplate jdbc;

	public AuditPartitions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes sure the month holding {@code day} and the next {@code ahead} months have
	 * their partitions.
	 */
	public void ensureAhead(LocalDate day, int ahead) {
		for (int m = 0; m <= ahead; m++) {
			ensure(day.plusMonths(m));
		}
	}

	/**
	 * The partitions holding this instant, whatever the database's time zone (months are
	 * cut in its zone): the month of the instant there, and the neighbouring month when
	 * the instant is within a day of the cut.
	 */
	public void ensureFor(java.time.Instant instant) {
		jdbc.queryForList(
				"""
						SELECT audit_event_partition_for(d) FROM (VALUES ((?::timestamptz)::date),
						    ((?::timestamptz - INTERVAL '1 day')::date), ((?::timestamptz + INTERVAL '1 day')::date)) AS v(d)""",
				String.class, java.sql.Timestamp.from(instant), java.sql.Timestamp.from(instant),
				java.sql.Timestamp.from(instant));
	}

	public String ensure(LocalDate day) {
		return jdbc.queryForObject("SELECT audit_event_partition_for(?)", String.class, day);
	}

	/** The month partitions that exist, oldest first. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (String name : jdbc.queryForList("""
				SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
				JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'audit_event' ORDER BY c.relname""",
				String.class)) {
			months.add(YearMonth.parse(name.substring("audit_event_".length()), SUFFIX));
		}
		return months;
	}

	/**
	 * Drops every month that ended more than {@code retentionMonths} months before
	 * {@code today}'s month; returns the months dropped. Law 91/2025/QH15 asks that
	 * personal data be kept no longer than needed; the audit of its processing is kept
	 * for the configured period (GIAMNGHEO_AUDIT_RETENTION_MONTHS).
	 */
	public List<YearMonth> dropOlderThan(LocalDate today, int retentionMonths) {
		YearMonth oldestKept = YearMonth.from(today).minusMonths(retentionMonths);
		List<YearMonth> dropped = new ArrayList<>();
		for (YearMonth month : months()) {
			if (month.isBefore(oldestKept)) {
				String name = "audit_event_" + month.format(SUFFIX);
				jdbc.execute("ALTER TABLE audit_event DETACH PARTITION " + name);
				jdbc.execute("DROP TABLE " + name);
				log.warn("Dropped audit partition {} (retention {} months)", name, retentionMonths);
				dropped.add(month);
			}
		}
		return dropped;
	}

}

package vn.giamngheo.shared.persistence.rowsecurity;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamngheo.shared.persistence.NotFoundException;

/**
 * Tells a record the caller's row-level security hid from one that does not exist, so
 * that a request for another commune's household is still refused as out of scope (403,
 * logged) and not answered as unknown (404): the scope checks of the services never see
 * such a record now, the policy hides it first. Only for what the services look up by id
 * and then refuse as out of scope (so the answer is the one they gave before the policy).
 */
@Component
public class HiddenRecords {

	/**
	 * What a {@link NotFoundException} names, and the table with a policy that may have
	 * hidden it.
	 */
	private static final Map<String, String> TABLES = Map.of("household", "household", "review", "household_review",
			"minutes", "review_meeting", "application", "review_application", "complaint", "review_complaint", "loan",
			"support_loan");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separate;

	HiddenRecords(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		separate.setReadOnly(true);
	}

	/**
	 * Whether the record exists but not for the caller: hidden by the policy. Two reads,
	 * only on a not-found.
	 */
	public boolean hidden(NotFoundException ex) {
		String table = TABLES.get(ex.what());
		if (table == null || !(ex.id() instanceof Number id)) {
			return false;
		}
		String sql = "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = ?)";
		boolean exists = Boolean.TRUE.equals(RowSecurity
			.asSystem(() -> separate.execute(s -> jdbc.queryForObject(sql, Boolean.class, id.longValue()))));
		return exists
				&& !Boolean.TRUE.equals(separate.execute(s -> jdbc.queryForObject(sql, Boolean.class, id.longValue())));
	}

}

package vn.giamngheo.household.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;

/**
 * Registers a household once per form (issue 11, finding 7: a double-submitted form
 * created two households). The form carries a random token; the first submission claims
 * it in the same transaction as the registration. A second submission of the same form
 * waits on the token's unique key until the first commits, then finds the household the
 * first one created and gets that instead of a new one.
 */
@Service
public class HouseholdRegistration {

	private final HouseholdService households;

	private final JdbcTemplate jdbc;

	HouseholdRegistration(HouseholdService households, JdbcTemplate jdbc) {
		this.households = households;
		this.jdbc = jdbc;
	}

	@Transactional
	public long registerOnce(UUID token, HouseholdCommand command, Scope scope, String user) {
		if (token == null) {
			return households.register(command, scope, user);
		}
		int claimed = jdbc.update("INSERT INTO household_submission (token) VALUES (?) ON CONFLICT DO NOTHING", token);
		if (claimed == 0) {
			List<Long> earlier = jdbc.queryForList(
					"SELECT household_id FROM household_submission WHERE token = ? AND household_id IS NOT NULL",
					Long.class, token);
			if (!earlier.isEmpty()) {
				return households.get(earlier.get(0), scope).getId();
			}
		}
		long id = households.register(command, scope, user);
		jdbc.update("UPDATE household_submission SET household_id = ? WHERE token = ?", id, token);
		return id;
	}

}

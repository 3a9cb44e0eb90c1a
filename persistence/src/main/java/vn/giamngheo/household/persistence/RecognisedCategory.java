package vn.giamngheo.household.persistence;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.giamngheo.household.event.HouseholdCategoryChanged;

/**
 * The only way a household's recognised category changes: a review step said so (an
 * approval, or a reopening that restores the category of the start of the period). Runs
 * in the step's transaction; the household's history keeps the change with what caused
 * it, and its version moves on so a household form opened before is refused as stale.
 */
@Component
class RecognisedCategory {

	private final NamedParameterJdbcTemplate jdbc;

	RecognisedCategory(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(HouseholdCategoryChanged change) {
		MapSqlParameterSource p = new MapSqlParameterSource("id", change.householdId())
			.addValue("to", change.to().name())
			.addValue("user", change.actor())
			.addValue("action", "CATEGORY_" + change.cause())
			.addValue("details", "category\t" + change.from().name() + "\t" + change.to().name());
		jdbc.update("""
				UPDATE household SET category = :to, version = version + 1, updated_at = now(), updated_by = :user
				WHERE id = :id""", p);
		jdbc.update("""
				INSERT INTO household_change (household_id, changed_by, action, details)
				VALUES (:id, :user, :action, :details)""", p);
	}

}

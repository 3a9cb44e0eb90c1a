package vn.giamngheo.support.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.shared.persistence.NotFoundException;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * The households support is given to, within the caller's scope: one by id or by the code
 * officers type from the paper list, its members, and a commune's households of some
 * categories for a bulk list.
 * <p>
 * "Newly escaped" households are found in the poverty-assessment history
 * ({@code poverty_assessment}, V2) and in approved review outcomes
 * ({@code household_review} with outcome {@code ESCAPED}, V4): the escape date is the
 * latest date the household was assessed above the near-poor line after having been poor
 * or near-poor, or the decision date (else 31 December of the year) of an approved or
 * consolidated ESCAPED review.
 */
@Service
@Transactional(readOnly = true)
public class SupportHouseholds {

	private final JdbcClient jdbc;

	SupportHouseholds(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = JdbcClient.create(jdbc);
	}

	/** A household as eligibility checks see it, with its escape date. */
	public SupportHousehold household(long id, Scope scope) {
		SupportHousehold h = jdbc.sql(SupportHousehold.SELECT + " WHERE h.id = :id")
			.param("id", id)
			.query(SupportHousehold::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("household", id));
		if (!scope.covers(h.communeId())) {
			throw new OutOfScopeException("commune " + h.communeId() + " is outside the caller's scope");
		}
		return h.withEscape(escapeDates(List.of(id)).get(id));
	}

	/**
	 * Finds a household of the caller's communes by its code, as officers type it from
	 * the paper list.
	 */
	public Optional<Long> householdIdByCode(String code, Scope scope) {
		if (code == null || code.isBlank() || scope.communeIds().isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id FROM household WHERE code = :code AND commune_id IN (:scope)")
			.param("code", code.strip().toUpperCase(Locale.ROOT))
			.param("scope", scope.communeIds())
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	/** The members of a household, for per-person programs: id and name, eldest first. */
	public Map<Long, String> members(long householdId, Scope scope) {
		household(householdId, scope);
		Map<Long, String> members = new LinkedHashMap<>();
		jdbc.sql("SELECT id, full_name FROM household_member WHERE household_id = :id ORDER BY date_of_birth, id")
			.param("id", householdId)
			.query(rs -> {
				members.put(rs.getLong(1), rs.getString(2));
			});
		return members;
	}

	/**
	 * The households of one commune of the caller's scope in {@code categories}, in
	 * register order (village, name), at most {@code limit}, with their escape dates.
	 */
	List<SupportHousehold> ofCommune(long communeId, Set<HouseholdCategory> categories, Scope scope, int limit) {
		List<SupportHousehold> households = jdbc.sql(SupportHousehold.SELECT + """

				WHERE h.commune_id = :commune AND h.commune_id IN (:scope) AND h.category IN (:categories)
				ORDER BY v.name, h.sort_key, h.id LIMIT :limit""")
			.param("commune", communeId)
			.param("scope", scope.communeIds())
			.param("categories", categories.stream().map(Enum::name).toList())
			.param("limit", limit)
			.query(SupportHousehold::map)
			.list();
		Map<Long, LocalDate> escapes = escapeDates(households.stream().map(SupportHousehold::id).toList());
		return households.stream().map(h -> h.withEscape(escapes.get(h.id()))).toList();
	}

	/**
	 * When each household last left the poor or near-poor list: the first assessment
	 * above the near-poor line after its latest poor or near-poor assessment, or an
	 * approved ESCAPED review outcome, whichever is later.
	 */
	Map<Long, LocalDate> escapeDates(List<Long> householdIds) {
		Map<Long, LocalDate> dates = new HashMap<>();
		if (householdIds.isEmpty()) {
			return dates;
		}
		jdbc.sql("""
				SELECT a.household_id, min(a.assessed_on)
				FROM poverty_assessment a
				JOIN (SELECT household_id, max(assessed_on) AS last_poor FROM poverty_assessment
				      WHERE household_id IN (:ids) AND category IN ('POOR', 'NEAR_POOR') GROUP BY household_id) p
				  ON p.household_id = a.household_id AND a.assessed_on > p.last_poor
				WHERE a.household_id IN (:ids) AND a.category IN ('AVERAGE_LIVING', 'NOT_POOR')
				GROUP BY a.household_id""").param("ids", householdIds).query(rs -> {
			dates.merge(rs.getLong(1), rs.getDate(2).toLocalDate(), (x, y) -> x.isAfter(y) ? x : y);
		});
		jdbc.sql("""
				SELECT household_id, max(coalesce(decision_date, make_date(year, 12, 31)))
				FROM household_review
				WHERE household_id IN (:ids) AND outcome = 'ESCAPED' AND state IN ('APPROVED', 'CONSOLIDATED')
				GROUP BY household_id""").param("ids", householdIds).query(rs -> {
			dates.merge(rs.getLong(1), rs.getDate(2).toLocalDate(), (x, y) -> x.isAfter(y) ? x : y);
		});
		return dates;
	}

}

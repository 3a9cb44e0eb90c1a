package vn.giamngheo.household.persistence;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.persistence.HouseholdQueries.Filter;
import vn.giamngheo.household.persistence.HouseholdQueries.Page;
import vn.giamngheo.household.persistence.HouseholdQueries.Row;
import vn.giamngheo.shared.VietnameseText;
import vn.giamngheo.shared.persistence.rowsecurity.RowSecurity;

/**
 * The household list's free-text path: the matches' ids read from the trigram index
 * within the caller's communes, then the rows read by id under row security. Called by
 * {@link HouseholdQueries#find} when the request has text.
 */
@Component
@Transactional(readOnly = true)
class HouseholdSearch {

	private static final int SEARCH_COUNT_LIMIT = HouseholdQueries.SEARCH_COUNT_LIMIT;

	private final NamedParameterJdbcTemplate jdbc;

	HouseholdSearch(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Free text: the count stops at {@link HouseholdQueries#SEARCH_COUNT_LIMIT} + 1 since
	 * an exact count of a common name in a province of a million households would cost
	 * more than the page itself. One statement reads at most that many matches from the
	 * trigram index and answers both the count and the page from them: a term with no
	 * more matches than the limit in the caller's communes (the usual search, also
	 * "nguyen van" in a district of the demo) costs one index read, where the count and
	 * the page each read it before. Past the limit the page is found again: in the name
	 * order by walking each commune's name index with the text as a filter until the page
	 * is full (a common term matches within a few dozen households), in the other orders
	 * by sorting every match.
	 */
	Page page(Filter filter, Scope scope, int page, int size, String order, boolean nameOrder) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, scope, params);
		long offset = (long) page * size;
		params.addValue("limit", size)
			.addValue("offset", offset)
			.addValue("window", offset + size)
			.addValue("bound", SEARCH_COUNT_LIMIT + 1);
		List<Long> communes = HouseholdQueries.communes(filter, scope);
		params.addValue("communes", communes.isEmpty() ? List.of(-1L) : communes);
		// Under row-level security (V76) PostgreSQL may not use the trigram index for
		// LIKE (the operator is not
		// leakproof), so a district's search read all its households (120-160 ms at a
		// million). The count and the
		// page's ids are found unrestricted, limited to the caller's communes by the
		// query itself; the rows people
		// see are then read by id under the policies, so the backstop still stands in
		// front of every name shown.
		long[] total = new long[1];
		List<Long> ids = RowSecurity.unrestricted(jdbc.getJdbcTemplate(), () -> {
			List<Long> first = new ArrayList<>();
			jdbc.query("""
					WITH m AS MATERIALIZED (
					    SELECT h.id, h.sort_key, h.code, h.member_count FROM household h WHERE\s""" + where + """

					    LIMIT :bound)
					SELECT (SELECT count(*) FROM m) AS total,
					       ARRAY(SELECT h.id FROM m h ORDER BY\s""" + order + " LIMIT :limit OFFSET :offset) AS ids",
					params, rs -> {
						total[0] = rs.getLong("total");
						for (Object id : (Object[]) rs.getArray("ids").getArray()) {
							first.add(((Number) id).longValue());
						}
					});
			if (total[0] <= SEARCH_COUNT_LIMIT) {
				return first;
			}
			if (nameOrder) {
				return jdbc.queryForList("""
						SELECT h.id FROM area c
						CROSS JOIN LATERAL (
						    SELECT h.id, h.sort_key FROM household h WHERE\s"""
						+ where.replace("h.commune_id IN (:scope)", "h.commune_id = c.id") + """

								ORDER BY\s""" + order + """
								 LIMIT :window) h
								WHERE c.id IN (:communes)
								ORDER BY\s""" + order + " LIMIT :limit OFFSET :offset", params, Long.class);
			}
			return jdbc.queryForList("SELECT h.id FROM household h WHERE " + where + " ORDER BY " + order
					+ " LIMIT :limit OFFSET :offset", params, Long.class);
		});
		List<Row> rows = ids.isEmpty() ? List.of() : jdbc.query("""
				SELECT h.id, h.code, h.head_name, h.address, v.name AS village, c.name AS commune, h.ethnicity,
				       h.category, h.member_count
				FROM household h JOIN area v ON v.id = h.village_id JOIN area c ON c.id = h.commune_id
				WHERE h.id IN (:ids) ORDER BY\s""" + order, new MapSqlParameterSource("ids", ids),
				HouseholdQueries::row);
		return new Page(rows, Math.min(total[0], SEARCH_COUNT_LIMIT), total[0] > SEARCH_COUNT_LIMIT, page, size);
	}

	private static String where(Filter f, Scope scope, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("h.commune_id IN (:scope)");
		params.addValue("scope", scope.communeIds());
		if (f.communeId() != null) {
			conditions.add("h.commune_id = :commune");
			params.addValue("commune", f.communeId());
		}
		if (f.villageId() != null) {
			conditions.add("h.village_id = :village");
			params.addValue("village", f.villageId());
		}
		if (f.category() != null) {
			conditions.add("h.category = :category");
			params.addValue("category", f.category().name());
		}
		if (f.ethnicity() != null) {
			conditions.add("h.ethnicity = :ethnicity");
			params.addValue("ethnicity", f.ethnicity().name());
		}
		String q = VietnameseText.fold(f.q());
		if (!q.isEmpty()) {
			// search_text is folded the same way, and a trigram index serves the LIKE.
			conditions.add("h.search_text LIKE :q");
			params.addValue("q", "%" + q.replace("\\", "").replace("%", "").replace("_", "") + "%");
		}
		return String.join(" AND ", conditions);
	}

}

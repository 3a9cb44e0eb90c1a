package vn.giamngheo.household.persistence;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.shared.VietnameseText;

/**
 * The household list: filtered, searched without diacritics, ordered by given name, one
 * page at a time, and always restricted to the caller's communes in the SQL itself.
 * Browsing the list is here; a free-text search is {@link HouseholdSearch}'s.
 */
@Repository
@Transactional(readOnly = true)
@NamedInterface("queries")
public class HouseholdQueries {

	public static final int SEARCH_COUNT_LIMIT = 1_000;

	private final NamedParameterJdbcTemplate jdbc;

	private final HouseholdSearch search;

	public HouseholdQueries(NamedParameterJdbcTemplate jdbc, HouseholdSearch search) {
		this.jdbc = jdbc;
		this.search = search;
	}

	public record Filter(Long communeId, Long villageId, HouseholdCategory category, Ethnicity ethnicity, String q) {
		public static Filter none() {
			return new Filter(null, null, null, null, null);
		}
	}

	public record Row(long id, String code, String headName, String address, String village, String commune,
			Ethnicity ethnicity, HouseholdCategory category, int memberCount) {
	}

	/**
	 * One page of rows. {@code total} is exact unless {@code totalIsLowerBound}: a text
	 * search counts at most {@link #SEARCH_COUNT_LIMIT} + 1 matches, since an exact count
	 * of a common name in a province of a million households would cost more than the
	 * page itself.
	 */
	public record Page(List<Row> rows, long total, boolean totalIsLowerBound, int page, int size) {
		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
	}

	/**
	 * The columns the list may be sorted by (issue 13), each an ORDER BY from this
	 * whitelist, never a column name from the request. The name order is the (commune,
	 * sort key) index walked either way; code and member count sort one commune's
	 * households at a time inside the lateral join, ties broken by the name order.
	 */
	public enum Sort {

		NAME("h.sort_key, h.id", "h.sort_key DESC, h.id DESC"), CODE("h.code, h.id", "h.code DESC, h.id DESC"),
		MEMBERS("h.member_count, h.sort_key, h.id", "h.member_count DESC, h.sort_key, h.id");

		private final String ascending;

		private final String descending;

		Sort(String ascending, String descending) {
			this.ascending = ascending;
			this.descending = descending;
		}

		String orderBy(boolean desc) {
			return desc ? descending : ascending;
		}

		/**
		 * The sort a request names ("name", "code", "members"); anything else is the
		 * register order by name.
		 */
		public static Sort of(String key) {
			if (key != null) {
				for (Sort s : values()) {
					if (s.name().equalsIgnoreCase(key)) {
						return s;
					}
				}
			}
			return NAME;
		}

	}

	public Page find(Filter filter, Scope scope, int page, int size) {
		return find(filter, scope, page, size, Sort.NAME, false);
	}

	public Page find(Filter filter, Scope scope, int page, int size, Sort sort, boolean descending) {
		Sort by = sort == null ? Sort.NAME : sort;
		String order = by.orderBy(descending);
		if (!scope.mayListPeople() || scope.communeIds().isEmpty()) {
			return new Page(List.of(), 0, false, 0, size);
		}
		boolean searching = !VietnameseText.fold(filter.q()).isEmpty();
		return searching ? search.page(filter, scope, page, size, order, by == Sort.NAME)
				: browse(filter, scope, page, size, order);
	}

	/**
	 * Without free text the total is exact and read from the live working counts (kept by
	 * the database on every write, see V40), and the page is merged from the first rows
	 * of each commune in the list order, each read from the (commune, sort key) index: no
	 * request scans the communes' households, however many there are.
	 */
	private Page browse(Filter filter, Scope scope, int page, int size, String order) {
		List<Long> communes = communes(filter, scope);
		if (communes.isEmpty()) {
			return new Page(List.of(), 0, false, page, size);
		}
		MapSqlParameterSource params = new MapSqlParameterSource("communes", communes);
		String where = filters(filter, params);
		// The commune roll-up (V87) answers every filter but a village's, with a sixth of
		// the village rows.
		String counts = filter.villageId() == null ? "household_commune_count" : "household_working_count";
		long total = jdbc.queryForObject("SELECT coalesce(sum(households), 0) FROM " + counts + " h "
				+ "WHERE h.commune_id IN (:communes)" + where, params, Long.class);
		long offset = (long) page * size;
		params.addValue("limit", size).addValue("offset", offset).addValue("window", offset + size);
		List<Row> rows = jdbc.query("""
				SELECT h.id, h.code, h.head_name, h.address, v.name AS village, c.name AS commune, h.ethnicity,
				       h.category, h.member_count
				FROM area c
				CROSS JOIN LATERAL (
				    SELECT h.id, h.code, h.head_name, h.address, h.village_id, h.ethnicity, h.category,
				           h.member_count, h.sort_key
				    FROM household h
				    WHERE h.commune_id = c.id\s""" + where + """

				ORDER BY\s""" + order + """
				 LIMIT :window) h
				JOIN area v ON v.id = h.village_id
				WHERE c.id IN (:communes)
				ORDER BY\s""" + order + " LIMIT :limit OFFSET :offset", params, HouseholdQueries::row);
		return new Page(rows, total, false, page, size);
	}

	/**
	 * The communes a page may show: the filter's commune if it is the caller's, else all
	 * the caller's communes.
	 */
	static List<Long> communes(Filter filter, Scope scope) {
		return filter.communeId() == null ? List.copyOf(scope.communeIds())
				: scope.communeIds().contains(filter.communeId()) ? List.of(filter.communeId()) : List.of();
	}

	static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getString("code"), rs.getString("head_name"), rs.getString("address"),
				rs.getString("village"), rs.getString("commune"), Ethnicity.valueOf(rs.getString("ethnicity")),
				HouseholdCategory.valueOf(rs.getString("category")), rs.getInt("member_count"));
	}

	/**
	 * The village, category and ethnicity conditions, each " AND ...", shared by the
	 * count and the page.
	 */
	private static String filters(Filter f, MapSqlParameterSource params) {
		StringBuilder sql = new StringBuilder();
		if (f.villageId() != null) {
			sql.append(" AND h.village_id = :village");
			params.addValue("village", f.villageId());
		}
		if (f.category() != null) {
			sql.append(" AND h.category = :category");
			params.addValue("category", f.category().name());
		}
		if (f.ethnicity() != null) {
			sql.append(" AND h.ethnicity = :ethnicity");
			params.addValue("ethnicity", f.ethnicity().name());
		}
		return sql.toString();
	}

}

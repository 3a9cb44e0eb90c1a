package vn.giamngheo.household.persistence;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.Ethnicity;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.shared.VietnameseText;

/**
 * The household list: filtered, searched without diacritics, ordered by given name, one page at a time, and always
 * restricted to the caller's communes in the SQL itself.
 */
@Repository
@Transactional(readOnly = true)
public class HouseholdQueries {

	public static final int SEARCH_COUNT_LIMIT = 1_000;

	private final NamedParameterJdbcTemplate jdbc;

	public HouseholdQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
	 * One page of rows. {@code total} is exact unless {@code totalIsLowerBound}: a text search counts at most
	 * {@link #SEARCH_COUNT_LIMIT} + 1 matches, since an exact count of a common name in a province of a million
	 * households would cost more than the page itself.
	 */
	public record Page(List<Row> rows, long total, boolean totalIsLowerBound, int page, int size) {
		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
	}

	public Page find(Filter filter, Scope scope, int page, int size) {
		if (!scope.mayListPeople() || scope.communeIds().isEmpty()) {
			return new Page(List.of(), 0, false, 0, size);
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, scope, params);
		boolean searching = !VietnameseText.fold(filter.q()).isEmpty();
		long total = searching
				? jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM household h WHERE " + where + " LIMIT "
						+ (SEARCH_COUNT_LIMIT + 1) + ") matches", params, Long.class)
				: jdbc.queryForObject("SELECT count(*) FROM household h WHERE " + where, params, Long.class);
		params.addValue("limit", size).addValue("offset", (long) page * size);
		List<Row> rows = jdbc.query("""
				SELECT h.id, h.code, h.head_name, h.address, v.name AS village, c.name AS commune, h.ethnicity,
				       h.category, h.member_count
				FROM household h JOIN area v ON v.id = h.village_id JOIN area c ON c.id = h.commune_id
				WHERE\s""" + where + " ORDER BY h.sort_key, h.id LIMIT :limit OFFSET :offset", params,
				(rs, i) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("head_name"),
						rs.getString("address"), rs.getString("village"), rs.getString("commune"),
						Ethnicity.valueOf(rs.getString("ethnicity")), HouseholdCategory.valueOf(rs.getString("category")),
						rs.getInt("member_count")));
		return new Page(rows, Math.min(total, SEARCH_COUNT_LIMIT), total > SEARCH_COUNT_LIMIT, page, size);
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

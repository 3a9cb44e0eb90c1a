package vn.giamngheo.review.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.giamngheo.review.ReviewState;
import vn.giamngheo.review.persistence.ReviewRecords.WorkRow;
import vn.giamngheo.shared.VietnameseText;

/**
 * The search, status filter and sort of a commune's review list (issue 13), read from the
 * query string. Sort keys come from a whitelist; anything else falls back to the register
 * order, never to a column name from the request. Search ignores diacritics and case:
 * "nguyen van" finds "Nguyễn Văn An", "dinh an" finds the ấp Định An.
 */
record WorklistView(String q, String state, String sort, String dir) {

	/** State filter value for households with no review yet in this campaign. */
	static final String NONE = "NONE";

	private static final Map<String, Comparator<WorkRow>> SORTS = new LinkedHashMap<>();

	static {
		Comparator<String> vi = VietnameseText.order();
		SORTS.put("code", Comparator.comparing(WorkRow::code));
		SORTS.put("head", Comparator.comparing(r -> VietnameseText.sortKey(r.headName()), vi));
		SORTS.put("village", Comparator.comparing(WorkRow::village, Comparator.nullsLast(vi)));
		SORTS.put("state", Comparator.comparing(r -> r.state() == null ? -1 : r.state().ordinal()));
		SORTS.put("category", Comparator.comparing(r -> r.category() == null ? 99 : r.category().ordinal()));
		SORTS.put("deficiencies", Comparator.comparingInt(WorkRow::deficiencyCount));
	}

	static WorklistView of(String q, String state, String sort, String dir) {
		String s = sort != null && SORTS.containsKey(sort) ? sort : null;
		String st = state == null || state.isBlank() ? null : NONE.equals(state) || isState(state) ? state : null;
		return new WorklistView(q == null ? "" : q.strip(), st, s, "desc".equals(dir) ? "desc" : "asc");
	}

	private static boolean isState(String name) {
		for (ReviewState s : ReviewState.values()) {
			if (s.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

	List<WorkRow> apply(List<WorkRow> rows) {
		String needle = VietnameseText.fold(q);
		var stream = rows.stream().filter(r -> needle.isEmpty() || matches(r, needle)).filter(this::inState);
		if (sort != null) {
			Comparator<WorkRow> c = SORTS.get(sort);
			stream = stream.sorted("desc".equals(dir) ? c.reversed() : c);
		}
		return stream.toList();
	}

	private static boolean matches(WorkRow r, String needle) {
		Function<String, Boolean> has = text -> VietnameseText.fold(text).contains(needle);
		return has.apply(r.headName()) || has.apply(r.code()) || has.apply(r.village());
	}

	private boolean inState(WorkRow r) {
		if (state == null) {
			return true;
		}
		return NONE.equals(state) ? r.state() == null : r.state() != null && r.state().name().equals(state);
	}

	/**
	 * The direction a click on this column's header asks for: ascending first, then the
	 * other way.
	 */
	public String nextDir(String column) {
		return column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
	}

	/** aria-sort of a column header: "ascending", "descending" or "none". */
	public String ariaSort(String column) {
		return !column.equals(sort) ? "none" : "asc".equals(dir) ? "ascending" : "descending";
	}

	public boolean filtered() {
		return !q.isEmpty() || state != null;
	}
}

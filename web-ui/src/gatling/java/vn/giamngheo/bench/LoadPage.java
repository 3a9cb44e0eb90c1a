package vn.giamngheo.bench;

import java.util.List;

/**
 * One page of the province load test: who asks for it, where, what proves the real page
 * rendered, and the 95th percentile it must stay under with 50 concurrent users (issue
 * 12). A null user asks anonymously.
 */
record LoadPage(String name, String user, String path, String marker, int p95TargetMs) {

	/** A marker "→/x" means the page answers with a redirect to /x. */
	String redirectsTo() {
		return marker != null && marker.startsWith("→") ? marker.substring(1) : null;
	}

	static final String DISTRICT = "huyen.tracu";

	static final String COMMUNE = "xa.ngaixuyen";

	static final String PROVINCE = "so.travinh";

	/**
	 * No target: the login page is the yardstick the district list's throughput is
	 * compared with.
	 */
	static final int NO_TARGET = 0;

	static final String LOGIN_PAGE = "login page";

	static final String DISTRICT_LIST = "district household list";

	/**
	 * A path read off the district officer's review page: the first campaign's progress
	 * page (demo: this year's).
	 */
	static final String FIRST_CAMPAIGN = "#{campaign}";

	boolean needsCampaign() {
		return path.contains(FIRST_CAMPAIGN);
	}

	/**
	 * The scenarios in the order they run; each gets its own 50 users and its own time
	 * window.
	 */
	static List<LoadPage> all() {
		// The /summary pages come last: before issue 12 they ran for minutes and held the
		// database pool, which
		// made every later scenario's logins fail.
		return List.of(new LoadPage(LOGIN_PAGE, null, "/login", "name=\"_csrf\"", NO_TARGET),
				new LoadPage("commune landing /", COMMUNE, "/", "→/households", 200),
				new LoadPage("district landing /", DISTRICT, "/", "→/households", 200),
				new LoadPage("province landing /", PROVINCE, "/", "→/summary", 200),
				new LoadPage(DISTRICT_LIST, DISTRICT, "/households", "data-testid=\"total\"", 200),
				new LoadPage("commune household list", COMMUNE, "/households", "data-testid=\"total\"", 200),
				new LoadPage("district search nguyen van", DISTRICT, "/households?q=nguyen+van",
						"data-testid=\"total\"", 500),
				new LoadPage("district report page", DISTRICT, "/reports/communes", "data-testid=\"report-tabs\"", 300),
				new LoadPage("province report page", PROVINCE, "/reports/province", "data-testid=\"report-tabs\"", 300),
				new LoadPage("province export xlsx", PROVINCE, "/reports/province.xlsx", null, 300),
				// Issue 12 names campaign progress among the pages that must read stored
				// counts (V71).
				new LoadPage("district campaign progress", DISTRICT, FIRST_CAMPAIGN, "data-testid=\"total-row\"", 300),
				// Support figures are report pages too: the province's totals and the
				// district's coverage.
				new LoadPage("province support totals", PROVINCE, "/support/totals", "data-testid=\"grand-total\"",
						300),
				new LoadPage("district support coverage", DISTRICT, "/support/coverage", "data-testid=\"coverage\"",
						300),
				new LoadPage("district landing /summary", DISTRICT, "/summary", "data-testid=\"summary\"", 200),
				new LoadPage("province landing /summary", PROVINCE, "/summary", "data-testid=\"summary\"", 200));
	}
}

package vn.giamngheo.bench;

/**
 * The size of the province under load: {@code -Dbench.scale=1m} (default: 1,000,000
 * households in 10 districts, the figure for this machine) or {@code 10m}
 * (10,000,000 households in 100 districts, for a bigger machine; see
 * src-docs/developer/benchmarks.md for the projection). {@code -Dbench.households}
 * overrides the count.
 */
final class LoadScale {

	private LoadScale() {
	}

	static boolean tenMillion() {
		return "10m".equalsIgnoreCase(System.getProperty("bench.scale", "1m"));
	}

	static int households() {
		return Integer.getInteger("bench.households", tenMillion() ? 10_000_000 : 1_000_000);
	}

	static int districts() {
		return Integer.getInteger("bench.districts", tenMillion() ? 100 : 10);
	}

	/** Concurrent users per scenario. */
	static int users() {
		return Integer.getInteger("bench.users", 50);
	}

	/** How long each scenario's users keep asking, in seconds. */
	static int seconds() {
		return Integer.getInteger("bench.seconds", 15);
	}

}

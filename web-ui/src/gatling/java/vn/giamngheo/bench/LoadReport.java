package vn.giamngheo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the newest Gatling run of {@link ProvinceLoadSimulation} as one line per scenario: requests, failures,
 * p50/p95/p99, requests per second over the scenario's own window, the target and whether it was met; then the
 * single-user maximum per page and the district list's throughput against the login page's (issue 12: at least a
 * fifth). The figures come from Gatling's own statistics ({@code js/stats.json} of the HTML report).
 */
public final class LoadReport {

	private LoadReport() {
	}

	public static void main(String[] args) throws IOException {
		Path results = Path.of(args.length > 0 ? args[0] : "target/gatling");
		Path run;
		try (Stream<Path> runs = Files.list(results)) {
			run = runs.filter(p -> Files.exists(p.resolve("js/stats.json")))
				.max(Comparator.comparing(p -> p.toFile().lastModified()))
				.orElseThrow(() -> new IllegalStateException("No Gatling report in " + results));
		}
		JsonNode root = JsonMapper.builder().build().readTree(run.resolve("js/stats.json").toFile());
		Map<String, JsonNode> byPath = new LinkedHashMap<>();
		collect(root, byPath);
		int seconds = LoadScale.seconds();
		System.out.printf("%nProvince load test (%s), %d users per scenario, %d s per scenario%n", run.getFileName(),
				LoadScale.users(), seconds);
		System.out.printf("  %-28s %7s %5s %8s %8s %8s %8s %8s  %s%n", "scenario", "requests", "KO", "p50 ms",
				"p95 ms", "p99 ms", "max ms", "req/s", "target p95");
		double loginRate = 0;
		double listRate = 0;
		for (LoadPage page : LoadPage.all()) {
			JsonNode stats = byPath.get("load / " + page.name());
			if (stats == null) {
				System.out.printf("  %-28s no requests%n", page.name());
				continue;
			}
			long total = stats.path("numberOfRequests").path("total").asLong();
			long ko = stats.path("numberOfRequests").path("ko").asLong();
			double p95 = stats.path("percentiles3").path("total").asDouble();
			double rate = (double) total / seconds;
			if (page.name().equals(LoadPage.LOGIN_PAGE)) {
				loginRate = rate;
			}
			if (page.name().equals(LoadPage.DISTRICT_LIST)) {
				listRate = rate;
			}
			String target = page.p95TargetMs() == LoadPage.NO_TARGET ? "-"
					: "< " + page.p95TargetMs() + (p95 < page.p95TargetMs() && ko == 0 ? "  met" : "  MISSED");
			System.out.printf("  %-28s %7d %5d %8.0f %8.0f %8.0f %8.0f %8.1f  %s%n", page.name(), total, ko,
					stats.path("percentiles1").path("total").asDouble(), p95,
					stats.path("percentiles4").path("total").asDouble(),
					stats.path("maxResponseTime").path("total").asDouble(), rate, target);
		}
		System.out.printf("%nOne user at a time (the slowest of one visit per page, target < 1000 ms)%n");
		for (LoadPage page : LoadPage.all()) {
			JsonNode stats = byPath.get("single user / " + page.name());
			if (stats != null) {
				double max = stats.path("maxResponseTime").path("total").asDouble();
				System.out.printf("  %-28s %8.0f ms  %s%n", page.name(), max, max < 1000 ? "met" : "MISSED");
			}
		}
		System.out.printf("%nDistrict household list %.1f req/s = %.2f of the login page's %.1f req/s "
				+ "(target at least 0.20): %s%n", listRate, loginRate == 0 ? 0 : listRate / loginRate, loginRate,
				loginRate > 0 && listRate / loginRate >= 0.2 ? "met" : "MISSED");
	}

	/** Request statistics by their path in the report ("load / district household list"). */
	private static void collect(JsonNode node, Map<String, JsonNode> byPath) {
		if ("REQUEST".equals(node.path("type").asString(""))) {
			byPath.put(node.path("path").asString(""), node.path("stats"));
		}
		JsonNode contents = node.path("contents");
		for (JsonNode child : contents) {
			collect(child, byPath);
		}
	}
}

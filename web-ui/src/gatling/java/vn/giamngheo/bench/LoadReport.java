package vn.giamngheo.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The load test's summary: one line per scenario with requests, failures, p50/p95/p99/max
 * of the answered requests, requests per second over the scenario's own window, and the
 * target; then the single-user maximum per page and the district list's throughput
 * against the login page's (issue 12: at least a fifth). Printed and written to
 * {@code target/load-report.txt}.
 */
final class LoadReport {

	private LoadReport() {
	}

	static String text() {
		StringWriter out = new StringWriter();
		PrintWriter p = new PrintWriter(out);
		p.printf("%nProvince load test: %,d households, %d users per scenario, %d s per scenario%n",
				LoadScale.households(), LoadScale.users(), LoadScale.seconds());
		p.printf("  %-28s %8s %6s %7s %7s %7s %7s %8s  %s%n", "scenario", "requests", "KO", "p50 ms", "p95 ms",
				"p99 ms", "max ms", "req/s", "target p95");
		double loginRate = 0;
		double listRate = 0;
		for (LoadPage page : LoadPage.all()) {
			LoadStats.Series s = LoadStats.get("load / " + page.name());
			if (s == null) {
				p.printf("  %-28s no answer%n", page.name());
				continue;
			}
			long[] t = s.sorted();
			long p95 = LoadStats.percentile(t, 95);
			double rate = s.perSecond();
			if (page.name().equals(LoadPage.LOGIN_PAGE)) {
				loginRate = rate;
			}
			if (page.name().equals(LoadPage.DISTRICT_LIST)) {
				listRate = rate;
			}
			boolean met = t.length > 0 && p95 < page.p95TargetMs() && s.failed.get() == 0;
			String target = page.p95TargetMs() == LoadPage.NO_TARGET ? "-"
					: "< " + page.p95TargetMs() + (met ? "  met" : "  MISSED");
			p.printf("  %-28s %8d %6d %7d %7d %7d %7d %8.1f  %s%n", page.name(), t.length + s.failed.get(),
					s.failed.get(), LoadStats.percentile(t, 50), p95, LoadStats.percentile(t, 99),
					t.length == 0 ? 0 : t[t.length - 1], rate, target);
		}
		p.printf("%nOne user at a time (slowest answer per page, target < 1000 ms)%n");
		for (LoadPage page : LoadPage.all()) {
			LoadStats.Series s = LoadStats.get("single user / " + page.name());
			if (s != null) {
				long[] t = s.sorted();
				long max = t.length == 0 ? Long.MAX_VALUE : t[t.length - 1];
				boolean met = s.failed.get() == 0 && max < 1000;
				p.printf("  %-28s %8s  %s%n", page.name(), s.failed.get() > 0 ? "failed" : max + " ms",
						met ? "met" : "MISSED");
			}
		}
		double ratio = loginRate == 0 ? 0 : listRate / loginRate;
		p.printf(
				"%nDistrict household list %.1f req/s = %.2f of the login page's %.1f req/s (target at least 0.20): %s%n",
				listRate, ratio, loginRate, ratio >= 0.2 ? "met" : "MISSED");
		p.flush();
		return out.toString();
	}

	static void print() {
		String report = text();
		System.out.println(report);
		// Next to the jar (web-ui/target), whichever folder Maven was started from.
		Path file = Path.of(System.getProperty("bench.jar", "target/web-ui-0.1.0-SNAPSHOT.jar"))
			.toAbsolutePath()
			.resolveSibling("load-report.txt");
		try {
			Files.writeString(file, report);
			System.out.println("Written to " + file);
		}
		catch (IOException ex) {
			System.err.println("Could not write " + file + ": " + ex.getMessage());
		}
	}

}

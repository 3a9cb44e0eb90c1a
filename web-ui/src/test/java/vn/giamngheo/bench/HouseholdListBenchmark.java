package vn.giamngheo.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.giamngheo.GiamNgheoApplication;
import vn.giamngheo.testsupport.TestDatabase;

/**
 * Times the household list's first page over real HTTP, with the demo province grown to a million households (the
 * figure issue 2 names: under 200 ms). Run with {@code ./mvnw -pl web-ui -am -Pbench -DskipTests verify}; set
 * {@code -Dbench.households=N} for another size. It prints median, 95th percentile and maximum per scenario. A
 * fresh database is created for the run and dropped at the end.
 */
public final class HouseholdListBenchmark {

	public static void main(String[] args) throws Exception {
		// The benchmarks run one after another in Maven's JVM; Tomcat may register its URL handler only once per JVM.
		org.apache.catalina.webresources.TomcatURLStreamHandlerFactory.disable();
		int households = Integer.getInteger("bench.households", 1_000_000);
		// -Dbench.db.url=jdbc:postgresql://localhost:5432/giamngheo_bench keeps the loaded province between runs.
		String reuse = System.getProperty("bench.db.url");
		TestDatabase.Coordinates db = reuse != null ? new TestDatabase.Coordinates(reuse, "postgres", "")
				: TestDatabase.get();
		long loadStart = System.nanoTime();
		ConfigurableApplicationContext app = SpringApplication.run(GiamNgheoApplication.class, "--server.port=0",
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password(), "--giamngheo.demo.enabled=true",
				"--giamngheo.demo.households=" + households, "--giamngheo.demo.districts=10",
				"--logging.level.root=WARN");
		System.out.printf("Started with %,d households (generated if missing) in %.1f s%n", households,
				(System.nanoTime() - loadStart) / 1e9);
		String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		try {
			Map<String, String> scenarios = new LinkedHashMap<>();
			scenarios.put("district officer, first page", "/households");
			scenarios.put("district officer, search 'nguyen van'", "/households?q=nguyen+van");
			scenarios.put("district officer, poor Khmer households", "/households?category=POOR&ethnicity=KHMER");
			scenarios.put("district officer, page 50", "/households?page=49");
			HttpClient district = BenchHttp.loggedIn(base, "huyen.tracu");
			System.out.printf("%nHousehold list over HTTP, %,d households in the database%n", households);
			for (var scenario : scenarios.entrySet()) {
				BenchHttp.report(scenario.getKey(), time(district, base + scenario.getValue()));
			}
			HttpClient commune = BenchHttp.loggedIn(base, "xa.ngaixuyen");
			BenchHttp.report("commune official, first page", time(commune, base + "/households"));
			BenchHttp.report("commune official, search 'thach'", time(commune, base + "/households?q=thach"));
		}
		finally {
			app.close();
		}
	}

	private static long[] time(HttpClient client, String url) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
		for (int i = 0; i < 30; i++) {
			check(client.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		long[] nanos = new long[100];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			check(client.send(request, HttpResponse.BodyHandlers.ofString()));
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static void check(HttpResponse<String> response) {
		if (response.statusCode() != 200 || !response.body().contains("data-testid=\"total\"")) {
			try {
				java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "bench-failure.html"), response.body());
			}
			catch (java.io.IOException ignored) {
				// the message below says enough
			}
			throw new IllegalStateException("Unexpected response " + response.statusCode() + " from " + response.uri()
					+ " (body in the temp directory, bench-failure.html)");
		}
	}
}

package vn.giamngheo.bench;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.giamngheo.GiamNgheoApplication;
import vn.giamngheo.testsupport.TestDatabase;

/**
 * Times the household list's first page over real HTTP, with the demo province grown to a
 * million households (the figure issue 2 names: under 200 ms). Run with
 * {@code ./mvnw -pl web-ui -am -Pbench -DskipTests verify}; set
 * {@code -Dbench.households=N} for another size. It prints median, 95th percentile and
 * maximum per scenario. A fresh database is created for the run and dropped at the end.
 */
public final class HouseholdListBenchmark {

	private static final String MARKER = "data-testid=\"total\"";

	public static void main(String[] args) throws Exception {
		// The benchmarks run one after another in Maven's JVM; Tomcat may register its
		// URL handler only once per JVM.
		org.apache.catalina.webresources.TomcatURLStreamHandlerFactory.disable();
		int households = Integer.getInteger("bench.households", 1_000_000);
		// -Dbench.db.url=jdbc:postgresql://localhost:5432/giamngheo_bench keeps the
		// loaded province between runs.
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
				BenchHttp.report(scenario.getKey(), BenchHttp.time(district, base + scenario.getValue(), MARKER));
			}
			HttpClient commune = BenchHttp.loggedIn(base, "xa.ngaixuyen");
			BenchHttp.report("commune official, first page", BenchHttp.time(commune, base + "/households", MARKER));
			BenchHttp.report("commune official, search 'thach'",
					BenchHttp.time(commune, base + "/households?q=thach", MARKER));
		}
		finally {
			app.close();
		}
	}

}

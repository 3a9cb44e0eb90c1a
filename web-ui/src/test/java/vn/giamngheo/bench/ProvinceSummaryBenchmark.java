package vn.giamngheo.bench;

import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.giamngheo.GiamNgheoApplication;
import vn.giamngheo.report.persistence.AreaSummaries;
import vn.giamngheo.testsupport.TestDatabase;

/**
 * Times the province's reports over real HTTP with the demo province grown to a million
 * households (issue 6: the province summary opens in under 300 ms), plus the full rebuild
 * of the stored sums and the refresh of one commune that the review feature calls after
 * an approval. Run with {@code ./mvnw -pl web-ui -am -Pbench -DskipTests verify} (it runs
 * after the household-list benchmark); {@code -Dbench.households=N} for another size. A
 * fresh database is created for the run and dropped at the end.
 */
public final class ProvinceSummaryBenchmark {

	private static final String MARKER = "Tổng cộng";

	public static void main(String[] args) throws Exception {
		// The benchmarks run one after another in Maven's JVM; Tomcat may register its
		// URL handler only once per JVM.
		org.apache.catalina.webresources.TomcatURLStreamHandlerFactory.disable();
		int households = Integer.getInteger("bench.households", 1_000_000);
		TestDatabase.Coordinates db = TestDatabase.get();
		long loadStart = System.nanoTime();
		ConfigurableApplicationContext app = SpringApplication.run(GiamNgheoApplication.class, "--server.port=0",
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
				"--spring.datasource.password=" + db.password(), "--giamngheo.demo.enabled=true",
				"--giamngheo.demo.households=" + households, "--giamngheo.demo.districts=10",
				"--logging.level.root=WARN");
		System.out.printf("Loaded %,d households and built the stored sums in %.1f s%n", households,
				(System.nanoTime() - loadStart) / 1e9);
		String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		try {
			AreaSummaries summaries = app.getBean(AreaSummaries.class);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			int year = summaries.registerYear();
			long start = System.nanoTime();
			summaries.rebuild();
			System.out.printf("%nFull rebuild of area_summary (%d rows): %.1f s%n",
					jdbc.queryForObject("SELECT count(*) FROM area_summary", Long.class),
					(System.nanoTime() - start) / 1e9);
			long commune = jdbc.queryForObject(
					"SELECT commune_id FROM household GROUP BY commune_id " + "ORDER BY count(*) DESC LIMIT 1",
					Long.class);
			long[] refresh = new long[10];
			for (int i = 0; i < refresh.length; i++) {
				long t = System.nanoTime();
				summaries.refresh(year, commune);
				refresh[i] = System.nanoTime() - t;
			}
			Arrays.sort(refresh);
			BenchHttp.report("refresh(year, largest commune)", refresh);

			System.out.printf("%nProvince reports over HTTP, %,d households in the database%n", households);
			HttpClient province = BenchHttp.loggedIn(base, "so.travinh");
			for (String path : List.of("/reports/province", "/reports/communes", "/reports/indicators", "/reports/mpi",
					"/reports/province.xlsx", "/reports/province.pdf")) {
				BenchHttp.report("provincial viewer " + path,
						BenchHttp.time(province, base + path + "?year=" + year, MARKER));
			}
			HttpClient district = BenchHttp.loggedIn(base, "huyen.tracu");
			BenchHttp.report("district officer /reports/communes",
					BenchHttp.time(district, base + "/reports/communes?year=" + year, MARKER));
		}
		finally {
			app.close();
		}
	}

}

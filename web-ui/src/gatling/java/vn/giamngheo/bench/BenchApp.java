package vn.giamngheo.bench;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application under load, in its own JVM as in production (so the load generator's
 * threads do not share its heap): the packaged jar started on a free port against the
 * benchmark database, which the demo generator fills with the province unless it is there
 * already. With {@code -Dbench.base.url} nothing is started and the load goes to that
 * server instead (e.g. a build of another commit).
 */
final class BenchApp {

	private final String baseUrl;

	private final Process process;

	private BenchApp(String baseUrl, Process process) {
		this.baseUrl = baseUrl;
		this.process = process;
	}

	String baseUrl() {
		return baseUrl;
	}

	static BenchApp fromSystemProperties() {
		String given = System.getProperty("bench.base.url");
		if (given != null && !given.isBlank()) {
			return new BenchApp(given.replaceAll("/$", ""), null);
		}
		return new BenchApp("http://localhost:" + freePort(), null);
	}

	/** Starts the jar unless a server was given; waits until its login page answers. */
	BenchApp start() throws Exception {
		if (System.getProperty("bench.base.url") != null) {
			waitUntilUp(baseUrl, 60);
			return this;
		}
		String dbUrl = System.getProperty("bench.db.url", "jdbc:postgresql://localhost:5432/giamngheo_bench_load");
		if (!Boolean.getBoolean("bench.reuse")) {
			dropDatabase(dbUrl);
		}
		String jar = System.getProperty("bench.jar", "target/web-ui-0.1.0-SNAPSHOT.jar");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		for (String option : System.getProperty("bench.app.jvm", "-Xmx1g").trim().split("\\s+")) {
			if (!option.isEmpty()) {
				command.add(option);
			}
		}
		command.add("-jar");
		command.add(jar);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("PORT", URI.create(baseUrl).getPort() + "");
		builder.environment().put("GIAMNGHEO_DB_URL", dbUrl);
		builder.environment().put("GIAMNGHEO_DEMO", "true");
		builder.environment().put("GIAMNGHEO_DEMO_HOUSEHOLDS", LoadScale.households() + "");
		builder.environment().put("GIAMNGHEO_DEMO_DISTRICTS", LoadScale.districts() + "");
		builder.environment().put("GIAMNGHEO_DB_POOL", System.getProperty("bench.db.pool", "10"));
		// All 600 simulated users log in from one address; the per-address login limit
		// (60 a minute) would answer
		// them 429. Real users come from their own addresses (or through a proxy that
		// passes them on).
		builder.environment().put("GIAMNGHEO_RATE_LOGIN", System.getProperty("bench.rate.login", "0"));
		// Next to the jar (web-ui/target), whichever folder Maven was started from.
		File log = Path.of(jar).toAbsolutePath().resolveSibling("bench-app.log").toFile();
		builder.redirectErrorStream(true).redirectOutput(log);
		long started = System.nanoTime();
		Process app = builder.start();
		System.out.printf("Started the app (%s) on %s, log in %s; generating %,d households unless present%n", jar,
				baseUrl, log, LoadScale.households());
		BenchApp running = new BenchApp(baseUrl, app);
		running.waitUntilUp(baseUrl, 3 * 3600);
		System.out.printf("App answering after %.1f s%n", (System.nanoTime() - started) / 1e9);
		return running;
	}

	void stop() throws InterruptedException {
		if (process != null) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private void waitUntilUp(String base, int seconds) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < deadline) {
			if (process != null && !process.isAlive()) {
				throw new IllegalStateException("The app stopped; see web-ui/target/bench-app.log");
			}
			try {
				// Readiness, not the login page: Tomcat answers while the demo generator
				// (an ApplicationRunner) is
				// still writing the province, and readiness turns UP only after the
				// runners (logins would fail).
				HttpURLConnection c = (HttpURLConnection) URI.create(base + "/actuator/health/readiness")
					.toURL()
					.openConnection();
				c.setConnectTimeout(1000);
				if (c.getResponseCode() == 200) {
					return;
				}
				if (c.getResponseCode() == 404 && login(base) == 200) {
					return; // an older server without the readiness probe
				}
			}
			catch (IOException notYet) {
				// still starting or generating the province
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("No answer from " + base + " after " + seconds + " s");
	}

	private static int login(String base) throws IOException {
		HttpURLConnection c = (HttpURLConnection) URI.create(base + "/login").toURL().openConnection();
		c.setConnectTimeout(1000);
		return c.getResponseCode();
	}

	private static void dropDatabase(String dbUrl) throws SQLException {
		int slash = dbUrl.lastIndexOf('/');
		String name = dbUrl.substring(slash + 1).replaceAll("\\?.*", "");
		if (!name.matches("[a-z0-9_]+")) {
			throw new IllegalArgumentException("Unexpected database name " + name);
		}
		try (Connection c = DriverManager.getConnection(dbUrl.substring(0, slash + 1) + "postgres", "postgres", "")) {
			c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package vn.giamngheo.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database one test run uses: a Testcontainers PostgreSQL where a Docker
 * engine answers, otherwise a fresh database on the server named by the environment
 * (PGHOST, PGPORT, PGUSER, PGPASSWORD; default 127.0.0.1:5432, postgres), created for
 * this run and dropped when the JVM exits. A developer's working database is never
 * touched, and a run with neither fails with a message saying what to start.
 */
public final class TestDatabase {

	public record Coordinates(String url, String username, String password) {
	}

	private static Coordinates coordinates;

	private TestDatabase() {
	}

	public static synchronized Coordinates get() {
		if (coordinates == null) {
			coordinates = dockerAvailable() ? container() : freshLocalDatabase();
		}
		return coordinates;
	}

	private static final java.util.Map<String, Coordinates> siblings = new java.util.HashMap<>();

	/**
	 * A database of its own beside the run's one, on the same server, for a test class
	 * whose committed rows must not reach the other tests
	 * ({@code @SpringBootTest(properties = "giamngheo.test.own-database=<name>")});
	 * created once per name and dropped when the JVM exits, like the run's database.
	 */
	public static synchronized Coordinates sibling(String label) {
		if (!label.matches("[a-z0-9_-]+")) {
			throw new IllegalArgumentException("Unexpected database label " + label);
		}
		return siblings.computeIfAbsent(label, l -> {
			Coordinates shared = get();
			int slash = shared.url().lastIndexOf('/');
			String server = shared.url().substring(0, slash + 1);
			String name = (shared.url().substring(slash + 1).replaceAll("\\?.*", "") + "_" + l.replace('-', '_'))
				.toLowerCase(java.util.Locale.ROOT);
			try (Connection c = connect(server + "postgres", shared.username(), shared.password());
					Statement s = c.createStatement()) {
				s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create the test database " + name, ex);
			}
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> drop(server, shared.username(), shared.password(), name)));
			return new Coordinates(server + name, shared.username(), shared.password());
		});
	}

	private static boolean dockerAvailable() {
		if ("true".equals(System.getenv("GIAMNGHEO_TEST_LOCAL_DB"))) {
			return false;
		}
		boolean hasEndpoint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
		try {
			return hasEndpoint && DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM exits
	private static Coordinates container() {
		PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");
		postgres.start();
		return new Coordinates(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
	}

	private static Coordinates freshLocalDatabase() {
		String host = env("PGHOST", "127.0.0.1");
		String port = env("PGPORT", "5432");
		String user = env("PGUSER", "postgres");
		String password = env("PGPASSWORD", "");
		String server = "jdbc:postgresql://" + host + ":" + port + "/";
		String name = "giamngheo_test_" + ProcessHandle.current().pid() + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
		try (Connection c = connect(server + "postgres", user, password); Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("""
					Tests need PostgreSQL and found neither a Docker engine for Testcontainers nor a server at %s:%s \
					(user %s): %s. Start PostgreSQL (or Docker), or set PGHOST/PGPORT/PGUSER/PGPASSWORD.\
					""".formatted(host, port, user, ex.getMessage()), ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, user, password, name)));
		return new Coordinates(server + name, user, password);
	}

	private static void drop(String server, String user, String password, String name) {
		try (Connection c = connect(server + "postgres", user, password); Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
		}
	}

	/**
	 * Uses the driver directly rather than DriverManager, which only offers drivers of
	 * the caller's class loader: benchmarks run in isolated class loaders one after
	 * another.
	 */
	private static Connection connect(String url, String user, String password) throws SQLException {
		java.util.Properties properties = new java.util.Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		return new org.postgresql.Driver().connect(url, properties);
	}

	private static String env(String name, String fallback) {
		return Objects.requireNonNullElse(System.getenv(name), fallback);
	}

}

package vn.giamngheo.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.giamngheo.GiamNgheoApplication;
import vn.giamngheo.testsupport.TestDatabase;

/**
 * The whole application started as a province would start it: on a database of its own
 * (created by the app on the same PostgreSQL as the test run's, dropped afterwards), with
 * the given environment, on a random port.
 */
final class FreshApplication implements AutoCloseable {

	final String database;

	final String url;

	private final TestDatabase.Coordinates server = TestDatabase.get();

	private ConfigurableApplicationContext context;

	FreshApplication(String prefix) {
		this.database = prefix + "_" + ProcessHandle.current().pid() + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
		this.url = serverUrl() + database;
	}

	String serverUrl() {
		String u = server.url();
		String base = u.contains("?") ? u.substring(0, u.indexOf('?')) : u;
		return base.substring(0, base.lastIndexOf('/') + 1);
	}

	ConfigurableApplicationContext start(Map<String, Object> environment) {
		Map<String, Object> properties = new HashMap<>(Map.of("spring.datasource.url", url,
				"spring.datasource.username", server.username(), "spring.datasource.password", server.password(),
				"server.port", "0", "giamngheo.database.create-if-missing", "true", "giamngheo.demo.enabled", "false"));
		properties.putAll(environment);
		// As command-line arguments: they win over application.properties, as the
		// environment does in production.
		String[] args = properties.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		context = new SpringApplicationBuilder(GiamNgheoApplication.class).run(args);
		return context;
	}

	int port() {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	void createDatabase() throws SQLException {
		execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
	}

	void execute(String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(serverUrl() + "postgres", server.username(), server.password());
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	@Override
	public void close() throws SQLException {
		if (context != null) {
			context.close();
		}
		execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
	}

}

package vn.giamngheo.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the application's PostgreSQL database on first start if it does not exist, so
 * that one command runs the app on a fresh machine. Runs once the datasource settings are
 * bound and before the pool or Flyway connect. Production turns it off
 * ({@code giamngheo.database.create-if-missing=false}) and creates the database with its
 * owner.
 */
@Component
@ConditionalOnProperty(name = "giamngheo.database.create-if-missing", havingValue = "true", matchIfMissing = true)
class DatabaseCreator implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSourceProperties properties && properties.getUrl() != null
				&& properties.getUrl().startsWith("jdbc:postgresql://")) {
			createIfMissing(properties.getUrl(), properties.getUsername(), properties.getPassword());
		}
		return bean;
	}

	static void createIfMissing(String url, String user, String password) {
		String withoutParams = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		int slash = withoutParams.lastIndexOf('/');
		String name = withoutParams.substring(slash + 1);
		if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			return;
		}
		java.util.Properties credentials = new java.util.Properties();
		credentials.setProperty("user", user == null ? "" : user);
		credentials.setProperty("password", password == null ? "" : password);
		// The driver itself, not DriverManager, which sees only drivers of the caller's
		// class loader.
		try (Connection c = new org.postgresql.Driver().connect(withoutParams.substring(0, slash + 1) + "postgres",
				credentials); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
				if (rs.next()) {
					return;
				}
			}
			s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
			log.info("Created database {}", name);
		}
		catch (SQLException ex) {
			// The pool will report the real problem (server down, wrong password) with
			// its own message.
			log.warn("Could not check or create database {}: {}", name, ex.getMessage());
		}
	}

}

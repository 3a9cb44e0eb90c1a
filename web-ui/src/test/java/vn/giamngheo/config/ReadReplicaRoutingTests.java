package vn.giamngheo.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.testsupport.TestDatabase;

/**
 * Issue 12: with {@code GIAMNGHEO_DB_REPLICA_URL} set, read-only transactions reach the
 * replica and all others the primary. The "replica" is a second database of the same
 * server, migrated by the test so that it has the schema; what each transaction reads
 * tells which database it reached.
 */
@SpringBootTest
class ReadReplicaRoutingTests {

	static final String REPLICA = "giamngheo_replica_" + ProcessHandle.current().pid();

	@DynamicPropertySource
	static void replica(DynamicPropertyRegistry registry) throws Exception {
		String url = server() + REPLICA;
		try (Connection c = new org.postgresql.Driver().connect(server() + "postgres", credentials())) {
			c.createStatement().execute("DROP DATABASE IF EXISTS " + REPLICA + " WITH (FORCE)");
			c.createStatement().execute("CREATE DATABASE " + REPLICA + " ENCODING 'UTF8' TEMPLATE template0");
		}
		Flyway.configure()
			.dataSource(url, TestDatabase.get().username(), TestDatabase.get().password())
			.locations("classpath:db/migration")
			.load()
			.migrate();
		// Only in the replica: a province the primary does not have.
		try (Connection c = new org.postgresql.Driver().connect(url, credentials())) {
			c.createStatement()
				.execute("INSERT INTO area (code, name, level, kind, valid_from) "
						+ "VALUES ('replica-only', 'Tỉnh bản sao', 'PROVINCE', 'PROVINCE', DATE '2025-07-01')");
		}
		registry.add("giamngheo.db.replica-url", () -> url);
	}

	@AfterAll
	static void dropReplica() throws Exception {
		try (Connection c = new org.postgresql.Driver().connect(server() + "postgres", credentials())) {
			c.createStatement().execute("DROP DATABASE IF EXISTS " + REPLICA + " WITH (FORCE)");
		}
	}

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AreaQueries areas;

	@Test
	void readOnlyTransactionsReachTheReplicaAndTheOthersThePrimary() {
		assertThat(dataSource).isInstanceOf(LazyConnectionDataSourceProxy.class);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TransactionTemplate readWrite = new TransactionTemplate(transactions);
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		String primary = TestDatabase.get().url().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");

		String written = readWrite.execute(s -> jdbc.queryForObject("SELECT current_database()", String.class));
		String read = readOnly.execute(s -> jdbc.queryForObject("SELECT current_database()", String.class));
		Boolean readOnlyConnection = readOnly
			.execute(s -> jdbc.queryForObject("SELECT current_setting('transaction_read_only') = 'on'", Boolean.class));
		assertThat(written).isEqualTo(primary);
		assertThat(read).isEqualTo(REPLICA);
		assertThat(readOnlyConnection).isTrue();
	}

	@Test
	void theApplicationsReadOnlyQueriesReadTheReplica() {
		long replicaOnly = new JdbcTemplate(dataSource)
			.queryForObject("SELECT count(*) FROM area WHERE code = 'replica-only'", Long.class);
		assertThat(replicaOnly).as("outside a read-only transaction: the primary").isZero();
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		// AreaQueries is @Transactional(readOnly = true): it finds the area only the
		// replica has.
		Long id = readOnly.execute(s -> new JdbcTemplate(dataSource)
			.queryForObject("SELECT id FROM area WHERE code = 'replica-only'", Long.class));
		assertThat(areas.get(id).name()).isEqualTo("Tỉnh bản sao");
	}

	private static String server() {
		return TestDatabase.get().url().replaceAll("/[^/?]+(\\?.*)?$", "/");
	}

	private static Properties credentials() {
		Properties p = new Properties();
		p.setProperty("user", TestDatabase.get().username());
		p.setProperty("password", TestDatabase.get().password());
		return p;
	}

}

package vn.giamngheo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup procedure of src-docs/developer/operations.md, run for real: pg_dump of a
 * working database, pg_restore into a fresh one, and the application started on the
 * restored copy (schema valid, accounts and audit kept, the audit still append-only).
 */
class BackupRestoreTests {

	@Test
	void aDumpRestoredIntoAFreshDatabaseStartsTheApplicationWithItsDataAndAudit() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/pg_dump")) || System.getenv("CI") != null,
				"pg_dump not installed");
		Path dump = Files.createTempFile("giamngheo", ".dump");
		try (FreshApplication source = new FreshApplication("giamngheo_backup_src");
				FreshApplication restored = new FreshApplication("giamngheo_backup_dst")) {
			var context = source.start(Map.of("giamngheo.admin.username", "quantri.sao", "giamngheo.admin.password",
					"Sao-Luu-Moi-Dem-2026"));
			assertThat(Http.location(new Http(source.port()).login("quantri.sao", "Sao-Luu-Moi-Dem-2026")))
				.endsWith("/");
			long audits = context.getBean(JdbcTemplate.class)
				.queryForObject("SELECT count(*) FROM audit_event", Long.class);
			assertThat(audits).isPositive();
			context.close();

			run(source, List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + dump, source.database));
			restored.createDatabase();
			run(restored, List.of("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + restored.database,
					dump.toString()));

			var copy = restored.start(Map.of("giamngheo.database.create-if-missing", "false"));
			JdbcTemplate jdbc = copy.getBean(JdbcTemplate.class);
			assertThat(
					jdbc.queryForObject("SELECT count(*) FROM account WHERE username = 'quantri.sao'", Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class)).isEqualTo(audits);
			assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event")).hasStackTraceContaining("append-only");
			assertThat(new Http(restored.port()).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
		finally {
			Files.deleteIfExists(dump);
		}
	}

	private static void run(FreshApplication app, List<String> command) throws Exception {
		URI server = URI.create(app.serverUrl().substring("jdbc:".length()));
		var credentials = vn.giamngheo.testsupport.TestDatabase.get();
		ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(command)).redirectErrorStream(true);
		builder.environment().put("PGHOST", server.getHost());
		builder.environment().put("PGPORT", String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()));
		builder.environment().put("PGUSER", credentials.username());
		builder.environment().put("PGPASSWORD", credentials.password() == null ? "" : credentials.password());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
	}

}

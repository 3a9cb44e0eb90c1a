package vn.giamngheo.config;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: the schema is at the version this build expects (no pending or
 * failed migration). A node whose database is behind must not take traffic; Spring Boot
 * has a Flyway endpoint but no health indicator for it.
 */
@Component("flywayHealthIndicator")
class FlywayHealth extends AbstractHealthIndicator {

	private final Flyway flyway;

	FlywayHealth(Flyway flyway) {
		super("Flyway health check failed");
		this.flyway = flyway;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		var info = flyway.info();
		MigrationInfo current = info.current();
		int pending = info.pending().length;
		boolean failed = java.util.Arrays.stream(info.all()).anyMatch(m -> m.getState().isFailed());
		builder.withDetail("version", current == null ? "none" : current.getVersion().toString())
			.withDetail("pending", pending);
		if (pending > 0 || failed || current == null) {
			builder.down();
		}
		else {
			builder.up();
		}
	}

}

package vn.giamngheo.config;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * A read replica for reading (issue 12, src-docs/developer/scaling.md): when
 * {@code GIAMNGHEO_DB_REPLICA_URL} is set, every read-only transaction
 * ({@code @Transactional(readOnly = true)}: lists, summaries, reports, exports) takes its
 * connection from the replica and every other transaction from the primary. Spring's
 * {@link LazyConnectionDataSourceProxy} does the routing: it fetches the real connection
 * only once the transaction's read-only flag is known. Unset, the application has the one
 * DataSource Spring Boot configures.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${giamngheo.db.replica-url:}'.isBlank()")
class ReadReplicaConfiguration {

	/**
	 * The primary, configured exactly as Spring Boot would ({@code spring.datasource.*}
	 * and its Hikari settings).
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource primaryDataSource(DataSourceProperties properties) {
		return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
	}

	@Bean
	@Primary
	DataSource dataSource(HikariDataSource primaryDataSource, DataSourceProperties properties,
			@Value("${giamngheo.db.replica-url}") String replicaUrl,
			@Value("${giamngheo.db.replica-user:}") String replicaUser,
			@Value("${giamngheo.db.replica-password:}") String replicaPassword,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
		HikariDataSource replica = new HikariDataSource();
		replica.setPoolName("replica");
		replica.setJdbcUrl(replicaUrl);
		replica.setUsername(replicaUser.isEmpty() ? properties.determineUsername() : replicaUser);
		replica.setPassword(replicaUser.isEmpty() ? properties.determinePassword() : replicaPassword);
		replica.setReadOnly(true);
		replica.setMaximumPoolSize(poolSize);
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primaryDataSource);
		routing.setReadOnlyDataSource(replica);
		return routing;
	}

}

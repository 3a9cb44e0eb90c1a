package vn.giamngheo.config;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions in PostgreSQL (tables of V41) when {@code GIAMNGHEO_SESSION_STORE=jdbc}: two
 * or more app nodes behind a load balancer then serve one province without sticky
 * sessions (issue 12, src-docs/developer/scaling.md). Otherwise the servlet container
 * keeps sessions in memory, as before; Spring Boot's own JDBC session auto-configuration
 * is excluded in application.properties so that the store is a deliberate choice, not a
 * side effect of the classpath.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "giamngheo.session.store", havingValue = "jdbc")
@EnableJdbcHttpSession
class JdbcSessionConfiguration {

	/**
	 * The idle timeout stays {@code GIAMNGHEO_SESSION_TIMEOUT}, whichever store holds the
	 * session.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		return repository -> repository.setDefaultMaxInactiveInterval(timeout);
	}

}

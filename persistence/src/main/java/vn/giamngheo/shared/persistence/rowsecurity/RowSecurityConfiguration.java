package vn.giamngheo.shared.persistence.rowsecurity;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * Turns the backstop on (default) unless {@code giamngheo.db.row-security=false}
 * ({@code GIAMNGHEO_DB_ROW_SECURITY=false}, an emergency switch): the JPA transaction
 * manager's dialect becomes a {@link ScopedJpaDialect}, and the start refuses to go on
 * when the connection's account cannot act as {@value RowSecurity#ROLE}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "giamngheo.db.row-security", havingValue = "true", matchIfMissing = true)
public class RowSecurityConfiguration {

	@Bean
	static BeanPostProcessor rowSecurityDialect(ObjectProvider<RowSecurity.Caller> callers) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JpaTransactionManager manager
						&& !(manager.getJpaDialect() instanceof ScopedJpaDialect)) {
					manager
						.setJpaDialect(new ScopedJpaDialect(manager.getJpaDialect(), callers.orderedStream().toList()));
				}
				return bean;
			}
		};
	}

	@Bean
	RowSecurityCheck rowSecurityCheck(DataSource dataSource) {
		return new RowSecurityCheck(new JdbcTemplate(dataSource));
	}

	/**
	 * Fails the start early with a clear message instead of every request failing later.
	 */
	public static final class RowSecurityCheck implements SmartInitializingSingleton {

		private final JdbcTemplate jdbc;

		RowSecurityCheck(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		/** After every singleton, so after Flyway's migration that creates the role. */
		@Override
		public void afterSingletonsInstantiated() {
			Boolean may = jdbc.queryForObject("""
					SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)
					            THEN pg_has_role(current_user, ?, 'MEMBER') ELSE false END""", Boolean.class,
					RowSecurity.ROLE, RowSecurity.ROLE);
			if (!Boolean.TRUE.equals(may)) {
				throw new IllegalStateException("Row-level security: the database account cannot act as role "
						+ RowSecurity.ROLE + " (GRANT " + RowSecurity.ROLE + " TO <account>), "
						+ "or set GIAMNGHEO_DB_ROW_SECURITY=false to run without the backstop");
			}
		}

	}

}

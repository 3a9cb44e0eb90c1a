package vn.giamngheo.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;

/**
 * The emergency switch: {@code GIAMNGHEO_DB_ROW_SECURITY=false} leaves a logged-in
 * caller's transactions as they were.
 */
@SpringBootTest(properties = "giamngheo.db.row-security=false")
@org.springframework.test.annotation.DirtiesContext
class RowSecurityOffTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void switchedOffTheCallersTransactionKeepsTheConnectionsAccountAndSetsNoCommunes() {
		AppUser official = new AppUser(1, "xa.thu", "-", true, true, "Thử",
				new Scope(Role.COMMUNE_OFFICIAL, Set.of(-1L), null));
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(official, null, official.getAuthorities()));
		String seen = new TransactionTemplate(transactions).execute(s -> jdbc.queryForObject(
				"SELECT current_user || '/' || coalesce(current_setting('giamngheo.communes', true), '')",
				String.class));
		assertThat(seen).isEqualTo(jdbc.queryForObject("SELECT session_user", String.class) + "/");
		assertThat(((JpaTransactionManager) transactions).getJpaDialect().getClass().getSimpleName())
			.isNotEqualTo("ScopedJpaDialect");
	}

}

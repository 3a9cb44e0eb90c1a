package vn.giamngheo.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.shared.persistence.rowsecurity.RowSecurity;

/**
 * The backstop in the running application (issue 10): a transaction begun while a commune
 * official is logged in sees only their commune's households, whatever its SQL says; with
 * nobody logged in the same SQL sees every commune.
 */
@SpringBootTest(properties = "giamngheo.demo.enabled=true")
@AutoConfigureMockMvc
class RowSecurityWebTests {

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	private void logIn(String username) {
		AppUser user = (AppUser) users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private long inTransaction(String sql, Object... args) {
		return new TransactionTemplate(transactions).execute(s -> jdbc.queryForObject(sql, Long.class, args));
	}

	private long communeNamed(String name) {
		return jdbc.queryForObject("SELECT id FROM area WHERE name = ? AND kind = 'COMMUNE' ORDER BY id LIMIT 1",
				Long.class, name);
	}

	@Test
	void sqlThatForgetsTheScopeReturnsOnlyTheLoggedInOfficialsCommune() {
		long ngaiXuyen = communeNamed("Ngãi Xuyên");
		long kimSon = communeNamed("Kim Sơn");
		long ownHouseholds = inTransaction("SELECT count(*) FROM household WHERE commune_id = ?", ngaiXuyen);
		long otherHouseholds = inTransaction("SELECT count(*) FROM household WHERE commune_id = ?", kimSon);
		assertThat(ownHouseholds).isPositive();
		assertThat(otherHouseholds).as("nobody logged in: system work sees every commune").isPositive();

		logIn("xa.ngaixuyen");
		assertThat(inTransaction("SELECT count(*) FROM household")).isEqualTo(ownHouseholds);
		assertThat(inTransaction("SELECT count(*) FROM household WHERE commune_id = ?", kimSon)).isZero();
		assertThat(inTransaction("""
				SELECT count(*) FROM household_member m JOIN household h ON h.id = m.household_id
				WHERE h.commune_id <> ?""", ngaiXuyen)).isZero();
		String role = new TransactionTemplate(transactions)
			.execute(s -> jdbc.queryForObject("SELECT current_user", String.class));
		assertThat(role).isEqualTo(RowSecurity.ROLE);
	}

	@Test
	void aDistrictOfficerSeesEveryCommuneOfTheirScopeAndAnAdministratorIsNotRestricted() {
		long all = inTransaction("SELECT count(*) FROM household");
		logIn("huyen.tracu");
		AppUser officer = (AppUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
		long inScope = jdbc.queryForObject("SELECT count(*) FROM household WHERE commune_id = ANY (?::bigint[])",
				Long.class,
				"{" + String.join(",", officer.getScope().communeIds().stream().map(String::valueOf).toList()) + "}");
		assertThat(inTransaction("SELECT count(*) FROM household")).isEqualTo(inScope).isPositive();
		SecurityContextHolder.clearContext();
		logIn("admin");
		assertThat(inTransaction("SELECT count(*) FROM household")).isEqualTo(all);
	}

}

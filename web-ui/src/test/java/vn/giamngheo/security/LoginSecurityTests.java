package vn.giamngheo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.persistence.AccountService;
import vn.giamngheo.account.persistence.LoginThrottle;
import vn.giamngheo.demo.DemoData;

/** Findings 1, 3 and 6 of issue 11, reproduced over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "giamngheo.demo.enabled=true", "giamngheo.rate-limit.login-per-minute=0" })
class LoginSecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	PasswordEncoder passwords;

	String officialOf(String commune) {
		String name = "sec." + Long.toHexString(System.nanoTime());
		long communeId = jdbc.queryForObject("SELECT id FROM area WHERE name = ? AND kind = 'COMMUNE' LIMIT 1",
				Long.class, commune);
		assertThat(accounts.create(name, passwords.encode(DemoData.PASSWORD), "Cán bộ thử", Role.COMMUNE_OFFICIAL,
				Set.of(communeId)))
			.isEmpty();
		return name;
	}

	@Test
	void fortyParallelLoginsWithOneRightPasswordNeverAnswer500() throws Exception {
		String name = officialOf("Kim Sơn");
		ExecutorService pool = Executors.newFixedThreadPool(40);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String password = i == 20 ? DemoData.PASSWORD : "sai-mat-khau-" + i;
			answers.add(pool.submit(() -> {
				Http browser = new Http(port);
				browser.get("/login");
				start.await();
				return browser.login(name, password);
			}));
		}
		start.countDown();
		for (Future<HttpResponse<String>> answer : answers) {
			HttpResponse<String> response = answer.get();
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(Http.location(response)).matches(".*/(login\\?error)?$");
		}
		pool.shutdown();
		Integer failures = jdbc.queryForObject(
				"SELECT failures FROM login_throttle WHERE username = ? AND client_address = '127.0.0.1'",
				Integer.class, name);
		assertThat(failures).as("failures after the right password are all counted").isGreaterThanOrEqualTo(1);
	}

	@Test
	void fiveWrongPasswordsFromOneAddressPauseOnlyThatAddressAndTheAnswerLooksLikeAnyFailure() throws Exception {
		String name = officialOf("Kim Sơn");
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			assertThat(Http.location(new Http(port).login(name, "sai-mat-khau"))).endsWith("/login?error");
		}
		Http owner = new Http(port);
		assertThat(Http.location(owner.login(name, DemoData.PASSWORD))).as("paused from this address")
			.endsWith("/login?error");
		assertThat(throttle.isBlocked(name, "127.0.0.1")).isTrue();
		assertThat(throttle.isBlocked(name, "192.0.2.10")).as("the owner's own address is not locked").isFalse();
		assertThat(accounts.find(name).orElseThrow().getLockedUntil()).as("no hard lock an attacker controls").isNull();
	}

	@Test
	void unknownWrongDisabledAndPausedLoginsAllGetTheSameAnswer() throws Exception {
		String disabled = officialOf("Kim Sơn");
		accounts.setEnabled(accounts.find(disabled).orElseThrow().getId(), false);
		String paused = officialOf("Kim Sơn");
		for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
			new Http(port).login(paused, "sai");
		}
		List<String> pages = new ArrayList<>();
		for (String[] attempt : new String[][] { { "khong.ton.tai", "x" }, { "xa.kimson", "sai-mat-khau" },
				{ disabled, DemoData.PASSWORD }, { paused, DemoData.PASSWORD } }) {
			Http browser = new Http(port);
			HttpResponse<String> answer = browser.login(attempt[0], attempt[1]);
			assertThat(Http.location(answer)).endsWith("/login?error");
			String page = browser.get("/login?error").body();
			pages.add(page.substring(page.indexOf("alert"), page.indexOf("</div>", page.indexOf("alert"))));
		}
		assertThat(pages).allMatch(p -> p.contains("Không đăng nhập được")).containsOnly(pages.get(0));
		jdbc.update("UPDATE account SET failed_attempts = 0 WHERE username = 'xa.kimson'");
	}

	@Test
	void aDisabledAccountsOpenSessionEndsAtItsNextRequest() throws Exception {
		String name = officialOf("Kim Sơn");
		Http browser = new Http(port);
		browser.login(name, DemoData.PASSWORD);
		assertThat(browser.get("/households").statusCode()).isEqualTo(200);

		accounts.setEnabled(accounts.find(name).orElseThrow().getId(), false);

		HttpResponse<String> next = browser.get("/households");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(Http.location(next)).endsWith("/login?expired");
		HttpResponse<String> write = browser.post("/households/new", "/households/new", Map.of("headName", "X"));
		assertThat(write.statusCode()).isIn(302, 403);
		assertThat(Http.location(write)).doesNotContain("/households/");
	}

	@Test
	void anAdministratorsPasswordResetEndsTheSessionAndForcesAChangeAtTheNextLogin() throws Exception {
		String name = officialOf("Kim Sơn");
		Http browser = new Http(port);
		browser.login(name, DemoData.PASSWORD);
		assertThat(browser.get("/households").statusCode()).isEqualTo(200);

		accounts.resetPassword(accounts.find(name).orElseThrow().getId(), passwords.encode("Tam-Thoi-Dat-Lai-1"));

		assertThat(Http.location(browser.get("/households"))).endsWith("/login?expired");
		Http again = new Http(port);
		again.login(name, "Tam-Thoi-Dat-Lai-1");
		assertThat(Http.location(again.get("/households"))).endsWith("/account/password");
	}

}

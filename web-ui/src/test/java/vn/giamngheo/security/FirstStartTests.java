package vn.giamngheo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh production install: the first administrator comes from the environment and must
 * change the password.
 */
class FirstStartTests {

	@Test
	void anEmptyDatabaseGetsTheAdministratorFromTheEnvironmentWhoMustChooseANewPasswordFirst() throws Exception {
		try (FreshApplication app = new FreshApplication("giamngheo_firststart")) {
			var context = app.start(Map.of("giamngheo.admin.username", "quantri.tinh", "giamngheo.admin.password",
					"Dua-Xiem-Cau-Ngang-7"));
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject(
					"SELECT must_change_password FROM account WHERE username = 'quantri.tinh' AND role = 'ADMIN'",
					Boolean.class))
				.isTrue();

			Http browser = new Http(app.port());
			assertThat(Http.location(browser.login("quantri.tinh", "Dua-Xiem-Cau-Ngang-7"))).endsWith("/");
			var home = browser.get("/accounts");
			assertThat(home.statusCode()).isEqualTo(302);
			assertThat(Http.location(home)).endsWith("/account/password");

			var weak = browser.post("/account/password", "/account/password", Map.of("currentPassword",
					"Dua-Xiem-Cau-Ngang-7", "newPassword", "matkhau2026", "confirmation", "matkhau2026"));
			assertThat(weak.statusCode()).isEqualTo(400);
			assertThat(weak.body()).contains("Mật khẩu này quá phổ biến");

			var changed = browser.post("/account/password", "/account/password",
					Map.of("currentPassword", "Dua-Xiem-Cau-Ngang-7", "newPassword", "Song Hau chay ra bien 2026",
							"confirmation", "Song Hau chay ra bien 2026"));
			assertThat(changed.statusCode()).isEqualTo(302);
			assertThat(browser.get("/accounts").statusCode()).as("the session carries on after the change")
				.isEqualTo(200);
			assertThat(jdbc.queryForObject("SELECT must_change_password FROM account WHERE username = 'quantri.tinh'",
					Boolean.class))
				.isFalse();

			Http again = new Http(app.port());
			assertThat(Http.location(again.login("quantri.tinh", "Dua-Xiem-Cau-Ngang-7")))
				.as("the environment's password no longer works")
				.contains("error");
		}
	}

	@Test
	void aWeakAdministratorPasswordStopsTheStartWithAMessageSayingWhy() throws Exception {
		try (FreshApplication app = new FreshApplication("giamngheo_weakadmin")) {
			assertThatThrownBy(() -> app
				.start(Map.of("giamngheo.admin.username", "quantri", "giamngheo.admin.password", "matkhau123456")))
				.hasStackTraceContaining("GIAMNGHEO_ADMIN_PASSWORD refused")
				.hasStackTraceContaining("common passwords");
		}
	}

}

package vn.giamngheo.account.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.giamngheo.account.PasswordPolicy;
import vn.giamngheo.account.persistence.AccountService;

/**
 * A fresh production install has no account to log in with. When no administrator exists,
 * this creates one from GIAMNGHEO_ADMIN_USERNAME and GIAMNGHEO_ADMIN_PASSWORD, who must
 * change the password at the first login (so the one in the server's environment stops
 * working). A weak password stops the start with a message that says why: an
 * administrator account with "admin123" on a public server is worse than no start at all.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountService accounts;

	private final PasswordEncoder passwords;

	private final String username;

	private final String password;

	FirstAdministrator(AccountService accounts, PasswordEncoder passwords,
			@Value("${giamngheo.admin.username:}") String username,
			@Value("${giamngheo.admin.password:}") String password) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.username = username == null ? "" : username.strip();
		this.password = password == null ? "" : password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.anyAdministrator()) {
			return;
		}
		if (username.isEmpty() || password.isEmpty()) {
			log.warn("No administrator account exists. Set GIAMNGHEO_ADMIN_USERNAME and GIAMNGHEO_ADMIN_PASSWORD and "
					+ "restart to create the first one (see src-docs/developer/operations.md).");
			return;
		}
		if (!username.matches("[a-z0-9._-]{3,50}")) {
			throw new IllegalStateException("GIAMNGHEO_ADMIN_USERNAME must be 3-50 characters: lower-case letters "
					+ "without accents, digits, '.', '_' or '-'. Tên đăng nhập quản trị không hợp lệ.");
		}
		PasswordPolicy.check(password, username).ifPresent(problem -> {
			throw new IllegalStateException("GIAMNGHEO_ADMIN_PASSWORD refused: " + explain(problem)
					+ " The first administrator was not created; choose a stronger password and restart.");
		});
		if (accounts.find(username).isPresent()) {
			throw new IllegalStateException("GIAMNGHEO_ADMIN_USERNAME '" + username + "' is taken by an account that "
					+ "is not an administrator; choose another name.");
		}
		accounts.createFirstAdministrator(username, passwords.encode(password));
		log.warn("Created the first administrator '{}' from GIAMNGHEO_ADMIN_USERNAME; the password must be changed "
				+ "at the first login.", username);
	}

	static String explain(PasswordPolicy.Problem problem) {
		return switch (problem) {
			case TOO_SHORT -> "it has fewer than " + PasswordPolicy.MIN_LENGTH + " characters "
					+ "(mật khẩu phải có ít nhất " + PasswordPolicy.MIN_LENGTH + " ký tự).";
			case TOO_LONG -> "it has more than " + PasswordPolicy.MAX_LENGTH + " characters.";
			case COMMON -> "it is on the list of common passwords (mật khẩu quá phổ biến, dễ đoán).";
			case SAME_AS_USERNAME -> "it contains the user name (mật khẩu không được chứa tên đăng nhập).";
		};
	}

}

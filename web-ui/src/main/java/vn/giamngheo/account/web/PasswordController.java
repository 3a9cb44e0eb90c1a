package vn.giamngheo.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.PasswordPolicy;
import vn.giamngheo.account.persistence.AccountService;

/**
 * Everyone changes their own password here; administrators reset another person's, who
 * must then change it.
 */
@Controller
class PasswordController {

	private final AccountService accounts;

	private final PasswordEncoder passwords;

	private final UserDetailsService users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(AccountService accounts, PasswordEncoder passwords, UserDetailsService users) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.users = users;
	}

	@GetMapping("/account/password")
	String form(Model model, AppUser caller) {
		model.addAttribute("mustChange", caller.isMustChangePassword());
		return "accounts/password";
	}

	@PostMapping("/account/password")
	String change(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmation,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
			AppUser user) {
		var account = accounts.find(user.getAccountId()).orElseThrow();
		String error = null;
		if (!passwords.matches(currentPassword, account.getPasswordHash())) {
			error = "password.current.wrong";
		}
		else if (!newPassword.equals(confirmation)) {
			error = "password.confirmation.mismatch";
		}
		else if (passwords.matches(newPassword, account.getPasswordHash())) {
			error = "password.unchanged";
		}
		else {
			error = PasswordPolicy.check(newPassword, user.getUsername()).map(p -> "password." + p.name()).orElse(null);
		}
		if (error != null) {
			model.addAttribute("mustChange", user.isMustChangePassword());
			model.addAttribute("error", error);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "accounts/password";
		}
		accounts.changeOwnPassword(user.getAccountId(), passwords.encode(newPassword));
		// The change bumped the account's version: carry the session over to the new one
		// instead of ending it.
		AppUser fresh = (AppUser) users.loadUserByUsername(user.getUsername());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		// Writing the new login is the security context's own business (the holder and
		// the session's repository);
		// reading the caller goes through the AppUser parameter like everywhere else.
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("flash", "flash.password.changed");
		return "redirect:/account/password";
	}

	@PostMapping("/accounts/{id}/password")
	String reset(@PathVariable long id, @RequestParam(defaultValue = "") String newPassword,
			RedirectAttributes redirect) {
		var account = accounts.find(id)
			.orElseThrow(() -> new vn.giamngheo.shared.persistence.NotFoundException("account", id));
		var problem = PasswordPolicy.check(newPassword, account.getUsername());
		if (problem.isPresent()) {
			redirect.addFlashAttribute("flashError", "password." + problem.get().name());
			return "redirect:/accounts";
		}
		accounts.resetPassword(id, passwords.encode(newPassword));
		redirect.addFlashAttribute("flash", "flash.password.reset");
		return "redirect:/accounts";
	}

}

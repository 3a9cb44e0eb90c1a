package vn.giamngheo.account.web;

import jakarta.validation.Valid;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.AccountAreas;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.persistence.AccountService;

/** Administrators create accounts, give them their areas, unlock and disable them. */
@Controller
@RequestMapping("/accounts")
class AccountController {

	private static final String FORM = "accounts/form";

	private final AccountService accounts;

	private final AccountAreas areas;

	private final PasswordEncoder passwords;

	AccountController(AccountService accounts, AccountAreas areas, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.areas = areas;
		this.passwords = passwords;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("areaNames", areas.assignable()
			.stream()
			.collect(java.util.stream.Collectors.toMap(AccountAreas.Assignable::id, AccountAreas.Assignable::name)));
		return "accounts/list";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("form", new AccountForm());
		return form(model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getPassword() == null || form.getPassword().isBlank()) {
			result.rejectValue("password", "account.password.tooShort");
		}
		else if (!result.hasFieldErrors("password")) {
			vn.giamngheo.account.PasswordPolicy.check(form.getPassword(), form.getUsername())
				.ifPresent(p -> result.rejectValue("password", "password." + p.name()));
		}
		if (result.hasErrors()) {
			return form(model);
		}
		var problem = accounts.create(form.getUsername(), passwords.encode(form.getPassword()), form.getFullName(),
				form.getRole(), form.getAreaIds());
		if (problem.isPresent()) {
			String field = problem.get() == AccountService.Problem.USERNAME_TAKEN ? "username" : "areaIds";
			result.rejectValue(field, "account.problem." + problem.get().name());
			return form(model);
		}
		redirect.addFlashAttribute("flash", "flash.account.created");
		return "redirect:/accounts";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		accounts.unlock(id);
		redirect.addFlashAttribute("flash", "flash.account.unlocked");
		return "redirect:/accounts";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id) {
		accounts.setEnabled(id, true);
		return "redirect:/accounts";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id) {
		accounts.setEnabled(id, false);
		return "redirect:/accounts";
	}

	private String form(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("areaChoices", areas.assignable());
		return FORM;
	}

}

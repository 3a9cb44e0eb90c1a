package vn.giamngheo.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.giamngheo.account.Role;
import vn.giamngheo.account.Scope;

/** Sends each role to where its work starts. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Scope scope) {
		Role role = scope.role();
		return switch (role) {
			case COMMUNE_OFFICIAL, DISTRICT_OFFICER -> "redirect:/households";
			case PROVINCIAL_VIEWER -> "redirect:/summary";
			case ADMIN -> "redirect:/accounts";
			case DATA_PROTECTION_OFFICER -> "redirect:/audit";
		};
	}

}

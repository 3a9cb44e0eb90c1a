package vn.giamngheo.help.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.giamngheo.shared.persistence.NotFoundException;

/**
 * The user guide, served by the application: /help (the contents) and
 * /help/{page}#{section}.
 */
@Controller
class HelpController {

	private final UserGuide guide;

	private final vn.giamngheo.review.web.TierLabels tier;

	HelpController(UserGuide guide, vn.giamngheo.review.web.TierLabels tier) {
		this.guide = guide;
		this.tier = tier;
	}

	@GetMapping("/help")
	String index(Model model, HttpServletRequest request) {
		return page("README", model, request);
	}

	@GetMapping("/help/{page}")
	String page(@PathVariable String page, Model model, HttpServletRequest request) {
		UserGuide.Page found = guide.page(page, request.getContextPath())
			.orElseThrow(() -> new NotFoundException("help page", page));
		// The reader's province today: no "huyện" where there is no district (issue 14).
		model.addAttribute("guide", tier.districtToday() ? found.withDistricts() : found.forTwoLevel());
		return "help/page";
	}

}

package vn.giamngheo.review.steps.web;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.area.AreaView;
import vn.giamngheo.area.persistence.AreaQueries;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.StepsRefused;
import vn.giamngheo.review.steps.persistence.RegularRoundRecords;
import vn.giamngheo.review.steps.persistence.ReviewDeadlines;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * Regular reviews on application (Decision 24/2021/QĐ-TTg, Art. 5): the Form 04
 * applications of a commune with their 15-day deadline, the overdue list of the communes
 * in scope, and the written refusal of a household not accepted.
 */
@Controller
@RequestMapping("/reviews/steps")
class DeadlinesController {

	private final ReviewDeadlines deadlines;

	private final AreaQueries areas;

	private final RefusalPdf refusalPdf;

	private final RegularRoundRecords round;

	DeadlinesController(ReviewDeadlines deadlines, AreaQueries areas, RefusalPdf refusalPdf,
			RegularRoundRecords round) {
		this.deadlines = deadlines;
		this.areas = areas;
		this.refusalPdf = refusalPdf;
		this.round = round;
	}

	@GetMapping("/regular")
	String regular(@RequestParam(required = false) Long commune, Model model, Scope scope, AppUser caller) {
		return render(commune, null, model, scope, caller);
	}

	private String render(Long commune, StepForm failed, Model model, Scope scope, AppUser caller) {
		List<AreaView> communes = areas.all(scope.communeIds());
		if (communes.isEmpty()) {
			throw new OutOfScopeException("no commune in scope");
		}
		long chosen = commune != null ? commune : communes.get(0).id();
		model.addAttribute("communes", communes);
		model.addAttribute("commune", areas.get(chosen));
		model.addAttribute("applications", deadlines.regularApplications(chosen, scope));
		model.addAttribute("round", round.round(chosen, scope));
		model.addAttribute("mayWrite", vn.giamngheo.review.steps.persistence.ReviewStepRecords.mayWrite(scope, chosen));
		model.addAttribute("days", StepRules.REGULAR_DECISION_DAYS);
		model.addAttribute("digestEmail", scope.role() == vn.giamngheo.account.Role.COMMUNE_OFFICIAL
				? deadlines.digestAddress(caller.getUsername()).orElse("") : null);
		model.addAttribute("failed", failed == null ? "" : failed.name);
		model.addAttribute("values", failed == null ? java.util.Map.of() : failed.values);
		model.addAttribute("errors", failed == null ? java.util.Map.of() : failed.errors);
		return "reviews/steps/regular";
	}

	@PostMapping("/regular")
	String addRegular(@RequestParam long commune, @RequestParam(required = false) String householdCode,
			@RequestParam(required = false) String receivedOn, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		StepForm form = new StepForm("application");
		try {
			deadlines.addRegularApplication(commune, form.text("householdCode", householdCode),
					form.date("receivedOn", receivedOn), form.text("note", note), scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "steps.flash.application");
			return "redirect:/reviews/steps/regular?commune=" + commune;
		}
		catch (StepsRefused refused) {
			form.add(refused);
			return render(commune, form, model, scope, caller);
		}
	}

	/**
	 * Step 3 of the regular round (Art. 5, applying Art. 4(3)): a village meeting with
	 * its show of hands.
	 */
	@PostMapping("/regular/meetings")
	String regularMeeting(@RequestParam long commune, @RequestParam(required = false) String village,
			@RequestParam(required = false) String heldOn, @RequestParam(required = false) String attendees,
			@RequestParam(required = false) String votesFor, @RequestParam(required = false) String votesAgainst,
			Model model, RedirectAttributes redirect, Scope scope, AppUser caller) {
		StepForm form = new StepForm("regularMeeting");
		StepRules.Meeting meeting = new StepRules.Meeting(form.date("heldOn", heldOn), form.text("village", village),
				form.number("attendees", attendees), form.number("votesFor", votesFor),
				form.number("votesAgainst", votesAgainst));
		try {
			if (form.hasErrors()) {
				// The other fields' messages too, at once; nothing is stored.
				StepsRefused.throwIfAny(StepRules.checkMeeting(meeting, null, java.time.LocalDate.MAX));
				return render(commune, form, model, scope, caller);
			}
			round.recordMeeting(commune, meeting, scope, caller.getUsername());
			redirect.addFlashAttribute("flash",
					meeting.agreed() ? "steps.flash.meetingAgreed" : "steps.flash.meetingNotAgreed");
			return "redirect:/reviews/steps/regular?commune=" + commune;
		}
		catch (StepsRefused refused) {
			form.add(refused);
			return render(commune, form, model, scope, caller);
		}
	}

	/**
	 * Step 4 of the regular round (Art. 5, applying Art. 4(4)): the public posting after
	 * an agreeing meeting.
	 */
	@PostMapping("/regular/postings")
	String regularPosting(@RequestParam long commune, @RequestParam(required = false) String startsOn,
			@RequestParam(required = false) String endsOn, @RequestParam(required = false) String place, Model model,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		StepForm form = new StepForm("regularPosting");
		StepRules.Posting posting = new StepRules.Posting(form.date("startsOn", startsOn), form.date("endsOn", endsOn),
				form.text("place", place));
		try {
			if (form.hasErrors()) {
				return render(commune, form, model, scope, caller);
			}
			round.recordPosting(commune, posting, scope, caller.getUsername());
			redirect.addFlashAttribute("flash", "steps.flash.posting");
			return "redirect:/reviews/steps/regular?commune=" + commune;
		}
		catch (StepsRefused refused) {
			form.add(refused);
			return render(commune, form, model, scope, caller);
		}
	}

	/** The commune official's own address for the e-mail digest of the work queue. */
	@PostMapping("/digest-address")
	String digestAddress(@RequestParam(required = false) Long commune, @RequestParam(required = false) String email,
			Model model, RedirectAttributes redirect, Scope scope, AppUser caller) {
		StepForm form = new StepForm("digest");
		try {
			deadlines.setDigestAddress(scope, caller.getUsername(), form.text("email", email));
			redirect.addFlashAttribute("flash", "steps.flash.digestSaved");
			return "redirect:/reviews/steps/regular" + (commune == null ? "" : "?commune=" + commune);
		}
		catch (StepsRefused refused) {
			form.add(refused);
			return render(commune, form, model, scope, caller);
		}
	}

	/**
	 * The named overdue list of the communes the caller works in, with the counts per
	 * commune.
	 */
	@GetMapping("/overdue")
	String overdue(Model model, Scope scope) {
		model.addAttribute("counts", deadlines.overdueByCommune(scope));
		model.addAttribute("overdue", deadlines.overdueApplications(scope));
		model.addAttribute("days", StepRules.REGULAR_DECISION_DAYS);
		return "reviews/steps/overdue";
	}

	@GetMapping("/applications/{id}/refusal.pdf")
	ResponseEntity<byte[]> refusal(@PathVariable long id, Scope scope) {
		var letter = deadlines.refusal(id, scope);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("tu-choi-" + letter.householdCode() + ".pdf")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(refusalPdf.render(letter));
	}

}

package vn.giamngheo.review.steps.web;

import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.review.steps.ComplaintOutcome;
import vn.giamngheo.review.steps.ScanFile;
import vn.giamngheo.review.steps.StepRules;
import vn.giamngheo.review.steps.StepsRefused;
import vn.giamngheo.review.steps.persistence.ReviewStepRecords;
import vn.giamngheo.review.steps.persistence.StepsRecords.Scan;

/**
 * The recorded steps of a commune's list in a periodic review (Decision 24/2021/QĐ-TTg,
 * Art. 4): one page in the order of the Decision, a form per step. A form with mistakes
 * comes back with every message next to its field.
 */
@Controller
@RequestMapping("/reviews/steps/campaigns/{campaign}/communes/{commune}")
class StepsController {

	private final ReviewStepRecords records;

	StepsController(ReviewStepRecords records) {
		this.records = records;
	}

	@GetMapping
	String page(@PathVariable long campaign, @PathVariable long commune, Model model, Scope scope) {
		return render(campaign, commune, null, model, scope);
	}

	private String render(long campaign, long commune, StepForm failed, Model model, Scope scope) {
		var steps = records.steps(campaign, commune, scope);
		model.addAttribute("steps", steps);
		if (failed == null && steps.posting() != null) {
			// The posting's form shows what is recorded, to be corrected rather than
			// typed again.
			failed = new StepForm("posting");
			failed.text("startsOn", StepForm.DATE.format(steps.posting().record().startsOn()));
			failed.text("endsOn", StepForm.DATE.format(steps.posting().record().endsOn()));
			failed.text("place", steps.posting().record().place());
		}
		model.addAttribute("failed", failed == null ? "" : failed.name);
		model.addAttribute("values", failed == null ? java.util.Map.of() : failed.values);
		model.addAttribute("errors", failed == null ? java.util.Map.of() : failed.errors);
		model.addAttribute("outcomes", ComplaintOutcome.values());
		model.addAttribute("minAgreement", StepRules.MEETING_MIN_AGREEMENT_PERCENT);
		model.addAttribute("minPostingDays", StepRules.POSTING_MIN_WORKING_DAYS);
		model.addAttribute("maxScanMb", StepRules.SCAN_MAX_BYTES / (1024 * 1024));
		return "reviews/steps/list";
	}

	private String done(long campaign, long commune, String flash, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/reviews/steps/campaigns/" + campaign + "/communes/" + commune;
	}

	/**
	 * A refusal about the list as a whole (it is locked) goes to the top of the page, the
	 * others next to fields.
	 */
	private String failed(long campaign, long commune, StepForm form, StepsRefused refused, Model model,
			RedirectAttributes redirect, Scope scope) {
		if (refused.problems().size() == 1 && refused.problems().get(0).field().equals("action")) {
			redirect.addFlashAttribute("problem", refused.problems().get(0).messageKey());
			return "redirect:/reviews/steps/campaigns/" + campaign + "/communes/" + commune;
		}
		form.add(refused);
		return render(campaign, commune, form, model, scope);
	}

	@PostMapping("/applications")
	String application(@PathVariable long campaign, @PathVariable long commune,
			@RequestParam(required = false) String householdCode, @RequestParam(required = false) String receivedOn,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect, Scope scope,
			AppUser caller) {
		StepForm form = new StepForm("application");
		try {
			records.addApplication(campaign, commune, form.text("householdCode", householdCode),
					form.date("receivedOn", receivedOn), form.text("note", note), scope, caller.getUsername());
			return form.hasErrors() ? render(campaign, commune, form, model, scope)
					: done(campaign, commune, "steps.flash.application", redirect);
		}
		catch (StepsRefused refused) {
			return failed(campaign, commune, form, refused, model, redirect, scope);
		}
	}

	@PostMapping("/meetings")
	String meeting(@PathVariable long campaign, @PathVariable long commune,
			@RequestParam(required = false) String village, @RequestParam(required = false) String heldOn,
			@RequestParam(required = false) String attendees, @RequestParam(required = false) String votesFor,
			@RequestParam(required = false) String votesAgainst, @RequestParam(required = false) MultipartFile minutes,
			Model model, RedirectAttributes redirect, Scope scope, AppUser caller) throws IOException {
		StepForm form = new StepForm("meeting");
		StepRules.Meeting meeting = new StepRules.Meeting(form.date("heldOn", heldOn), form.text("village", village),
				form.number("attendees", attendees), form.number("votesFor", votesFor),
				form.number("votesAgainst", votesAgainst));
		try {
			ScanFile scan = null;
			if (minutes != null && !minutes.isEmpty()) {
				try {
					scan = ScanFile.check(minutes.getBytes(), minutes.getOriginalFilename());
				}
				catch (StepsRefused refused) {
					form.errors.put("minutes", refused.problems().get(0).messageKey());
				}
			}
			if (form.hasErrors()) {
				// Check the other fields too, so every message shows at once; nothing is
				// stored.
				StepsRefused.throwIfAny(StepRules.checkMeeting(meeting,
						new vn.giamngheo.review.steps.Period(java.time.LocalDate.MIN, java.time.LocalDate.MAX),
						java.time.LocalDate.MAX));
				return render(campaign, commune, form, model, scope);
			}
			records.recordMeeting(campaign, commune, meeting, scan, scope, caller.getUsername());
			return done(campaign, commune,
					meeting.agreed() ? "steps.flash.meetingAgreed" : "steps.flash.meetingNotAgreed", redirect);
		}
		catch (StepsRefused refused) {
			return failed(campaign, commune, form, refused, model, redirect, scope);
		}
	}

	@PostMapping("/posting")
	String posting(@PathVariable long campaign, @PathVariable long commune,
			@RequestParam(required = false) String startsOn, @RequestParam(required = false) String endsOn,
			@RequestParam(required = false) String place, @RequestParam(defaultValue = "-1") long version, Model model,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		StepForm form = new StepForm("posting");
		try {
			records.recordPosting(
					campaign, commune, new StepRules.Posting(form.date("startsOn", startsOn),
							form.date("endsOn", endsOn), form.text("place", place)),
					version, scope, caller.getUsername());
			return done(campaign, commune, "steps.flash.posting", redirect);
		}
		catch (StepsRefused refused) {
			return failed(campaign, commune, form, refused, model, redirect, scope);
		}
	}

	@PostMapping("/complaints")
	String complaint(@PathVariable long campaign, @PathVariable long commune,
			@RequestParam(required = false) String complaintHousehold,
			@RequestParam(required = false) String complainant,
			@RequestParam(required = false) String complaintReceivedOn, @RequestParam(required = false) String content,
			Model model, RedirectAttributes redirect, Scope scope, AppUser caller) {
		StepForm form = new StepForm("complaint");
		try {
			records.addComplaint(campaign, commune, form.text("complaintHousehold", complaintHousehold),
					new StepRules.Complaint(form.text("complainant", complainant),
							form.date("complaintReceivedOn", complaintReceivedOn), form.text("content", content)),
					scope, caller.getUsername());
			return done(campaign, commune, "steps.flash.complaint", redirect);
		}
		catch (StepsRefused refused) {
			// The complaint form's own field names, where they differ from the rules'
			// ones.
			StepsRefused renamed = new StepsRefused(refused.problems().stream().map(p -> switch (p.field()) {
				case "receivedOn" -> new vn.giamngheo.review.steps.StepProblem("complaintReceivedOn", p.messageKey());
				case "householdCode" -> new vn.giamngheo.review.steps.StepProblem("complaintHousehold", p.messageKey());
				default -> p;
			}).toList());
			return failed(campaign, commune, form, renamed, model, redirect, scope);
		}
	}

	@PostMapping("/complaints/{id}/settle")
	String settle(@PathVariable long campaign, @PathVariable long commune, @PathVariable long id,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String settledOn,
			@RequestParam(required = false) String recheckNote, @RequestParam long version, Model model,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		StepForm form = new StepForm("settle-" + id);
		ComplaintOutcome chosen = null;
		form.text("outcome", outcome);
		if (outcome != null && !outcome.isBlank()) {
			try {
				chosen = ComplaintOutcome.valueOf(outcome);
			}
			catch (IllegalArgumentException ex) {
				form.errors.put("outcome", "steps.complaint.outcomeRequired");
			}
		}
		try {
			records.settleComplaint(id, chosen, form.date("settledOn", settledOn),
					form.text("recheckNote", recheckNote), version, scope, caller.getUsername());
			return done(campaign, commune, "steps.flash.settled", redirect);
		}
		catch (StepsRefused refused) {
			return failed(campaign, commune, form, refused, model, redirect, scope);
		}
	}

	@PostMapping("/decision-scan")
	String decisionScan(@PathVariable long campaign, @PathVariable long commune,
			@RequestParam(required = false) MultipartFile scan, Model model, RedirectAttributes redirect, Scope scope,
			AppUser caller) throws IOException {
		StepForm form = new StepForm("decision");
		try {
			records.storeDecisionScan(campaign, commune, ScanFile.check(scan == null ? null : scan.getBytes(),
					scan == null ? null : scan.getOriginalFilename()), scope, caller.getUsername());
			return done(campaign, commune, "steps.flash.decisionScan", redirect);
		}
		catch (StepsRefused refused) {
			return failed(campaign, commune, form, refused, model, redirect, scope);
		}
	}

	@GetMapping("/decision-scan")
	ResponseEntity<byte[]> decisionScanFile(@PathVariable long campaign, @PathVariable long commune, Scope scope) {
		return download(records.decisionScan(campaign, commune, scope));
	}

	@GetMapping("/meetings/{id}/minutes")
	ResponseEntity<byte[]> minutes(@PathVariable long campaign, @PathVariable long commune, @PathVariable long id,
			Scope scope) {
		return download(records.minutes(id, scope));
	}

	static ResponseEntity<byte[]> download(Scan scan) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(scan.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(scan.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(scan.content());
	}

}

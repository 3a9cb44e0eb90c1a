package vn.giamngheo.review.sheet.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.review.persistence.sheet.CellError;
import vn.giamngheo.review.persistence.sheet.ReviewSheets;
import vn.giamngheo.review.persistence.sheet.ReviewSheets.SheetInfo;
import vn.giamngheo.shared.persistence.ConcurrentEditException;
import vn.giamngheo.shared.persistence.NotFoundException;

/**
 * The Excel round trip of a commune's review: download the pre-filled sheet, upload it
 * for a dry run that lists every bad cell, then confirm to write it all in one
 * transaction. With JavaScript the upload is checked in the background and the page polls
 * its progress; without, the same form posts and the result page comes back when the
 * check is done.
 */
@Controller
@RequestMapping("/reviews/campaigns/{campaignId}/communes/{communeId}")
class ReviewSheetController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReviewSheets sheets;

	private final ReviewSheetWorkbook workbook;

	private final SheetUploads uploads;

	ReviewSheetController(ReviewSheets sheets, ReviewSheetWorkbook workbook, SheetUploads uploads) {
		this.sheets = sheets;
		this.workbook = workbook;
		this.uploads = uploads;
	}

	@GetMapping("/sheet.xlsx")
	ResponseEntity<byte[]> sheet(@PathVariable long campaignId, @PathVariable long communeId, Scope scope) {
		ReviewSheets.SheetData data = sheets.sheet(campaignId, communeId, scope);
		String name = "ra-soat-" + data.campaign().year() + "-" + communeId + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(workbook.write(data));
	}

	@GetMapping("/upload")
	String form(@PathVariable long campaignId, @PathVariable long communeId, Model model, Scope scope) {
		model.addAttribute("info", sheets.info(campaignId, communeId, scope));
		return "reviews/sheet/upload";
	}

	/**
	 * From the page's script: starts the check in the background and answers with where
	 * to follow it.
	 */
	@PostMapping(value = "/upload", headers = "X-Requested-With=fetch")
	@ResponseBody
	Map<String, Object> uploadInBackground(@PathVariable long campaignId, @PathVariable long communeId,
			@RequestParam("file") MultipartFile file, jakarta.servlet.http.HttpServletRequest request, Scope scope,
			AppUser caller) throws IOException {
		refuseOversized(file);
		SheetInfo info = sheets.info(campaignId, communeId, scope);
		SheetUploads.Upload upload = uploads.create(caller.getUsername(), campaignId, communeId,
				file.getOriginalFilename());
		byte[] bytes = file.getBytes();
		uploads.runInBackground(upload, () -> process(upload, bytes, info, scope));
		String base = request.getContextPath() + "/reviews/campaigns/" + campaignId + "/communes/" + communeId
				+ "/upload/";
		return Map.of("token", upload.token, "progressUrl", base + "progress/" + upload.token, "resultUrl",
				base + "result/" + upload.token);
	}

	/** Without script: checks while the browser waits and shows the result. */
	@PostMapping("/upload")
	String upload(@PathVariable long campaignId, @PathVariable long communeId, @RequestParam("file") MultipartFile file,
			Model model, Scope scope, AppUser caller) throws IOException {
		refuseOversized(file);
		SheetInfo info = sheets.info(campaignId, communeId, scope);
		SheetUploads.Upload upload = uploads.create(caller.getUsername(), campaignId, communeId,
				file.getOriginalFilename());
		process(upload, file.getBytes(), info, scope);
		return show(upload, info, model);
	}

	/**
	 * A review sheet of a whole commune stays far below 20 MB; the server accepts larger
	 * multipart bodies only for the register import, so the sheet keeps its own cap
	 * (answered as the 413 page).
	 */
	private static void refuseOversized(MultipartFile file) {
		if (file.getSize() > SHEET_MAX_BYTES) {
			throw new org.springframework.web.multipart.MaxUploadSizeExceededException(SHEET_MAX_BYTES);
		}
	}

	static final long SHEET_MAX_BYTES = 20L * 1024 * 1024;

	@GetMapping("/upload/progress/{token}")
	@ResponseBody
	Map<String, Object> progress(@PathVariable long campaignId, @PathVariable long communeId,
			@PathVariable String token, AppUser caller) {
		SheetUploads.Upload upload = find(token, campaignId, communeId, caller);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("phase", upload.phase);
		json.put("done", upload.done);
		json.put("total", upload.total);
		json.put("percent", upload.percent());
		json.put("finished", upload.finished());
		return json;
	}

	@GetMapping("/upload/result/{token}")
	String result(@PathVariable long campaignId, @PathVariable long communeId, @PathVariable String token, Model model,
			Scope scope, AppUser caller) {
		SheetUploads.Upload upload = find(token, campaignId, communeId, caller);
		return show(upload, sheets.info(campaignId, communeId, scope), model);
	}

	/** Writes the checked sheet in one transaction; it is checked again inside it. */
	@PostMapping("/upload/confirm")
	String confirm(@PathVariable long campaignId, @PathVariable long communeId, @RequestParam String token, Model model,
			RedirectAttributes redirect, Scope scope, AppUser caller) {
		SheetInfo info = sheets.info(campaignId, communeId, scope);
		SheetUploads.Upload upload = find(token, campaignId, communeId, caller);
		if (upload.result == null || !upload.result.ok() || upload.written) {
			return show(upload, info, model);
		}
		try {
			ReviewSheets.Result result = sheets.write(campaignId, communeId, upload.rows, scope, caller.getUsername(),
					(phase, done, total) -> {
						upload.phase = phase;
						upload.done = done;
						upload.total = total;
					});
			if (!result.written()) { // something changed since the dry run: show what
				upload.result = result;
				return show(upload, info, model);
			}
			upload.written = true;
			uploads.forget(token);
			redirect.addFlashAttribute("flash", "reviewSheet.flash.written");
			redirect.addFlashAttribute("flashArgs", List.of(result.toWrite(), result.created(), result.updated()));
			return "redirect:/reviews/campaigns/" + campaignId + "/communes/" + communeId + "/upload";
		}
		catch (ConcurrentEditException ex) {
			model.addAttribute("problem", "reviewSheet.error.concurrent");
			return show(upload, info, model);
		}
	}

	private void process(SheetUploads.Upload upload, byte[] bytes, SheetInfo info, Scope scope) {
		try {
			ReviewSheetWorkbook.Upload read = workbook.read(new ByteArrayInputStream(bytes), info.layout());
			upload.rows = read.rows();
			if (!read.signature().isEmpty() && !read.signature().equals(info.signature())) {
				upload.result = new ReviewSheets.Result(read.rows().size(), 0, 0, 0,
						List.of(new CellError(0, "", "", "reviewSheet.error.otherSheet")), false);
				return;
			}
			upload.phase = "check";
			upload.total = read.rows().size();
			upload.result = sheets.check(info.campaign().id(), info.communeId(), read.rows(), scope,
					(phase, done, total) -> {
						upload.phase = phase;
						upload.done = done;
						upload.total = total;
					});
		}
		catch (ReviewSheetWorkbook.Unreadable ex) {
			upload.failureKey = ex.messageKey;
		}
	}

	private String show(SheetUploads.Upload upload, SheetInfo info, Model model) {
		model.addAttribute("info", info);
		model.addAttribute("token", upload.token);
		model.addAttribute("fileName", upload.fileName == null ? "" : upload.fileName);
		model.addAttribute("result", upload.result);
		model.addAttribute("failureKey", upload.failureKey);
		model.addAttribute("pending", !upload.finished());
		return "reviews/sheet/upload";
	}

	private SheetUploads.Upload find(String token, long campaignId, long communeId, AppUser caller) {
		return uploads.find(token, caller.getUsername(), campaignId, communeId)
			.orElseThrow(() -> new NotFoundException("upload", 0));
	}

}

package vn.giamngheo.household.importing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
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
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.household.importing.RegisterColumn;
import vn.giamngheo.household.persistence.importing.ColumnMapping;
import vn.giamngheo.household.persistence.importing.RegisterImports;
import vn.giamngheo.shared.persistence.NotFoundException;

/**
 * The register import page: download the template, upload a file for a dry run that lists
 * every bad cell (and asks which column is which when the file has another layout), then
 * confirm to write it all in one transaction. With JavaScript the check and the write run
 * in the background while the page polls a progress bar; without, the same forms post and
 * the answer comes when the work is done.
 */
@Controller
@RequestMapping("/households/import")
class ImportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RegisterImports imports;

	private final ImportUploads uploads;

	private final RegisterTemplate template;

	ImportController(RegisterImports imports, ImportUploads uploads, RegisterTemplate template) {
		this.imports = imports;
		this.uploads = uploads;
		this.template = template;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("columns", RegisterColumn.headers());
		model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
		return "households/import";
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> templateXlsx() {
		return download("mau-nhap-so-ho.xlsx", XLSX, template.xlsx());
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> templateCsv() {
		return download("mau-nhap-so-ho.csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				template.csv());
	}

	@PostMapping(headers = "X-Requested-With=fetch")
	@ResponseBody
	Map<String, Object> uploadInBackground(@RequestParam("file") MultipartFile file, HttpServletRequest request,
			Scope scope, AppUser caller) throws IOException {
		ImportUploads.Upload upload = check(file.getOriginalFilename(), file.getBytes(), Map.of(), true, scope, caller);
		return follow(upload, request);
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, Model model, Scope scope, AppUser caller)
			throws IOException {
		return show(check(file.getOriginalFilename(), file.getBytes(), Map.of(), false, scope, caller), model);
	}

	/**
	 * The mapping step: the official said which of the file's columns is which template
	 * column.
	 */
	@PostMapping("/map")
	String map(@RequestParam String token, @RequestParam Map<String, String> params, Model model, AppUser caller,
			Scope scope) {
		ImportUploads.Upload previous = find(token, caller);
		if (previous.result == null) {
			return show(previous, model);
		}
		RegisterImports.Stored stored = imports.stored(previous.result.importId(), caller.getUsername());
		Map<String, String> chosen = params.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("map."))
			.collect(Collectors.toMap(e -> e.getKey().substring(4), Map.Entry::getValue));
		return show(check(stored.fileName(), stored.content(), chosen, false, scope, caller), model);
	}

	@GetMapping("/progress/{token}")
	@ResponseBody
	Map<String, Object> progress(@PathVariable String token, AppUser caller) {
		ImportUploads.Upload upload = find(token, caller);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("phase", upload.phase);
		json.put("done", upload.done);
		json.put("total", upload.total);
		json.put("percent", upload.percent());
		json.put("finished", upload.finished());
		return json;
	}

	@GetMapping("/result/{token}")
	String result(@PathVariable String token, Model model, AppUser caller) {
		return show(find(token, caller), model);
	}

	@PostMapping(value = "/confirm", headers = "X-Requested-With=fetch")
	@ResponseBody
	Map<String, Object> confirmInBackground(@RequestParam String token, HttpServletRequest request, Scope scope,
			AppUser caller) {
		return follow(confirm(find(token, caller), true, scope, caller), request);
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam String token, Model model, Scope scope, AppUser caller) {
		return show(confirm(find(token, caller), false, scope, caller), model);
	}

	private ImportUploads.Upload check(String fileName, byte[] bytes, Map<String, String> chosen, boolean background,
			Scope scope, AppUser caller) {
		String user = caller.getUsername();
		ImportUploads.Upload upload = uploads.create(user, fileName);
		uploads.run(upload, () -> upload.result = imports.check(ImportUploads.open(fileName, bytes), fileName, bytes,
				ColumnMapping.chosen(chosen), scope, user, upload), background);
		return upload;
	}

	/** Writes a checked file; it is checked again inside the write's transaction. */
	private ImportUploads.Upload confirm(ImportUploads.Upload checked, boolean background, Scope scope,
			AppUser caller) {
		if (checked.result == null || !checked.result.ok() || checked.result.written() || checked.running) {
			return checked;
		}
		String user = caller.getUsername();
		long importId = checked.result.importId();
		ImportUploads.Upload upload = uploads.create(user, checked.fileName);
		uploads.run(upload, () -> {
			RegisterImports.Stored stored = imports.stored(importId, user);
			upload.result = imports.confirm(importId, ImportUploads.open(stored.fileName(), stored.content()), scope,
					user, upload);
		}, background);
		return upload;
	}

	private Map<String, Object> follow(ImportUploads.Upload upload, HttpServletRequest request) {
		String base = request.getContextPath() + "/households/import/";
		return Map.of("token", upload.token, "progressUrl", base + "progress/" + upload.token, "resultUrl",
				base + "result/" + upload.token);
	}

	private String show(ImportUploads.Upload upload, Model model) {
		model.addAttribute("columns", RegisterColumn.headers());
		model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
		model.addAttribute("token", upload.token);
		model.addAttribute("fileName", upload.fileName == null ? "" : upload.fileName);
		model.addAttribute("result", upload.result);
		model.addAttribute("failureKey", upload.failureKey);
		model.addAttribute("pending", !upload.finished());
		return "households/import";
	}

	private ImportUploads.Upload find(String token, AppUser caller) {
		return uploads.find(token, caller.getUsername()).orElseThrow(() -> new NotFoundException("import", 0));
	}

	private static ResponseEntity<byte[]> download(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}

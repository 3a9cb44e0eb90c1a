package vn.giamngheo.household.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.household.persistence.importing.ImportError;
import vn.giamngheo.household.persistence.importing.ImportResult;
import vn.giamngheo.household.persistence.importing.RegisterImports;
import vn.giamngheo.household.persistence.importing.UnreadableFileException;

/**
 * Register import for other systems: the same checks and the same single-transaction
 * write as the page, in the template of {@code GET /households/import/template.csv}. A
 * file with any error writes nothing, whatever {@code dryRun} says: a dry run answers 200
 * with the errors, a refused write 422 with the same body.
 */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Register import", description = "Nhập sổ hộ từ tệp / Household register import")
class ImportApiController {

	@Schema(name = "ImportRowError", description = "One bad cell: row as in the file (1 = header, 0 = whole file), "
			+ "template column (empty for the row or file), message in the caller's language (Vietnamese by default)")
	record RowError(@Schema(example = "5") int row, @Schema(example = "date_of_birth") String column, @Schema(
			example = "Ngày sinh “31/02/1980” không hợp lệ: ghi theo dạng ngày/tháng/năm, ví dụ 05/03/1980.") String message) {
	}

	@Schema(name = "ImportResponse")
	record ImportResponse(@Schema(description = "person rows in the file") int rows, int households, int members,
			List<RowError> errors, @Schema(description = "errors in all; at most 5,000 are listed") int errorCount,
			@Schema(description = "true when the households were written") boolean written,
			@Schema(description = "audit record of the file") Long importId,
			@Schema(description = "suspected duplicate pairs the import put in the queue") int duplicates) {
	}

	private final RegisterImports imports;

	private final MessageSource messages;

	ImportApiController(RegisterImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import households and members from .csv or .xlsx (dry run or write)",
			security = @SecurityRequirement(name = "basicAuth"),
			responses = {
					@ApiResponse(responseCode = "200", description = "Checked (dry run), or written",
							content = @Content(schema = @Schema(implementation = ImportResponse.class))),
					@ApiResponse(responseCode = "422",
							description = "Write refused: the file has errors; nothing written",
							content = @Content(schema = @Schema(implementation = ImportResponse.class))),
					@ApiResponse(responseCode = "409",
							description = "The register changed during the write; nothing written",
							content = @Content(schema = @Schema(implementation = ImportResponse.class))),
					@ApiResponse(responseCode = "401", description = "Not authenticated"),
					@ApiResponse(responseCode = "403", description = "Not a commune official or district officer") })
	ResponseEntity<ImportResponse> importFile(
			@Parameter(description = "true: check only; false: check and write if there is no error") @RequestParam(
					defaultValue = "true") boolean dryRun,
			@Parameter(description = "the register, in the template's columns") @RequestPart("file") MultipartFile file,
			Scope scope, AppUser caller) throws IOException {
		String user = caller.getUsername();
		byte[] bytes = file.getBytes();
		ImportResult result;
		try {
			var register = ImportUploads.open(file.getOriginalFilename(), bytes);
			result = dryRun
					? imports.check(register, file.getOriginalFilename(), bytes, Map.of(), scope, user,
							vn.giamngheo.household.persistence.importing.ImportProgress.NONE)
					: imports.importNow(register, file.getOriginalFilename(), bytes, Map.of(), scope, user,
							vn.giamngheo.household.persistence.importing.ImportProgress.NONE);
		}
		catch (UnreadableFileException ex) {
			result = new ImportResult(0, 0, 0, 0, List.of(new ImportError(0, "", ex.key(), ex.args())), 1, false, 0,
					null, List.of());
		}
		ImportResponse body = response(result);
		return ResponseEntity.status(!dryRun && !result.ok() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
			.body(body);
	}

	/**
	 * The same code or citizen ID written by someone else between the check and the
	 * write: nothing was written.
	 */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ResponseEntity<ImportResponse> changedMeanwhile() {
		ImportResult result = new ImportResult(0, 0, 0, 0,
				List.of(new ImportError(0, "", "import.error.changedMeanwhile", List.of())), 1, false, 0, null,
				List.of());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(response(result));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ImportResponse> noFile() {
		ImportResult result = new ImportResult(0, 0, 0, 0,
				List.of(new ImportError(0, "file", "import.error.noFile", List.of())), 1, false, 0, null, List.of());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(response(result));
	}

	private ImportResponse response(ImportResult result) {
		Locale locale = LocaleContextHolder.getLocale();
		List<RowError> errors = result.errors()
			.stream()
			.map(e -> new RowError(e.row(), e.column(), messages.getMessage(e.key(), e.args().toArray(), locale)))
			.toList();
		return new ImportResponse(result.rows(), result.households(), result.members(), errors, result.errorCount(),
				result.written(), result.importId() == 0 ? null : result.importId(), result.candidates());
	}

}

package vn.giamngheo.review.documents.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.giamngheo.account.Scope;
import vn.giamngheo.account.web.AppUser;
import vn.giamngheo.review.documents.web.CommuneListDocuments.Purpose;
import vn.giamngheo.review.persistence.sheet.ReviewDocuments;
import vn.giamngheo.shared.persistence.FieldProblem;

/**
 * The review's printable documents: a household's certificate, and a commune's lists for
 * public posting and for the district, as PDF and Excel. Scope is enforced by the
 * services (403 outside the caller's communes).
 */
@Controller
@RequestMapping("/reviews")
class ReviewDocumentsController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReviewDocuments documents;

	private final CertificatePdf certificates;

	private final CommuneListDocuments lists;

	ReviewDocumentsController(ReviewDocuments documents, CertificatePdf certificates, CommuneListDocuments lists) {
		this.documents = documents;
		this.certificates = certificates;
		this.lists = lists;
	}

	@GetMapping("/{reviewId}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long reviewId, Scope scope) {
		ReviewDocuments.Certificate certificate = documents.certificate(reviewId, scope);
		return file(certificates.render(certificate), MediaType.APPLICATION_PDF,
				"giay-chung-nhan-" + certificate.review().householdCode() + ".pdf", true);
	}

	@GetMapping("/campaigns/{campaignId}/communes/{communeId}/list.pdf")
	ResponseEntity<byte[]> listPdf(@PathVariable long campaignId, @PathVariable long communeId,
			@RequestParam(defaultValue = "POSTING") Purpose purpose, Scope scope, AppUser caller) {
		var data = documents.communeLists(campaignId, communeId, scope);
		return file(lists.pdf(data, purpose, caller.getFullName()), MediaType.APPLICATION_PDF,
				name(data, purpose) + ".pdf", true);
	}

	@GetMapping("/campaigns/{campaignId}/communes/{communeId}/list.xlsx")
	ResponseEntity<byte[]> listXlsx(@PathVariable long campaignId, @PathVariable long communeId,
			@RequestParam(defaultValue = "POSTING") Purpose purpose, Scope scope) {
		var data = documents.communeLists(campaignId, communeId, scope);
		return file(lists.xlsx(data, purpose), XLSX, name(data, purpose) + ".xlsx", false);
	}

	/**
	 * No certificate for a review not yet recognised, or for a household neither poor nor
	 * near-poor.
	 */
	@ExceptionHandler(FieldProblem.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String refused(FieldProblem problem, Model model) {
		model.addAttribute("messageKey", problem.messageKey());
		return "reviews/documents/refused";
	}

	private static String name(ReviewDocuments.CommuneLists data, Purpose purpose) {
		return (purpose == Purpose.POSTING ? "danh-sach-niem-yet-" : "ket-qua-ra-soat-") + data.campaign().year() + "-"
				+ data.list().communeId();
	}

	static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename, boolean inline) {
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(filename, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}

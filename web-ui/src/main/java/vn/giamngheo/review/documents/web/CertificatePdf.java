package vn.giamngheo.review.documents.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.CertificateValidity;
import vn.giamngheo.review.persistence.ReviewRecords.Review;
import vn.giamngheo.review.persistence.sheet.ReviewDocuments.Certificate;
import vn.giamngheo.review.persistence.sheet.ReviewDocuments.Member;
import vn.giamngheo.shared.web.documents.OfficialDocument;
import vn.giamngheo.shared.web.documents.PdfFonts;

/**
 * The certificate of a poor or near-poor household (Giấy chứng nhận hộ nghèo / hộ cận
 * nghèo), issued by the commune People's Committee after the chair's recognition decision
 * (Decision 24/2021/QĐ-TTg, Art. 4(5) and 5).
 *
 * <p>
 * UNCONFIRMED LEGAL FORM: the official template of the certificate (which annex, which
 * wording and fields) is not verified (domain README §2.3: "Other forms (meeting minutes,
 * certificate) are unverified"). This layout follows the usual administrative form
 * (national motto, issuing body, number, legal basis, signature block) and prints what
 * the decision establishes; check it against the official form before real use. The
 * validity printed (the calendar year after a periodic review, the rest of the year for a
 * regular review) is likewise unverified practice.
 */
@Component
class CertificatePdf {

	static final Locale VI = Locale.forLanguageTag("vi");

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	CertificatePdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(Certificate c) {
		Review r = c.review();
		String kind = r.category() == PovertyCategory.POOR ? "HỘ NGHÈO" : "HỘ CẬN NGHÈO";
		LocalDate issued = r.decisionDate() == null ? LocalDate.now() : r.decisionDate();
		// After the two-level reform (1 Jul 2025) an address has no district.
		String district = c.district() == null || !issued.isBefore(OfficialDocument.DISTRICTS_ABOLISHED) ? ""
				: ", huyện " + c.district();
		String province = c.province() == null ? "" : ", tỉnh " + c.province();
		LocalDate[] validity = validity(c);
		OfficialDocument doc = OfficialDocument
			.open(false, "Giấy chứng nhận " + kind.toLowerCase(VI) + " " + r.householdCode(),
					OfficialDocument.Issuer.commune("xã", c.commune()), certificateNumber(r), issued)
			.title("GIẤY CHỨNG NHẬN " + kind, "Năm " + validity[1].getYear());

		Font body = PdfFonts.regular(11);
		Font strong = PdfFonts.bold(11);
		doc.paragraph("Ủy ban nhân dân xã " + c.commune() + district + province + " chứng nhận:");
		Paragraph head = new Paragraph("Hộ gia đình ông/bà: ", body);
		head.add(new Chunk(r.headName(), strong));
		head.add(new Chunk("        Mã hộ: " + r.householdCode(), body));
		doc.paragraph(head);
		String address = c.address() + (c.address().contains(c.village()) ? "" : ", " + c.village())
				+ (c.address().contains(c.commune()) ? "" : ", xã " + c.commune());
		doc.paragraph("Địa chỉ: " + address + district + province);
		Paragraph is = new Paragraph("Là ", body);
		is.add(new Chunk(kind.toLowerCase(VI), strong));
		is.add(new Chunk(" theo " + standardName(c)
				+ (c.legalReference().isBlank() ? "" : ", căn cứ " + c.legalReference()) + ".", body));
		doc.paragraph(is);
		doc.paragraph("Được công nhận theo Quyết định số " + r.decisionNumber() + " ngày "
				+ (r.decisionDate() == null ? "" : DATE.format(r.decisionDate())) + " của Chủ tịch Ủy ban nhân dân xã "
				+ c.commune() + ".");
		doc.paragraph("Thời hạn: từ ngày " + DATE.format(validity[0]) + " đến ngày " + DATE.format(validity[1]) + ".");

		List<List<String>> rows = new ArrayList<>();
		int i = 0;
		for (Member m : c.members()) {
			rows.add(List.of(String.valueOf(++i), m.fullName(), DATE.format(m.dateOfBirth()),
					messages.getMessage("relationship." + m.relationship(), null, m.relationship(), VI)));
		}
		doc.table("Các thành viên trong hộ (" + c.members().size() + " người):", new float[] { 8, 47, 20, 25 },
				List.of("STT", "Họ và tên", "Ngày sinh", "Quan hệ với chủ hộ"), rows, null, Set.of(0), 10);
		return doc
			.signatures(List.of("Hộ gia đình;", "Lưu: VT."),
					List.of(new OfficialDocument.Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "")))
			.finish();
	}

	/**
	 * The standard as people call it, "chuẩn nghèo đa chiều giai đoạn 2022–2025" (Decree
	 * 07/2021/NĐ-CP), never its identifier and version.
	 */
	static String standardName(Certificate c) {
		Object[] years = vn.giamngheo.poverty.web.StandardNames.period(c.standardName(), c.validFrom(), c.validTo());
		return years[0].toString().isEmpty() ? "chuẩn nghèo đa chiều"
				: "chuẩn nghèo đa chiều giai đoạn " + years[0] + "–" + years[1];
	}

	/**
	 * From the decision to the end of the list's use, within the standard's period:
	 * {@link CertificateValidity}.
	 */
	static LocalDate[] validity(Certificate c) {
		Review r = c.review();
		LocalDate decided = r.decisionDate() != null ? r.decisionDate() : LocalDate.of(r.year(), 12, 31);
		CertificateValidity validity = CertificateValidity.of(decided, r.campaignId() != null, r.year(), c.validTo())
			.orElseThrow(() -> new vn.giamngheo.shared.persistence.FieldProblem("decisionDate",
					"review.certificate.afterStandard"));
		return new LocalDate[] { validity.from(), validity.to() };
	}

	private static String certificateNumber(Review r) {
		return r.householdCode() + "/GCN-" + (r.category() == PovertyCategory.POOR ? "HN" : "HCN");
	}

}

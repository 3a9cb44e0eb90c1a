package vn.giamngheo.review.documents.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import vn.giamngheo.review.CertificateValidity;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.persistence.ReviewRecords.Review;
import vn.giamngheo.review.persistence.sheet.ReviewDocuments.Certificate;
import vn.giamngheo.review.persistence.sheet.ReviewDocuments.Member;

/**
 * The certificate of a poor or near-poor household (Giấy chứng nhận hộ nghèo / hộ cận nghèo), issued by the commune
 * People's Committee after the chair's recognition decision (Decision 24/2021/QĐ-TTg, Art. 4(5) and 5).
 *
 * <p>UNCONFIRMED LEGAL FORM: the official template of the certificate (which annex, which wording and fields) is not
 * verified (domain README §2.3: "Other forms (meeting minutes, certificate) are unverified"). This layout follows the
 * usual administrative form (national motto, issuing body, number, legal basis, signature block) and prints what the
 * decision establishes; check it against the official form before real use. The validity printed (the calendar year
 * after a periodic review, the rest of the year for a regular review) is likewise unverified practice.
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
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 56, 56, 48, 48);
		PdfWriter.getInstance(doc, out);
		String kind = r.category() == PovertyCategory.POOR ? "HỘ NGHÈO" : "HỘ CẬN NGHÈO";
		doc.addTitle("Giấy chứng nhận " + kind.toLowerCase(VI) + " " + r.householdCode());
		doc.addCreator("GiảmNghèo");
		doc.open();

		PdfPTable header = new PdfPTable(new float[] { 40, 60 });
		header.setWidthPercentage(100);
		header.addCell(centred(new Phrase("ỦY BAN NHÂN DÂN\nXÃ " + c.commune().toUpperCase(VI), PdfFonts.bold(10))));
		header.addCell(centred(phrase(new Chunk("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", PdfFonts.bold(10)),
				new Chunk("Độc lập - Tự do - Hạnh phúc", PdfFonts.bold(10)).setUnderline(0.6f, -2f))));
		header.addCell(centred(new Phrase("Số: " + certificateNumber(r), PdfFonts.regular(10))));
		LocalDate issued = r.decisionDate() == null ? LocalDate.now() : r.decisionDate();
		header.addCell(centred(new Phrase(c.commune() + ", ngày " + two(issued.getDayOfMonth()) + " tháng "
				+ two(issued.getMonthValue()) + " năm " + issued.getYear(), PdfFonts.italic(10))));
		doc.add(header);

		Paragraph title = new Paragraph("\nGIẤY CHỨNG NHẬN " + kind, PdfFonts.bold(16));
		title.setAlignment(Element.ALIGN_CENTER);
		doc.add(title);
		LocalDate[] validity = validity(c);
		Paragraph period = new Paragraph("Năm " + validity[1].getYear(), PdfFonts.bold(12));
		period.setAlignment(Element.ALIGN_CENTER);
		period.setSpacingAfter(14);
		doc.add(period);

		Font body = PdfFonts.regular(11);
		Font strong = PdfFonts.bold(11);
		doc.add(para("Ủy ban nhân dân xã " + c.commune() + (c.district() == null ? "" : ", huyện " + c.district())
				+ (c.province() == null ? "" : ", tỉnh " + c.province()) + " chứng nhận:", body));
		Paragraph head = para("Hộ gia đình ông/bà: ", body);
		head.add(new Chunk(r.headName(), strong));
		head.add(new Chunk("        Mã hộ: " + r.householdCode(), body));
		doc.add(head);
		String address = c.address() + (c.address().contains(c.village()) ? "" : ", " + c.village())
				+ (c.address().contains(c.commune()) ? "" : ", xã " + c.commune());
		doc.add(para("Địa chỉ: " + address
				+ (c.district() == null ? "" : ", huyện " + c.district())
				+ (c.province() == null ? "" : ", tỉnh " + c.province()), body));
		Paragraph is = para("Là ", body);
		is.add(new Chunk(kind.toLowerCase(VI), strong));
		is.add(new Chunk(" theo chuẩn nghèo " + c.standardName() + " (phiên bản " + r.standardVersion() + ")"
				+ (c.legalReference().isBlank() ? "" : ", căn cứ " + c.legalReference()) + ".", body));
		doc.add(is);
		doc.add(para("Được công nhận theo Quyết định số " + r.decisionNumber() + " ngày "
				+ (r.decisionDate() == null ? "" : DATE.format(r.decisionDate()))
				+ " của Chủ tịch Ủy ban nhân dân xã " + c.commune() + ".", body));
		doc.add(para("Thời hạn: từ ngày " + DATE.format(validity[0]) + " đến ngày " + DATE.format(validity[1]) + ".",
				body));
		Paragraph membersTitle = para("Các thành viên trong hộ (" + c.members().size() + " người):", strong);
		membersTitle.setSpacingBefore(8);
		doc.add(membersTitle);

		PdfPTable members = new PdfPTable(new float[] { 8, 47, 20, 25 });
		members.setWidthPercentage(100);
		members.setSpacingBefore(4);
		for (String h : new String[] { "STT", "Họ và tên", "Ngày sinh", "Quan hệ với chủ hộ" }) {
			PdfPCell cell = new PdfPCell(new Phrase(h, PdfFonts.bold(10)));
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			cell.setPadding(4);
			members.addCell(cell);
		}
		int i = 0;
		for (Member m : c.members()) {
			members.addCell(cell(String.valueOf(++i), Element.ALIGN_CENTER));
			members.addCell(cell(m.fullName(), Element.ALIGN_LEFT));
			members.addCell(cell(DATE.format(m.dateOfBirth()), Element.ALIGN_CENTER));
			members.addCell(cell(messages.getMessage("relationship." + m.relationship(), null, m.relationship(), VI),
					Element.ALIGN_LEFT));
		}
		doc.add(members);

		PdfPTable sign = new PdfPTable(new float[] { 50, 50 });
		sign.setWidthPercentage(100);
		sign.setSpacingBefore(24);
		sign.addCell(noBorder(new Phrase("")));
		sign.addCell(centred(phrase(new Chunk("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n", PdfFonts.bold(11)),
				new Chunk("(Ký, ghi rõ họ tên, đóng dấu)", PdfFonts.italic(9)))));
		doc.add(sign);
		doc.close();
		return out.toByteArray();
	}

	/** From the decision to the end of the list's use, within the standard's period: {@link CertificateValidity}. */
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

	private static String two(int n) {
		return n < 10 ? "0" + n : String.valueOf(n);
	}

	private static Phrase phrase(Chunk... chunks) {
		Phrase phrase = new Phrase();
		for (Chunk chunk : chunks) {
			phrase.add(chunk);
		}
		return phrase;
	}

	private static Paragraph para(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setSpacingAfter(4);
		p.setLeading(16);
		return p;
	}

	private static PdfPCell cell(String text, int align) {
		PdfPCell cell = new PdfPCell(new Phrase(text, PdfFonts.regular(10)));
		cell.setHorizontalAlignment(align);
		cell.setPadding(4);
		return cell;
	}

	private static PdfPCell centred(Phrase phrase) {
		PdfPCell cell = noBorder(phrase);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return cell;
	}

	private static PdfPCell noBorder(Phrase phrase) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPaddingBottom(6);
		return cell;
	}
}

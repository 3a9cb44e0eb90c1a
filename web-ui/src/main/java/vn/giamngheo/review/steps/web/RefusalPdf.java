package vn.giamngheo.review.steps.web;

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
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.review.documents.web.PdfFonts;
import vn.giamngheo.review.steps.ApplicationForm;
import vn.giamngheo.review.steps.persistence.StepsRecords.RefusalLetter;
import vn.giamngheo.shared.web.Fmt;

/**
 * The written reply to a household whose application was not accepted: Decision 24/2021/QĐ-TTg, Art. 5 ("trường hợp
 * không đủ điều kiện … trả lời bằng văn bản và nêu rõ lý do"); used for Form 01 applications of a periodic review too.
 *
 * <p>UNCONFIRMED LEGAL FORM: the Decision's own model of this letter is not verified (domain README §2.3, only Forms
 * 01 and 04 are confirmed); the layout follows the usual administrative letter and states the review's figures.
 */
@Component
class RefusalPdf {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	private final Fmt fmt;

	RefusalPdf(MessageSource messages, Fmt fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	byte[] render(RefusalLetter l) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 56, 56, 48, 48);
		PdfWriter.getInstance(doc, out);
		doc.addTitle("Thông báo không công nhận " + l.householdCode());
		doc.addCreator("GiảmNghèo");
		doc.open();
		PdfPTable header = new PdfPTable(new float[] { 40, 60 });
		header.setWidthPercentage(100);
		header.addCell(cell(new Phrase("ỦY BAN NHÂN DÂN\nXÃ " + l.communeName().toUpperCase(VI), PdfFonts.bold(10))));
		Phrase motto = new Phrase();
		motto.add(new Chunk("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", PdfFonts.bold(10)));
		motto.add(new Chunk("Độc lập - Tự do - Hạnh phúc", PdfFonts.bold(10)).setUnderline(0.6f, -2f));
		header.addCell(cell(motto));
		header.addCell(cell(new Phrase("Số: ......../TB-UBND", PdfFonts.regular(10))));
		header.addCell(cell(new Phrase(l.communeName() + ", ngày " + DATE.format(l.decisionDate()), PdfFonts.italic(10))));
		doc.add(header);

		Paragraph title = new Paragraph("\nTHÔNG BÁO\nVề việc không công nhận hộ nghèo, hộ cận nghèo", PdfFonts.bold(14));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingAfter(12);
		doc.add(title);
		Font body = PdfFonts.regular(11);
		String form = l.form() == ApplicationForm.FORM_04 ? "Mẫu số 04 (rà soát thường xuyên)"
				: "Mẫu số 01 (rà soát định kỳ)";
		String article = l.form() == ApplicationForm.FORM_04 ? "Điều 5" : "Điều 4";
		doc.add(para("Kính gửi: Ông/bà " + l.headName() + " (mã hộ " + l.householdCode() + "), " + l.address()
				+ (l.address().contains(l.village()) ? "" : ", " + l.village()) + ".", body));
		doc.add(para("Căn cứ " + article + " Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ quy "
				+ "định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm;", body));
		doc.add(para("Xét giấy đề nghị theo " + form + " nhận ngày " + DATE.format(l.receivedOn())
				+ " và kết quả rà soát, Ủy ban nhân dân xã " + l.communeName() + " thông báo:", body));
		Paragraph result = para("Hộ gia đình ông/bà không đủ điều kiện công nhận hộ nghèo, hộ cận nghèo. Kết quả rà "
				+ "soát: " + messages.getMessage("category." + l.category(), null, l.category().name(), VI) + ".", body);
		doc.add(result);
		doc.add(para("Lý do:", PdfFonts.bold(11)));
		if (l.incomePerCapita() > l.incomeLine()) {
			doc.add(para("– Thu nhập bình quân đầu người " + fmt.money(l.incomePerCapita())
					+ "/tháng cao hơn chuẩn " + fmt.money(l.incomeLine()) + "/tháng.", body));
		}
		doc.add(para("– Số chỉ số thiếu hụt dịch vụ xã hội cơ bản: " + l.deficiencyCount() + ".", body));
		doc.add(para("Theo Quyết định số " + l.decisionNumber() + " ngày " + DATE.format(l.decisionDate())
				+ " của Chủ tịch Ủy ban nhân dân xã. Nếu không đồng ý, ông/bà có quyền khiếu nại theo quy định của pháp "
				+ "luật về khiếu nại.", body));
		PdfPTable sign = new PdfPTable(new float[] { 50, 50 });
		sign.setWidthPercentage(100);
		sign.setSpacingBefore(24);
		sign.addCell(cell(new Phrase("")));
		Phrase chair = new Phrase();
		chair.add(new Chunk("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n", PdfFonts.bold(11)));
		chair.add(new Chunk("(Ký, ghi rõ họ tên, đóng dấu)", PdfFonts.italic(9)));
		sign.addCell(cell(chair));
		doc.add(sign);
		doc.close();
		return out.toByteArray();
	}

	private static Paragraph para(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setSpacingAfter(6);
		p.setAlignment(Element.ALIGN_JUSTIFIED);
		return p;
	}

	private static PdfPCell cell(Phrase phrase) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return cell;
	}
}

package vn.giamngheo.review.steps.web;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.review.steps.ApplicationForm;
import vn.giamngheo.review.steps.persistence.StepsRecords.RefusalLetter;
import vn.giamngheo.shared.web.Fmt;
import vn.giamngheo.shared.web.documents.OfficialDocument;
import vn.giamngheo.shared.web.documents.PdfFonts;

/**
 * The written reply to a household whose application was not accepted: Decision
 * 24/2021/QĐ-TTg, Art. 5 ("trường hợp không đủ điều kiện … trả lời bằng văn bản và nêu rõ
 * lý do"); used for Form 01 applications of a periodic review too.
 *
 * <p>
 * UNCONFIRMED LEGAL FORM: the Decision's own model of this letter is not verified (domain
 * README §2.3, only Forms 01 and 04 are confirmed); the layout follows the usual
 * administrative letter and states the review's figures.
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
		OfficialDocument doc = OfficialDocument
			.open(false, "Thông báo không công nhận " + l.householdCode(),
					OfficialDocument.Issuer.commune("xã", l.communeName()), "......../TB-UBND", l.decisionDate())
			.title("Thông báo", "Về việc không công nhận hộ nghèo, hộ cận nghèo");
		Font body = PdfFonts.regular(11);
		String form = l.form() == ApplicationForm.FORM_04 ? "Mẫu số 04 (rà soát thường xuyên)"
				: "Mẫu số 01 (rà soát định kỳ)";
		String article = l.form() == ApplicationForm.FORM_04 ? "Điều 5" : "Điều 4";
		doc.paragraph(para("Kính gửi: Ông/bà " + l.headName() + " (mã hộ " + l.householdCode() + "), " + l.address()
				+ (l.address().contains(l.village()) ? "" : ", " + l.village()) + ".", body));
		doc.paragraph(para("Căn cứ " + article + " Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ "
				+ "quy định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm;", body));
		doc.paragraph(para("Xét giấy đề nghị theo " + form + " nhận ngày " + DATE.format(l.receivedOn())
				+ " và kết quả rà soát, Ủy ban nhân dân xã " + l.communeName() + " thông báo:", body));
		doc.paragraph(para("Hộ gia đình ông/bà không đủ điều kiện công nhận hộ nghèo, hộ cận nghèo. Kết quả rà soát: "
				+ messages.getMessage("category." + l.category(), null, l.category().name(), VI) + ".", body));
		doc.paragraph(para("Lý do:", PdfFonts.bold(11)));
		if (l.incomePerCapita() > l.incomeLine()) {
			doc.paragraph(para("– Thu nhập bình quân đầu người " + fmt.money(l.incomePerCapita())
					+ "/tháng cao hơn chuẩn " + fmt.money(l.incomeLine()) + "/tháng.", body));
		}
		doc.paragraph(para("– Số chỉ số thiếu hụt dịch vụ xã hội cơ bản: " + l.deficiencyCount() + ".", body));
		doc.paragraph(para("Theo Quyết định số " + l.decisionNumber() + " ngày " + DATE.format(l.decisionDate())
				+ " của Chủ tịch Ủy ban nhân dân xã. Nếu không đồng ý, ông/bà có quyền khiếu nại theo quy định của "
				+ "pháp luật về khiếu nại.", body));
		return doc
			.signatures(List.of("Hộ gia đình ông/bà " + l.headName(), "Lưu: VT"),
					List.of(new OfficialDocument.Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "")))
			.finish();
	}

	private static Paragraph para(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setSpacingAfter(6);
		p.setAlignment(Element.ALIGN_JUSTIFIED);
		return p;
	}

}

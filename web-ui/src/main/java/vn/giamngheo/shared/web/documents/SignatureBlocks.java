package vn.giamngheo.shared.web.documents;

import static vn.giamngheo.shared.web.documents.PdfCells.centred;
import static vn.giamngheo.shared.web.documents.PdfCells.noBorder;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import vn.giamngheo.shared.web.documents.OfficialDocument.Signer;

/**
 * The end of an administrative document: recipients ("Nơi nhận") bottom left, signature
 * blocks side by side, the last on the right, as the head of the body signs there (Decree
 * 30/2020/NĐ-CP, Annex I, items 7 and 9).
 */
final class SignatureBlocks {

	private SignatureBlocks() {
	}

	static PdfPTable of(List<String> recipients, List<Signer> signers) {
		PdfPTable t = new PdfPTable(2);
		t.setWidthPercentage(100);
		t.setSpacingBefore(14);
		t.setKeepTogether(true);
		Phrase left = new Phrase();
		if (!recipients.isEmpty()) {
			left.add(new Chunk("Nơi nhận:\n", PdfFonts.boldItalic(9)));
			for (String r : recipients) {
				left.add(new Chunk("- " + r + "\n", PdfFonts.regular(8)));
			}
		}
		Signer first = signers.size() > 1 ? signers.get(0) : null;
		Signer last = signers.get(signers.size() - 1);
		PdfPCell l = first == null ? noBorder(left) : centred(signature(first));
		if (first == null) {
			l.setHorizontalAlignment(Element.ALIGN_LEFT);
		}
		t.addCell(l);
		t.addCell(centred(signature(last)));
		if (first != null && !recipients.isEmpty()) {
			t.addCell(noBorder(left));
			t.addCell(noBorder(new Phrase("")));
		}
		return t;
	}

	/**
	 * Capacity, title, the signing hint, room to sign, and the name (or a dotted line to
	 * write it).
	 */
	private static Phrase signature(Signer s) {
		Phrase p = new Phrase();
		if (s.capacity() != null && !s.capacity().isBlank()) {
			p.add(new Chunk(s.capacity() + "\n", PdfFonts.bold(10)));
		}
		p.add(new Chunk(s.title() + "\n", PdfFonts.bold(10)));
		p.add(new Chunk("(Ký, ghi rõ họ tên" + (s.capacity() == null || s.capacity().isBlank() ? ")" : ", đóng dấu)")
				+ "\n\n\n\n\n", PdfFonts.italic(8)));
		p.add(new Chunk(s.name() == null || s.name().isBlank() ? "………………………………" : s.name(), PdfFonts.bold(10)));
		return p;
	}

}

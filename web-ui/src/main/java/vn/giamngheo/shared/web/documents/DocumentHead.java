package vn.giamngheo.shared.web.documents;

import static vn.giamngheo.shared.web.documents.PdfCells.centred;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import vn.giamngheo.shared.web.documents.OfficialDocument.Issuer;

/**
 * The head of an administrative document (Decree 30/2020/NĐ-CP, Annex I, items 1–4):
 * issuing body top left with the number under it, the national motto top right with the
 * place and date under it.
 */
final class DocumentHead {

	private DocumentHead() {
	}

	static PdfPTable of(Issuer issuer, String number, LocalDate date) {
		PdfPTable head = new PdfPTable(new float[] { 42, 58 });
		head.setWidthPercentage(100);
		Phrase left = new Phrase();
		if (!issuer.superior().isBlank()) {
			left.add(new Chunk(issuer.superior() + "\n", PdfFonts.regular(10)));
		}
		// Only the last line of the body's name carries the short rule under it (Annex I,
		// item 3).
		String body = issuer.body();
		int cut = body.lastIndexOf('\n');
		if (cut > 0) {
			left.add(new Chunk(body.substring(0, cut + 1), PdfFonts.bold(10)));
		}
		left.add(new Chunk(body.substring(cut + 1), PdfFonts.bold(10)).setUnderline(0.5f, -3f));
		head.addCell(centred(left));
		Phrase right = new Phrase();
		right.add(new Chunk(OfficialDocument.MOTTO + "\n", PdfFonts.bold(10)));
		right.add(new Chunk(OfficialDocument.SLOGAN, PdfFonts.bold(11)).setUnderline(0.5f, -3f));
		head.addCell(centred(right));
		head.addCell(centred(new Phrase("Số: " + number, PdfFonts.regular(10))));
		head.addCell(centred(new Phrase(OfficialDocument.placeAndDate(issuer.place(), date), PdfFonts.italic(10))));
		return head;
	}

}

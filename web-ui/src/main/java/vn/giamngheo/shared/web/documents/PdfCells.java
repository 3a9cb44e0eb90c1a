package vn.giamngheo.shared.web.documents;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;

/**
 * The three kinds of cell an {@link OfficialDocument} is laid out with: a table cell, and
 * borderless layout cells.
 */
final class PdfCells {

	private PdfCells() {
	}

	/** A table cell with padding, aligned left, right (numbers) or centred (headings). */
	static PdfPCell cell(String text, Font font, int align) {
		PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
		c.setHorizontalAlignment(align);
		c.setPadding(3);
		return c;
	}

	static PdfPCell centred(Phrase phrase) {
		PdfPCell c = noBorder(phrase);
		c.setHorizontalAlignment(Element.ALIGN_CENTER);
		return c;
	}

	static PdfPCell noBorder(Phrase phrase) {
		PdfPCell c = new PdfPCell(phrase);
		c.setLeading(0f, 1.3f);
		c.setBorder(Rectangle.NO_BORDER);
		c.setPaddingBottom(6);
		return c;
	}

}

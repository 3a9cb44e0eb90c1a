package vn.giamngheo.shared.web.documents;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Numbers the pages of a finished PDF "Trang x/y" at the foot: a second pass, once y is
 * known.
 */
final class PageNumbers {

	private PageNumbers() {
	}

	static byte[] stamp(byte[] pdf) {
		try {
			PdfReader reader = new PdfReader(pdf);
			ByteArrayOutputStream numbered = new ByteArrayOutputStream();
			PdfStamper stamper = new PdfStamper(reader, numbered);
			int pages = reader.getNumberOfPages();
			for (int i = 1; i <= pages; i++) {
				Rectangle size = reader.getPageSizeWithRotation(i);
				PdfContentByte over = stamper.getOverContent(i);
				over.beginText();
				over.setFontAndSize(PdfFonts.regularBase(), 8);
				over.showTextAligned(Element.ALIGN_CENTER, "Trang " + i + "/" + pages, size.getWidth() / 2, 20, 0);
				over.endText();
			}
			stamper.close();
			reader.close();
			return numbered.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

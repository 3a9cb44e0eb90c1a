package vn.giamngheo.review.documents.web;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, bundled under resources/fonts (Bitstream Vera licence, DejaVu changes in the public domain; see
 * fonts/LICENSE-DejaVu.txt). The PDF standard fonts have no Vietnamese letters (ắ, ộ, ữ …), so the documents embed a
 * subset of a Unicode TrueType font with Identity-H encoding, which also makes their text extractable.
 */
public final class PdfFonts {

	private static final BaseFont REGULAR = load("/fonts/DejaVuSans.ttf");

	private static final BaseFont BOLD = load("/fonts/DejaVuSans-Bold.ttf");

	private PdfFonts() {
	}

	public static Font regular(float size) {
		return new Font(REGULAR, size);
	}

	public static Font bold(float size) {
		return new Font(BOLD, size);
	}

	public static Font italic(float size) {
		return new Font(REGULAR, size, Font.ITALIC);
	}

	private static BaseFont load(String resource) {
		try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font " + resource + " missing from the classpath");
			}
			byte[] bytes = in.readAllBytes();
			return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
					BaseFont.EMBEDDED, true, bytes, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (com.lowagie.text.DocumentException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

package vn.giamngheo.shared.web.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, bundled under resources/fonts (Bitstream Vera licence, DejaVu changes in
 * the public domain; see fonts/LICENSE-DejaVu.txt). The PDF standard fonts have no
 * Vietnamese letters (ắ, ộ, ữ …), so the documents embed a subset of a Unicode TrueType
 * font with Identity-H encoding, which also makes their text extractable. The one font
 * source of every PDF of the application (certificates, lists, reports, plans): nothing
 * probes system font paths, so a document looks the same on every server.
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

	public static Font boldItalic(float size) {
		return new Font(BOLD, size, Font.ITALIC);
	}

	/** The regular face itself, for text drawn directly on a page (page numbers). */
	public static BaseFont regularBase() {
		return REGULAR;
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

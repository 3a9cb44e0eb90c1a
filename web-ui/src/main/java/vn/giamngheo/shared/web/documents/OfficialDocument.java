package vn.giamngheo.shared.web.documents;

import static vn.giamngheo.shared.web.documents.PdfCells.cell;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one layout of every PDF the application prints (certificates, posting and district
 * lists, reports, plans), after the presentation rules for administrative documents of
 * Decree 30/2020/NĐ-CP (Art. 8 and Annex I): issuing body top left with the number under
 * it, the national motto top right with the place and date under it, the title, the body,
 * the signature blocks (capacity, title, signer's name) and the recipients ("Nơi nhận").
 * Every table repeats its header on each page and carries its caption as its first header
 * row, so a section title never stays alone at the foot of a page. Each page is numbered
 * "Trang x/y". One font everywhere: {@link PdfFonts}. The parts: {@link DocumentHead},
 * {@link SignatureBlocks}, {@link PageNumbers}, cells from {@link PdfCells}.
 *
 * <p>
 * UNCONFIRMED: Decree 30 numbers pages from the second page at the top; district offices
 * print "Trang x/y" at the foot, which officers asked for. Font sizes follow Annex I
 * (13–14 pt body) scaled down for tables.
 */
public final class OfficialDocument {

	public static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	public static final String SLOGAN = "Độc lập - Tự do - Hạnh phúc";

	static final Locale VI = Locale.forLanguageTag("vi");

	/**
	 * Who issues the document: the superior body (may be blank, printed plain) and the
	 * issuing body (bold), both in capitals, and the place name printed before the date.
	 */
	public record Issuer(String superior, String body, String place) {

		/**
		 * A commune People's Committee: "ỦY BAN NHÂN DÂN / XÃ NGÃI XUYÊN" (kind: xã,
		 * phường, thị trấn).
		 */
		public static Issuer commune(String kind, String commune) {
			return new Issuer("", "ỦY BAN NHÂN DÂN\n" + (kind + " " + commune).strip().toUpperCase(VI), commune);
		}

		/**
		 * A district People's Committee ("huyện", "thị xã"), only for documents dated
		 * before 1 Jul 2025.
		 */
		public static Issuer district(String kind, String district) {
			return new Issuer("", "ỦY BAN NHÂN DÂN\n" + (kind + " " + district).strip().toUpperCase(VI), district);
		}

		/**
		 * The provincial department in charge of poverty reduction: Labour, Invalids and
		 * Social Affairs until MOLISA was dissolved (1 Mar 2025), Agriculture and
		 * Environment after (domain README glossary, PROVINCIAL_DEPARTMENT). UNCONFIRMED:
		 * the exact hand-over date used by every province.
		 */
		public static Issuer province(String province, LocalDate date) {
			String department = date.isBefore(LocalDate.of(2025, 3, 1)) ? "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
					: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG";
			return new Issuer("ỦY BAN NHÂN DÂN TỈNH " + province.toUpperCase(VI), department, province);
		}

		/**
		 * The body issuing a district's document: its People's Committee before 1 Jul
		 * 2025; after the two-level local government of the 2025 Law on the Organisation
		 * of Local Government there is no district, so the provincial department.
		 */
		public static Issuer districtOrProvince(String kind, String district, String province, LocalDate date) {
			return date.isBefore(DISTRICTS_ABOLISHED) || province == null ? district(kind, district)
					: province(province, date);
		}
	}

	/** The end of the district level of local government (two-level reform). */
	public static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

	/**
	 * One signature block: capacity ("TM. ỦY BAN NHÂN DÂN", may be blank), title ("CHỦ
	 * TỊCH", "NGƯỜI LẬP BIỂU") and the signer's full name; a blank name leaves a dotted
	 * line for the signer to write it.
	 */
	public record Signer(String capacity, String title, String name) {
	}

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final Document doc;

	private final float body;

	private OfficialDocument(boolean landscape, String pdfTitle, float body) {
		this.body = body;
		doc = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 50, 36, 36, 44);
		PdfWriter.getInstance(doc, out);
		doc.addTitle(pdfTitle);
		doc.addCreator("GiảmNghèo");
		doc.open();
	}

	/**
	 * Opens an A4 document (landscape for wide tables) and writes its head: issuer and
	 * number, motto, place and date.
	 * @param number the document's number and symbol after "Số: ", e.g. "125/QĐ-UBND"; a
	 * blank before the slash leaves room for the clerk's register number
	 */
	public static OfficialDocument open(boolean landscape, String pdfTitle, Issuer issuer, String number,
			LocalDate date) {
		OfficialDocument d = new OfficialDocument(landscape, pdfTitle, 11);
		d.add(DocumentHead.of(issuer, number, date));
		return d;
	}

	/**
	 * "Trà Cú, ngày 05 tháng 03 năm 2026" (Decree 30, Annex I: days and months below 10
	 * with a leading zero).
	 */
	public static String placeAndDate(String place, LocalDate date) {
		return place + ", ngày " + two(date.getDayOfMonth()) + " tháng " + two(date.getMonthValue()) + " năm "
				+ date.getYear();
	}

	/**
	 * The document's title in capitals, bold and centred, with an optional line under it
	 * (period, area, basis).
	 */
	public OfficialDocument title(String title, String subtitle) {
		Paragraph t = new Paragraph(title.toUpperCase(VI), PdfFonts.bold(13));
		t.setAlignment(Element.ALIGN_CENTER);
		t.setSpacingBefore(12);
		add(t);
		if (subtitle != null && !subtitle.isBlank()) {
			Paragraph s = new Paragraph(subtitle, PdfFonts.boldItalic(10));
			s.setAlignment(Element.ALIGN_CENTER);
			add(s);
		}
		Paragraph gap = new Paragraph(" ", PdfFonts.regular(6));
		add(gap);
		return this;
	}

	public OfficialDocument paragraph(String text) {
		return paragraph(new Paragraph(text, PdfFonts.regular(body)));
	}

	public OfficialDocument paragraph(Paragraph p) {
		p.setSpacingAfter(4);
		p.setLeading(body * 1.45f);
		add(p);
		return this;
	}

	/**
	 * A table whose caption (may be blank) and column headings repeat on every page.
	 * Columns in {@code right} are right-aligned (numbers); a non-null {@code total} row
	 * is printed bold.
	 */
	public OfficialDocument table(String caption, float[] widths, List<String> headers, List<List<String>> rows,
			List<String> total, Set<Integer> right, float size) {
		PdfPTable t = new PdfPTable(widths);
		t.setWidthPercentage(100);
		t.setSpacingBefore(6);
		t.setSpacingAfter(6);
		int headerRows = 1;
		if (caption != null && !caption.isBlank()) {
			PdfPCell c = new PdfPCell(new Phrase(caption, PdfFonts.bold(size + 2)));
			c.setColspan(widths.length);
			c.setBorder(Rectangle.NO_BORDER);
			c.setPaddingBottom(6);
			t.addCell(c);
			headerRows = 2;
		}
		for (String h : headers) {
			PdfPCell c = cell(h, PdfFonts.bold(size), Element.ALIGN_CENTER);
			c.setGrayFill(0.92f);
			t.addCell(c);
		}
		t.setHeaderRows(headerRows);
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				t.addCell(cell(row.get(i), PdfFonts.regular(size),
						right.contains(i) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
			}
		}
		if (total != null) {
			for (int i = 0; i < total.size(); i++) {
				t.addCell(cell(total.get(i), PdfFonts.bold(size),
						right.contains(i) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
			}
		}
		add(t);
		return this;
	}

	/**
	 * The end of the document: recipients bottom left (may be empty), signature blocks
	 * side by side; the last block sits on the right, as the head of the body signs there
	 * (Decree 30, Annex I, items 7 and 9).
	 */
	public OfficialDocument signatures(List<String> recipients, List<Signer> signers) {
		add(SignatureBlocks.of(recipients, signers));
		return this;
	}

	/**
	 * Closes the document and numbers its pages "Trang x/y" at the foot (a second pass,
	 * once y is known).
	 */
	public byte[] finish() {
		doc.close();
		return PageNumbers.stamp(out.toByteArray());
	}

	private void add(Element e) {
		try {
			doc.add(e);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String two(int n) {
		return n < 10 ? "0" + n : String.valueOf(n);
	}

}

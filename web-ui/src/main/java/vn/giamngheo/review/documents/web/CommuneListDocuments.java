package vn.giamngheo.review.documents.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.review.persistence.sheet.ReviewDocuments.CommuneLists;
import vn.giamngheo.review.persistence.sheet.ReviewDocuments.ListRow;

/**
 * A commune's review list in two versions. For public posting (niêm yết) only what the law requires people to see:
 * code, head of household, village and the proposed category, never ID numbers, health details or ethnicity (Decree
 * 13/2023/NĐ-CP; domain README §5.4). For the district: the full result (income, deficiencies, outcome, standard,
 * decision).
 */
@Component
class CommuneListDocuments {

	enum Purpose {
		POSTING, DISTRICT
	}

	private static final Locale VI = CertificatePdf.VI;

	private final MessageSource messages;

	CommuneListDocuments(MessageSource messages) {
		this.messages = messages;
	}

	/** The table as text: headers, then one line per household. */
	List<List<String>> table(CommuneLists lists, Purpose purpose) {
		List<List<String>> table = new ArrayList<>();
		if (purpose == Purpose.POSTING) {
			table.add(List.of("STT", "Mã hộ", "Họ và tên chủ hộ", "Ấp/khóm", "Phân loại đề nghị"));
		}
		else {
			table.add(List.of("STT", "Mã hộ", "Họ và tên chủ hộ", "Ấp/khóm", "Thu nhập BQ (đồng/người/tháng)",
					"Số chỉ số thiếu hụt", "Chỉ số thiếu hụt", "Phân loại", "Diễn biến", "Trạng thái", "Chuẩn nghèo",
					"Quyết định"));
		}
		int i = 0;
		for (ListRow r : rows(lists, purpose)) {
			i++;
			if (purpose == Purpose.POSTING) {
				table.add(List.of(String.valueOf(i), r.code(), r.headName(), r.village(), proposed(r)));
			}
			else {
				table.add(List.of(String.valueOf(i), r.code(), r.headName(), r.village(),
						String.format(VI, "%,d", r.monthlyIncomePerCapita()).replace('\u00a0', '.'),
						String.valueOf(r.deficiencies().size()), String.join(", ", r.deficiencies()),
						label("category." + r.category()), label("reviewDocs.outcome." + r.outcome()),
						label("reviewDocs.state." + r.state()), r.standardId() + " v" + r.standardVersion(),
						r.decisionNumber() == null ? ""
								: r.decisionNumber() + (r.decisionDate() == null ? ""
										: " (" + CertificatePdf.DATE.format(r.decisionDate()) + ")")));
			}
		}
		return table;
	}

	String title(CommuneLists lists, Purpose purpose) {
		return (purpose == Purpose.POSTING ? "DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO, HỘ THOÁT NGHÈO ĐỀ NGHỊ (NIÊM YẾT CÔNG KHAI)"
				: "KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO (BÁO CÁO HUYỆN)") + " NĂM " + lists.campaign().year();
	}

	String subtitle(CommuneLists lists) {
		return "Xã " + lists.list().communeName() + (lists.district() == null ? "" : ", huyện " + lists.district())
				+ (lists.province() == null ? "" : ", tỉnh " + lists.province()) + " — chuẩn nghèo "
				+ lists.campaign().standardId() + " v" + lists.campaign().standardVersion()
				+ (lists.list().decisionNumber() == null ? ""
						: " — Quyết định số " + lists.list().decisionNumber()
								+ (lists.list().decisionDate() == null ? ""
										: " ngày " + CertificatePdf.DATE.format(lists.list().decisionDate())));
	}

	byte[] pdf(CommuneLists lists, Purpose purpose) {
		List<List<String>> table = table(lists, purpose);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(purpose == Purpose.POSTING ? PageSize.A4 : PageSize.A4.rotate(), 36, 36, 36, 36);
		PdfWriter.getInstance(doc, out);
		doc.addTitle(title(lists, purpose));
		doc.open();
		Paragraph motto = new Paragraph("ỦY BAN NHÂN DÂN XÃ " + lists.list().communeName().toUpperCase(VI),
				PdfFonts.bold(10));
		doc.add(motto);
		Paragraph title = new Paragraph(title(lists, purpose), PdfFonts.bold(12));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingBefore(8);
		doc.add(title);
		Paragraph sub = new Paragraph(subtitle(lists), PdfFonts.italic(9));
		sub.setAlignment(Element.ALIGN_CENTER);
		sub.setSpacingAfter(10);
		doc.add(sub);
		float[] widths = purpose == Purpose.POSTING ? new float[] { 6, 16, 36, 20, 22 }
				: new float[] { 4, 9, 14, 9, 9, 5, 17, 8, 9, 7, 9, 10 };
		PdfPTable pdfTable = new PdfPTable(widths);
		pdfTable.setWidthPercentage(100);
		pdfTable.setHeaderRows(1);
		float size = purpose == Purpose.POSTING ? 10 : 7;
		for (int r = 0; r < table.size(); r++) {
			for (String text : table.get(r)) {
				PdfPCell cell = new PdfPCell(new Phrase(text, r == 0 ? PdfFonts.bold(size) : PdfFonts.regular(size)));
				cell.setPadding(3);
				if (r == 0) {
					cell.setHorizontalAlignment(Element.ALIGN_CENTER);
				}
				pdfTable.addCell(cell);
			}
		}
		doc.add(pdfTable);
		Paragraph total = new Paragraph("Tổng số: " + (table.size() - 1) + " hộ.", PdfFonts.regular(10));
		total.setSpacingBefore(6);
		doc.add(total);
		doc.close();
		return out.toByteArray();
	}

	byte[] xlsx(CommuneLists lists, Purpose purpose) {
		List<List<String>> table = table(lists, purpose);
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet(purpose == Purpose.POSTING ? "Niêm yết" : "Báo cáo huyện");
			CellStyle bold = wb.createCellStyle();
			XSSFFont font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			int width = table.get(0).size();
			Row t = sheet.createRow(0);
			t.createCell(0).setCellValue(title(lists, purpose));
			t.getCell(0).setCellStyle(bold);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
			sheet.createRow(1).createCell(0).setCellValue(subtitle(lists));
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));
			for (int r = 0; r < table.size(); r++) {
				Row row = sheet.createRow(r + 3);
				List<String> values = table.get(r);
				for (int c = 0; c < values.size(); c++) {
					var cell = row.createCell(c);
					if (r > 0 && (c == 0 || (purpose == Purpose.DISTRICT && (c == 5)))) {
						cell.setCellValue(Double.parseDouble(values.get(c)));
					}
					else if (r > 0 && purpose == Purpose.DISTRICT && c == 4) {
						cell.setCellValue(Double.parseDouble(values.get(c).replace(".", "").replace(",", "")));
					}
					else {
						cell.setCellValue(values.get(c));
					}
					if (r == 0) {
						cell.setCellStyle(bold);
					}
				}
			}
			sheet.createFreezePane(0, 4);
			for (int c = 0; c < width; c++) {
				int column = c;
				int longest = table.stream().limit(500).mapToInt(l -> l.get(column).length()).max().orElse(8);
				sheet.setColumnWidth(c, Math.min(60, Math.max(6, longest + 2)) * 256);
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The posting list names the poor and near-poor households proposed, and those leaving the lists. */
	private static List<ListRow> rows(CommuneLists lists, Purpose purpose) {
		if (purpose == Purpose.DISTRICT) {
			return lists.rows();
		}
		return lists.rows().stream().filter(r -> r.category() == PovertyCategory.POOR
				|| r.category() == PovertyCategory.NEAR_POOR || r.outcome().leftTheList()).toList();
	}

	private String proposed(ListRow r) {
		if (r.category() == PovertyCategory.POOR || r.category() == PovertyCategory.NEAR_POOR) {
			return label("category." + r.category());
		}
		return label("reviewDocs.outcome." + r.outcome());
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, VI);
	}
}

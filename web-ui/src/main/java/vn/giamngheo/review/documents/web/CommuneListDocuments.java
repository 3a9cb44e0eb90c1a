package vn.giamngheo.review.documents.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.poverty.PovertyCategory;
import vn.giamngheo.poverty.web.StandardNames;
import vn.giamngheo.review.persistence.sheet.ReviewDocuments.CommuneLists;
import vn.giamngheo.review.persistence.sheet.ReviewDocuments.ListRow;
import vn.giamngheo.shared.web.documents.OfficialDocument;
import vn.giamngheo.shared.web.documents.Spreadsheet;

/**
 * A commune's review list in two versions. For public posting (niêm yết) only what the
 * law requires people to see: code, head of household, village and the proposed category,
 * never ID numbers, health details or ethnicity (Decree 13/2023/NĐ-CP; domain README
 * §5.4). For the district: the full result (income, deficiencies, outcome, standard,
 * decision). Both print in the official layout ({@link OfficialDocument}) and export as a
 * typed workbook ({@link Spreadsheet}); every code (category, indicator, outcome) is
 * printed by its Vietnamese label.
 */
@Component
class CommuneListDocuments {

	enum Purpose {

		POSTING, DISTRICT

	}

	private static final Locale VI = CertificatePdf.VI;

	private final MessageSource messages;

	private final StandardNames standards;

	CommuneListDocuments(MessageSource messages, StandardNames standards) {
		this.messages = messages;
		this.standards = standards;
	}

	List<String> headers(Purpose purpose) {
		return purpose == Purpose.POSTING ? List.of("STT", "Mã hộ", "Họ và tên chủ hộ", "Ấp/khóm", "Phân loại đề nghị")
				: List.of("STT", "Mã hộ", "Họ và tên chủ hộ", "Ấp/khóm", "Thu nhập BQ (đồng/người/tháng)",
						"Số chỉ số thiếu hụt", "Chỉ số thiếu hụt", "Phân loại", "Diễn biến", "Trạng thái",
						"Chuẩn nghèo", "Quyết định");
	}

	/** One typed row per household: numbers as Long, the rest as text in Vietnamese. */
	List<List<Object>> rows(CommuneLists lists, Purpose purpose) {
		List<List<Object>> out = new ArrayList<>();
		int i = 0;
		for (ListRow r : selected(lists, purpose)) {
			i++;
			if (purpose == Purpose.POSTING) {
				out.add(List.of((long) i, r.code(), r.headName(), r.village(), proposed(r)));
			}
			else {
				out.add(Arrays.asList((long) i, r.code(), r.headName(), r.village(),
						(Object) new Spreadsheet.Money(r.monthlyIncomePerCapita()), (long) r.deficiencies().size(),
						String.join(", ", r.deficiencies().stream().map(d -> label("poverty.indicator." + d)).toList()),
						label("category." + r.category()), label("reviewDocs.outcome." + r.outcome()),
						label("reviewDocs.state." + r.state()), standards.name(r.standardId(), r.standardVersion(), VI),
						r.decisionNumber() == null ? "" : r.decisionNumber() + (r.decisionDate() == null ? ""
								: " (" + CertificatePdf.DATE.format(r.decisionDate()) + ")")));
			}
		}
		return out;
	}

	/** The table as the PDF prints it: numbers grouped the Vietnamese way. */
	List<List<String>> table(CommuneLists lists, Purpose purpose) {
		List<List<String>> table = new ArrayList<>();
		table.add(headers(purpose));
		for (List<Object> row : rows(lists, purpose)) {
			table.add(row.stream()
				.map(v -> v instanceof Spreadsheet.Money m ? vn.giamngheo.shared.Vnd.grouped(m.amount())
						: v instanceof Long n ? vn.giamngheo.shared.Vnd.grouped(n) : String.valueOf(v))
				.toList());
		}
		return table;
	}

	String title(CommuneLists lists, Purpose purpose) {
		return (purpose == Purpose.POSTING
				? "DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO, HỘ THOÁT NGHÈO ĐỀ NGHỊ (NIÊM YẾT CÔNG KHAI)"
				: "KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO (BÁO CÁO HUYỆN)") + " NĂM " + lists.campaign().year();
	}

	String subtitle(CommuneLists lists) {
		return "Xã " + lists.list().communeName() + (lists.district() == null ? "" : ", huyện " + lists.district())
				+ (lists.province() == null ? "" : ", tỉnh " + lists.province()) + " — "
				+ standards.name(lists.campaign().standardId(), lists.campaign().standardVersion(), VI)
				+ (lists.list().decisionNumber() == null ? ""
						: " — Quyết định số " + lists.list().decisionNumber() + (lists.list().decisionDate() == null
								? "" : " ngày " + CertificatePdf.DATE.format(lists.list().decisionDate())));
	}

	/**
	 * The posting list is a notice of the commune (Số: …/TB-UBND); the district's copy a
	 * report (…/BC-UBND). Dated the chair's decision when there is one, else today;
	 * signed by the preparer and for the People's Committee.
	 */
	byte[] pdf(CommuneLists lists, Purpose purpose, String preparer) {
		List<List<String>> table = table(lists, purpose);
		LocalDate date = lists.list().decisionDate() == null ? LocalDate.now() : lists.list().decisionDate();
		float[] widths = purpose == Purpose.POSTING ? new float[] { 6, 16, 36, 20, 22 }
				: new float[] { 4, 9, 14, 9, 9, 5, 17, 8, 9, 7, 9, 10 };
		Set<Integer> right = purpose == Purpose.POSTING ? Set.of(0) : Set.of(0, 4, 5);
		return OfficialDocument
			.open(purpose == Purpose.DISTRICT, title(lists, purpose),
					OfficialDocument.Issuer.commune("xã", lists.list().communeName()),
					"        /" + (purpose == Purpose.POSTING ? "TB" : "BC") + "-UBND", date)
			.title(title(lists, purpose), subtitle(lists))
			.table("", widths, table.get(0), table.subList(1, table.size()), null, right,
					purpose == Purpose.POSTING ? 10 : 7)
			.paragraph("Tổng số: " + (table.size() - 1) + " hộ.")
			.signatures(
					purpose == Purpose.POSTING ? List.of("Nhà văn hóa các ấp, khóm;", "Lưu: VT.")
							: List.of("UBND huyện;", "Lưu: VT."),
					List.of(new OfficialDocument.Signer("", "NGƯỜI LẬP BIỂU", preparer),
							new OfficialDocument.Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "")))
			.finish();
	}

	/**
	 * The workbook: title and area on top, the header frozen and printed on every page,
	 * numbers as numbers.
	 */
	byte[] xlsx(CommuneLists lists, Purpose purpose) {
		List<String> headers = headers(purpose);
		try (Spreadsheet book = new Spreadsheet()) {
			Spreadsheet.Tab tab = book.sheet(purpose == Purpose.POSTING ? "Niêm yết" : "Báo cáo huyện", headers.size(),
					purpose == Purpose.DISTRICT);
			tab.title(title(lists, purpose)).line(subtitle(lists)).blank().header(headers);
			List<List<Object>> rows = rows(lists, purpose);
			for (List<Object> row : rows) {
				tab.row(row);
			}
			List<Object> total = new ArrayList<>(java.util.Collections.nCopies(headers.size(), ""));
			total.set(1, "Tổng số");
			total.set(2, (long) rows.size());
			tab.total(total);
			return tab.done().bytes();
		}
	}

	/**
	 * The posting list names the poor and near-poor households proposed, and those
	 * leaving the lists.
	 */
	private static List<ListRow> selected(CommuneLists lists, Purpose purpose) {
		if (purpose == Purpose.DISTRICT) {
			return lists.rows();
		}
		return lists.rows()
			.stream()
			.filter(r -> r.category() == PovertyCategory.POOR || r.category() == PovertyCategory.NEAR_POOR
					|| r.outcome().leftTheList())
			.toList();
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
